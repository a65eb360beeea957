import JourneyCore
import JourneyView

/// Map-wide commands: title, objectives, stage goals, figures, channels,
/// personas and the emotion scale. Each confirms what it did, with the new
/// value and the right name.
extension Editor {
    mutating func setTitle(_ argument: String) {
        if argument.isEmpty {
            ask(.title, label: "Map title:", text: map.title, renaming: true)
        } else {
            _ = setTitle(argument, confirm: true)
        }
    }

    mutating func setTitle(_ title: String, confirm: Bool) -> Bool {
        guard !title.isEmpty else {
            refuse("a map needs a title; Esc keeps “\(map.title)”")
            return false
        }
        commit(Edits.updateInfo(map) { $0.title = title }, message: "title: \(title)")
        return true
    }

    mutating func setObjective(_ field: WritableKeyPath<Objectives, String>, _ name: String, _ text: String) {
        commit(Edits.updateInfo(map) { $0.objectives[keyPath: field] = text },
               message: text.isEmpty ? "\(name) cleared" : "\(name): \(text)")
        if map.objectives[keyPath: field] == text && view.message == nil { refuse("\(name) is already that") }
    }

    mutating func addObjective(_ text: String) {
        guard !text.isEmpty else { return usage("objective") }
        commit(Edits.updateInfo(map) { $0.objectives.goals.append(text) },
               message: "objective added: \(text) (\(map.objectives.goals.count + 1) in all)")
    }

    mutating func setStageGoal(_ text: String) {
        guard let position, let stage = currentStage else { return }
        commit(Edits.updateStage(map, position.stage) { $0.goal = text },
               message: text.isEmpty ? "goal of \(stage.name) cleared" : "goal of \(stage.name): \(text)")
    }

    /// `:metric NAME [VALUE]` and `:stage-metric NAME [VALUE]`.
    mutating func setMetric(_ argument: String, stageWide: Bool) {
        let command = stageWide ? "stage-metric" : "metric"
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = words.first else { return usage(command) }
        guard let metric = Metric.named(name) else {
            refuse("no figure “\(name)”; the figures are " + Metric.typedList)
            return
        }
        guard let position else { return }
        let touchpoint = stageWide ? nil : requireTouchpoint()
        if !stageWide && touchpoint == nil { return }
        let target = touchpoint.map { map.stages[$0.stage].touchpoints[$0.index].name } ?? map.stages[position.stage].name
        let typed = words.count > 1 ? words[1] : ""
        let result = RuleBook.parse(typed, for: .metric(metric)).flatMap { value in
            Edits.setMetric(map, stage: position.stage, touchpoint: touchpoint?.index, metric, to: value).map { (value, $0) }
        }
        guard case .success(let (value, edit)) = result else {
            if case .failure(let problem) = result { refuse(problem.description) }
            return
        }
        var message = "\(metric.label) of \(target): " + (value.map { MetricsText.number($0) + metric.unit } ?? "cleared")
        if !stageWide, let lane = map.lanes.first(where: { $0.kind == .metrics }), lane.hidden, !view.showHiddenLanes {
            message += " (the \(lane.name) lane is hidden: Z shows it)"
        }
        if edit == nil { message += " (unchanged)" }
        commit(edit)
        say(message)
    }

    mutating func addChannel(_ argument: String) {
        guard !argument.isEmpty else { return usage("channel") }
        _ = addChannel(argument, settingOn: nil)
    }

    /// Adds a channel ("NAME" or "NAME offline") and, when given, sets it on a touchpoint.
    mutating func addChannel(_ text: String, settingOn touchpoint: String?) -> Bool {
        let offline = text.lowercased().hasSuffix(" offline")
        let name = offline ? String(text.dropLast(8)).trimmingSpaces() : text
        guard !name.isEmpty else {
            refuse("a channel needs a name")
            return false
        }
        if let existing = channelNamed(name), existing.name.lowercased() == name.lowercased() {
            refuse("there is a channel “\(existing.name)” already")
            return false
        }
        guard let (edit, channel) = Edits.addChannel(map, name: name, kind: offline ? .offline : .online) else { return true }
        var transaction = edit
        if let touchpoint, let (s, i) = place(of: touchpoint) {
            var withChannel = map
            edit.apply(to: &withChannel)
            if let set = Edits.updateTouchpoint(withChannel, stage: s, index: i, { $0.channel = channel.id }) {
                transaction.changes += set.changes
            }
        }
        commit(transaction, message: "new \(channel.kind.rawValue) channel “\(channel.name)”"
               + (touchpoint == nil ? "; C sets a touchpoint's channel" : ""))
        return true
    }

