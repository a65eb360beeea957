import JourneyCore
import JourneyView

/// Choosing from a list. Each option carries what it means; the keys move
/// (wrapping around), filter by typing, or pick by letter.
extension Editor {
    mutating func pickerKey(_ key: Key, _ choice: Choice) {
        var choice = choice
        let count = choice.matches.count
        switch key {
        case .character(let c) where choice.takesLetters:
            if let option = choice.options.first(where: { $0.hotkey == c }) { return chosen(option.value) }
        case .character(let c) where !choice.takesLetters:
            choice.filter.append(c)
            choice.selected = 0
        case .backspace where !choice.filter.isEmpty:
            choice.filter.removeLast()
            choice.selected = 0
        case .down, .tab: choice.move(by: 1)
        case .up, .backTab: choice.move(by: -1)
        case .home, .pageUp: choice.selected = 0
        case .end, .pageDown: choice.selected = max(0, count - 1)
        case .enter:
            guard choice.matches.indices.contains(choice.selected) else {
                refuse("nothing matches “\(choice.filter)”")
                return
            }
            return chosen(choice.matches[choice.selected].value)
        case .escape, .control("c"), .control("g"):
            if let cancel = choice.cancel { return chosen(cancel) }
            if !choice.mustAnswer {
                pop()
                return
            }
        default: break
        }
        if choice.takesLetters, case .character(let c) = key, c == "j" || c == "k" { choice.move(by: c == "j" ? 1 : -1) }
        if choice.takesLetters, key == .character("G") { choice.selected = max(0, count - 1) }
        replaceTop(.picker(choice))
    }

    /// The picker closes, then its choice is acted on.
    mutating func chosen(_ value: ChoiceValue) {
        pop()
        pick(value)
    }

    mutating func pick(_ value: ChoiceValue) {
        switch value {
        case .channel(let touchpoint, let channel):
            guard let (s, i) = place(of: touchpoint) else { return }
            let name = map.channel(id: channel)?.name
            commit(Edits.updateTouchpoint(map, stage: s, index: i) { $0.channel = channel },
                   message: name.map { "channel: \($0)" } ?? "no channel")
        case .newChannel(let touchpoint):
            ask(.newChannel(touchpoint: touchpoint), label: "New channel (NAME, or NAME offline):")
        case .goTo(let stage, let touchpoint):
            if let touchpoint { moveCursor(toTouchpoint: touchpoint) } else { moveCursor(toStage: stage) }
        case .moveTo(let touchpoint, let stage): moveTouchpoint(touchpoint, toStage: stage)
        case .conflict(let id): decideConflict(id)
        case .settle(let id, let side): settleConflict(id, side)
        case .screen(let screen): show(screen)
        case .screenOption(let option): pickScreenOption(option)
        case .idea, .placeIdea, .discardIdea: pickIdea(value)
        case .cite, .evidenceLevel, .newSource: pickEvidence(value)
        case .recover, .resolve, .discardJournal, .openReadOnly, .openAnyway, .quit, .overwriteTheirs, .reloadTheirs,
             .saveElsewhere, .keepEditing:
            chooseSafely(value)
        }
    }

    mutating func chooseChannel() {
        guard let (s, i, id) = requireTouchpoint() else { return }
        let current = map.stages[s].touchpoints[i].channel
        var options = [Choice.Option(label: "(none)", value: .channel(touchpoint: id, channel: nil))]
        options += map.channels.map { channel in
            Choice.Option(label: channel.name + (channel.kind == .offline ? " ⌂" : ""),
                          value: .channel(touchpoint: id, channel: channel.id))
        }
        options.append(Choice.Option(label: "+ new channel…", value: .newChannel(touchpoint: id)))
        var choice = Choice(title: "Channel (type to filter)", options: options)
        choice.select(.channel(touchpoint: id, channel: current))
        push(.picker(choice))
    }
}
