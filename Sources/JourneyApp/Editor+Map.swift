import JourneyCore
import JourneyView

/// Map-wide commands: title, objectives, stage goals, figures, channels,
/// personas and the emotion scale. Each confirms what it did, with the new
/// value and the right name.
extension Editor {
    mutating func setTitle(_ argument: String) {
        answerOrAsk(argument, .title, label: "Map title:", text: map.title, renaming: true)
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
        if map.objectives[keyPath: field] == text && message == nil { refuse("\(name) is already that") }
    }

    mutating func addObjective(_ text: String) {
        commit(Edits.updateInfo(map) { $0.objectives.goals.append(text) },
               message: "objective added: \(text) (\(map.objectives.goals.count + 1) in all)")
    }

    mutating func setStageGoal(_ text: String) {
        guard let position, let stage = currentStage else { return }
        commit(Edits.updateStage(map, position.stage) { $0.goal = text },
               message: text.isEmpty ? "goal of \(stage.name) cleared" : "goal of \(stage.name): \(text)")
    }

    /// `:metric NAME [VALUE]` and `:stage-metric NAME [VALUE]`.
    mutating func setMetric(_ name: String, _ typed: String, stageWide: Bool) {
        guard let metric = Metric.named(name) else {
            refuse("no figure “\(name)”; the figures are " + Metric.typedList)
            return
        }
        guard let position else { return }
        let touchpoint = stageWide ? nil : requireTouchpoint()
        if !stageWide && touchpoint == nil { return }
        let target = touchpoint.map { map.stages[$0.stage].touchpoints[$0.index].name } ?? map.stages[position.stage].name
        let result = RuleBook.parse(typed, for: .metric(metric)).flatMap { value in
            Edits.setMetric(map, stage: position.stage, touchpoint: touchpoint?.index, metric, to: value).map { (value, $0) }
        }
        guard case .success(let (value, edit)) = result else {
            if case .failure(let problem) = result { refuse(problem.description) }
            return
        }
        var message = "\(metric.label) of \(target): " + (value.map { MetricsText.number($0) + metric.unit } ?? "cleared")
        if !stageWide, let lane = map.lanes.first(where: { $0.kind == .metrics }), lane.hidden, !settings.showHiddenLanes {
            message += " (the \(lane.name) lane is hidden: Z shows it)"
        }
        if edit == nil { message += " (unchanged)" }
        commit(edit)
        say(message)
    }

    /// Adds a channel from a typed line ("NAME" or "NAME offline", as `:channel` takes it)
    /// and, when given, sets it on a touchpoint.
    mutating func addChannel(_ text: String, settingOn touchpoint: String?) -> Bool {
        guard let arguments = read(text, as: Commands.channel, otherwise: "a channel needs a name") else { return false }
        return addChannel(arguments, settingOn: touchpoint)
    }

    mutating func addChannel(_ arguments: Arguments, settingOn touchpoint: String?) -> Bool {
        let name = arguments.text("NAME")
        let offline = arguments["KIND"] != nil
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
        let persona = Persona(id: IDs.fresh("persona", in: map), name: name)
        commit(Edits.updateInfo(map) { $0.personas.append(persona) }, message: "persona “\(name)” added; p switches to them")
    }

    /// `:set [PERSONA] NAME [VALUE]`: a setting of the editor, or a field of a
    /// persona (the one named, or the one `p` chose).
    mutating func setCommand(persona: String?, _ name: String, _ value: String) {
        if let setting = ToggleSetting(name) {
            guard persona == nil else {
                return refuse("\(name) is a setting of the editor, not of a persona", usageOf: "set")
            }
            return setting.set(&self, value)
        }
        guard !readOnly else {
            refuse(readOnlyNote)
            return
        }
        let p = persona.flatMap { name in map.personas.firstIndex { $0.name == name } } ?? gridPlace.persona
        guard map.personas.indices.contains(p) else { return refuse("this map has no persona: :persona NAME adds one") }
        // NAME is a field when it is no setting: the signature takes nothing else.
        guard let field = PersonaFields.named(name) else { return }
        let before = map.personas[p].name
        var info = map.info
        if let problem = field.apply(value, to: &info.personas[p], channels: map.channels) {
            refuse(problem)
            return
        }
        let after = info.personas[p]
        commit(Edits.updateInfo(map) { $0 = info }, message: "\(after.name): \(field.describe(after, channels: map.channels))"
               + (field.name == "name" && before != after.name ? " (was \(before))" : ""))
    }

    mutating func removePersona() {
        guard map.personas.indices.contains(gridPlace.persona) else { return refuse("this map has no persona to remove") }
        let persona = map.personas[gridPlace.persona]
        guard map.personas.count > 1 else {
            refuse("a map keeps at least one persona; rename it with :set name NAME")
            return
        }
        commit(Edits.removePersona(map, gridPlace.persona), message: "removed \(persona.name) and their scores; u brings them back")
    }

    mutating func setScale(_ low: Int, _ high: Int) {
        switch Edits.setEmotionScale(map, min: low, max: high) {
        case .success(let edit):
            commit(edit, message: "emotion scale \(low) to \(high)")
            if edit == nil { refuse("the emotion scale is already \(low) to \(high)") }
        case .failure(let problem): refuse(problem.description)
        }
    }
}