    mutating func addPersona(_ name: String) {
        guard !name.isEmpty else { return usage("persona") }
        let persona = Persona(id: IDs.fresh("persona", in: map), name: name)
        commit(Edits.updateInfo(map) { $0.personas.append(persona) }, message: "persona “\(name)” added; p switches to them")
    }

    /// `:set`: a setting of the editor, or a field of a persona.
    mutating func setCommand(_ argument: String) {
        if let (setting, value) = ToggleSetting.parse(argument.split(separator: " ").map(String.init)) {
            return setting.apply(&self, value)
        }
        guard !readOnly else {
            refuse(readOnlyNote)
            return
        }
        setPersonaField(argument)
    }

    /// `[PERSONA] FIELD VALUE`: a persona named first (in any case), or the one `p` chose.
    mutating func setPersonaField(_ argument: String) {
        var rest = argument
        var p = view.persona
        let lowered = argument.lowercased()
        for (index, persona) in map.personas.enumerated().sorted(by: { $0.element.name.count > $1.element.name.count }) {
            let name = persona.name.lowercased() + " "
            guard lowered.hasPrefix(name) else { continue }
            let after = String(argument.dropFirst(name.count)).trimmingSpaces()
            guard let word = after.split(separator: " ").first, PersonaFields.named(word.lowercased()) != nil else { continue }
            (rest, p) = (after, index)
            break
        }
        let words = rest.split(separator: " ", maxSplits: 1).map(String.init)
        guard let fieldName = words.first?.lowercased(), map.personas.indices.contains(p) else { return usage("set") }
        guard let field = PersonaFields.named(fieldName) else {
            refuse("no field or setting \(DisplayText.singleLine(fieldName)); the fields are " + PersonaFields.names
                + "; the settings " + ToggleSetting.names)
            return
        }
        let value = words.count > 1 ? words[1].trimmingSpaces() : ""
        let before = map.personas[p].name
        var info = map.info
        if let problem = field.apply(value, to: &info.personas[p]) {
            refuse(problem)
            return
        }
        let after = info.personas[p]
        commit(Edits.updateInfo(map) { $0 = info }, message: "\(after.name): \(field.describe(after))"
               + (field.name == "name" && before != after.name ? " (was \(before))" : ""))
    }

    mutating func removePersona() {
        guard map.personas.indices.contains(view.persona) else { return usage("remove-persona") }
        let persona = map.personas[view.persona]
        guard map.personas.count > 1 else {
            refuse("a map keeps at least one persona; rename it with :set name NAME")
            return
        }
        commit(Edits.removePersona(map, view.persona), message: "removed \(persona.name) and their scores; u brings them back")
    }

    mutating func setScale(_ argument: String) {
        let words = argument.split(separator: " ").map(String.init)
        guard words.count == 2 else { return usage("scale") }
        let bounds = RuleBook.parseWhole(words[0], for: .scaleMinimum).flatMap { low in
            RuleBook.parseWhole(words[1], for: .scaleMaximum).map { (low, $0) }
        }
        guard case .success(let (low?, high?)) = bounds else {
            if case .failure(let problem) = bounds { refuse(problem.description) } else { usage("scale") }
            return
        }
        switch Edits.setEmotionScale(map, min: low, max: high) {
        case .success(let edit):
            commit(edit, message: "emotion scale \(low) to \(high)")
            if edit == nil { refuse("the emotion scale is already \(low) to \(high)") }
        case .failure(let problem): refuse(problem.description)
        }
    }
}
