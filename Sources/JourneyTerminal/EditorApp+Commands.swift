import Foundation
import JourneyCore
import JourneyView

/// The `:` command line. Every command here also has a key (see `?`).
extension EditorApp {
    func runCommand(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return }
        if commandHistory.last != trimmed { commandHistory.append(trimmed) }
        let words = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
        let name = words[0]
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        switch name {
        case "w", "write": save(to: argument.isEmpty ? nil : argument)
        case "w!", "write!": save(to: argument.isEmpty ? nil : argument, force: true)
        case "q", "quit": requestQuit()
        case "q!", "quit!":
            quitting = true
            discardOnQuit = true
        case "wq", "x":
            if save(to: argument.isEmpty ? nil : argument, thenQuit: true) { quitting = true }
        case "undo": undo()
        case "redo": redo()
        case "earlier", "later":
            guard let steps = argument.isEmpty ? 1 : Int(argument), steps > 0 else {
                state.message = "\(name) takes a number of changes, e.g. :\(name) 3"
                return
            }
            travel(earlier: name == "earlier", steps: steps)
        case "help", "h":
            state.showHelp = true
            state.helpScroll = 0
        case "title": commit(Edits.updateInfo(map) { $0.title = argument })
        case "purpose": commit(Edits.updateInfo(map) { $0.objectives.purpose = argument })
        case "scope": commit(Edits.updateInfo(map) { $0.objectives.scope = argument })
        case "objective":
            guard !argument.isEmpty else { return usage(name) }
            commit(Edits.updateInfo(map) { $0.objectives.goals.append(argument) }, message: "objective added")
        case "goal":
            guard !map.stages.isEmpty else { return }
            commit(Edits.updateStage(map, position.stage) { $0.goal = argument })
        case "metric": setMetric(argument)
        case "channel":
            guard !argument.isEmpty else { return usage(name) }
            let offline = argument.lowercased().hasSuffix(" offline")
            let channelName = offline ? String(argument.dropLast(8)).trimmingCharacters(in: .whitespaces) : argument
            commit(Edits.addChannel(map, name: channelName, kind: offline ? .offline : .online)?.0,
                   message: "channel added; C sets a touchpoint's channel")
        case "persona":
            guard !argument.isEmpty else { return usage(name) }
            let persona = Persona(id: IDs.fresh("persona", in: map), name: argument)
            commit(Edits.updateInfo(map) { $0.personas.append(persona) }, message: "persona added; p switches persona")
        case "set": setPersonaField(argument)
        case "remove-persona":
            guard let persona = currentPersona else { return usage(name) }
            guard map.personas.count > 1 else {
                state.message = "a map keeps at least one persona; rename it with :set name NAME"
                return
            }
            commit(Edits.removePersona(map, state.persona), message: "removed \(persona.name) and their scores; u brings them back")
        case "scale":
            let bounds = argument.split(separator: " ").compactMap { Int($0) }
            guard bounds.count == 2 else { return usage(name) }
            switch Edits.setEmotionScale(map, min: bounds[0], max: bounds[1]) {
            case .success(let edit): commit(edit, message: "emotion scale \(bounds[0]) to \(bounds[1])")
            case .failure(.empty): state.message = "the scale's MIN must be below its MAX"
            case .failure(.scoresOutside(let count)):
                state.message = "\(count) score\(count == 1 ? " lies" : "s lie") outside \(bounds[0])..\(bounds[1]); change them first"
            }
        case "stage-metric": setMetric(argument, stageWide: true)
        default:
            state.message = "no command :\(name); Tab completes, :help lists them"
        }
    }

    /// Moves through the history in the order changes were made.
    func travel(earlier: Bool, steps: Int) {
        guard !readOnly else {
            state.message = "read-only"
            return
        }
        let before = document.history.current
        let location = earlier ? document.earlier(steps) : document.later(steps)
        if before != document.history.current { restore(location) }
        state.message = before == document.history.current
            ? "no \(earlier ? "earlier" : "later") change"
            : "at change \(document.history.current) of \(document.history.revisionCount)"
    }

    func usage(_ name: String) {
        state.message = "usage: :" + (Keymap.commands.first { $0.name == name }?.usage ?? name)
    }

    static func metricField(_ name: String) -> WritableKeyPath<Metrics, Double?>? {
        switch name {
        case "conversion", "conv", "conversionrate": \Metrics.conversionRate
        case "dropoff", "drop", "dropoffrate": \Metrics.dropOffRate
        case "csat": \Metrics.csat
        case "nps": \Metrics.nps
        case "churn", "churnrate": \Metrics.churnRate
        case "spend", "averagespend": \Metrics.averageSpend
        case "ltv", "lifetimevalue": \Metrics.lifetimeValue
        default: nil
        }
    }

    func setPersonaField(_ argument: String) {
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        guard let field = words.first?.lowercased(), let persona = currentPersona else { return usage("set") }
        let value = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        let p = state.persona
        var problem: String?
        let edit = Edits.updateInfo(map) { info in
            switch field {
            case "name":
                if value.isEmpty { problem = "a persona needs a name" } else { info.personas[p].name = value }
            case "age":
                if value.isEmpty { info.personas[p].age = nil } else if let age = Int(value), (0...150).contains(age) {
                    info.personas[p].age = age
                } else { problem = "an age is a whole number from 0 to 150" }
            case "gender": info.personas[p].gender = value
            case "income": info.personas[p].income = value
            case "education": info.personas[p].education = value
            case "location": info.personas[p].location = value
            case "job": info.personas[p].jobTitle = value
            case "habits": info.personas[p].buyingHabits = value
            case "decision": info.personas[p].decisionProcess = value
            case "quote": info.personas[p].quote = value
            case "story": info.personas[p].story = value
            case "goal": if !value.isEmpty { info.personas[p].goals.append(value) }
            case "challenge": if !value.isEmpty { info.personas[p].challenges.append(value) }
            default: problem = "no field \(field); " + (Keymap.commands.first { $0.name == "set" }?.usage ?? "")
            }
        }
        if let problem {
            state.message = problem
            return
        }
        commit(edit, message: "\(persona.name): \(field) set")
    }

    func setMetric(_ argument: String, stageWide: Bool = false) {
        guard !map.stages.isEmpty else { return }
        let stage = position.stage
        let touchpoint = stageWide ? nil : requireTouchpoint()
        if !stageWide && touchpoint == nil { return }
        func update(_ change: @escaping (inout Metrics) -> Void) -> Transaction? {
            if let (s, i) = touchpoint { return Edits.updateTouchpoint(map, stage: s, index: i) { change(&$0.metrics) } }
            return Edits.updateStage(map, stage) { change(&$0.metrics) }
        }
        let words = argument.split(separator: " ").map(String.init)
        guard let field = words.first?.lowercased() else { return usage(stageWide ? "stage-metric" : "metric") }
        let value = words.count > 1 ? Double(words[1].replacingOccurrences(of: "%", with: "")) : nil
        if words.count > 1 && value == nil {
            state.message = "\(words[1]) is not a number"
            return
        }
        if field == "reach" {
            guard value.map({ $0 >= 0 && $0 < 1e12 }) ?? true else {
                state.message = "reach is a count of people, 0 or more"
                return
            }
            commit(update { $0.reach = value.map { Int($0) } })
            return
        }
        guard let keyPath = Self.metricField(field) else { return usage("metric") }
        let isRate = [\Metrics.conversionRate, \Metrics.dropOffRate, \Metrics.csat, \Metrics.churnRate].contains(keyPath)
        if let value {
            if isRate && !(0...100).contains(value) {
                state.message = "a rate is a percentage from 0 to 100"
                return
            }
            if keyPath == \Metrics.nps && !(-100...100).contains(value) {
                state.message = "NPS runs from -100 to 100"
                return
            }
        }
        commit(update { $0[keyPath: keyPath] = value })
    }

    /// Tab: completes the command name, or lists the candidates.
    func complete(_ editor: inout LineEditor) {
        let text = editor.text
        guard !text.contains(" ") else { return }
        let candidates = Keymap.commands.map(\.name).filter { $0.hasPrefix(text) }
        guard let first = candidates.first else {
            state.message = "no command starts with \(text)"
            return
        }
        var common = first
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(common) { common.removeLast() }
        }
        if candidates.count == 1 { common += " " }
        editor = LineEditor(common)
        state.message = candidates.count > 1 ? candidates.joined(separator: "  ") : Keymap.commands.first { $0.name == first }?.usage
    }

    /// Up and Down: earlier and later lines typed at the command line.
    func recallCommand(_ editor: inout LineEditor, older: Bool) {
        guard !commandHistory.isEmpty else { return }
        var position = commandHistoryPosition ?? commandHistory.count
        position += older ? -1 : 1
        position = max(0, min(commandHistory.count, position))
        commandHistoryPosition = position
        editor = LineEditor(position == commandHistory.count ? "" : commandHistory[position])
    }
}
