import JourneyCore
import JourneyView

/// Lines typed in the status line: names, the command line, questions.
extension Editor {
    /// A line to type; `renaming` a name starts with it selected, so typing replaces it.
    mutating func ask(_ purpose: PromptPurpose, label: String, text: String = "", renaming: Bool = false) {
        message = nil
        push(.prompt(PromptInput(label: label, editor: LineEditor(text, selected: renaming), purpose: purpose)))
    }

    mutating func openCommandLine(text: String = "") {
        ask(.command, label: ":", text: text)
    }

    mutating func promptKey(_ key: Key) {
        guard let purpose = topPrompt?.purpose else { return }
        switch purpose {
        case .confirmQuit: return answerQuit(key)
        case .confirm(let question): return answerConfirmation(key, question)
        case .capture(let capture) where Capture.steps(key): return captureKey(key, capture)
        case .command where key == .tab || key == .up || key == .down:
            guard var input = topPrompt else { return }
            return key == .tab ? complete(&input) : recall(&input, older: key == .up)
        case let purpose where Self.isFormField(purpose) && (key == .tab || key == .backTab):
            guard let input = topPrompt else { return }
            pop()
            guard answer(purpose, with: input.editor.text) else { return push(.prompt(input)) }
            if case .newTouchpoint = purpose {
                // A new touchpoint's first field is its first lane.
                popToGrid()
                gridPlace.lane = 0
                reveal()
                return openField()
            }
            return advanceField(by: key == .tab ? 1 : -1)
        default: break
        }
        let outcome = editLine { $0.handle(key) }
        guard let input = topPrompt else { return }
        switch outcome {
        case .commit:
            pop()
            let text = input.editor.text
            if !answer(input.purpose, with: text) {
                // Not accepted: the line stays, to be fixed rather than typed again.
                push(.prompt(input))
            }
        case .cancel:
            pop()
            // The line's own hint (e.g. how to rate an item) no longer applies.
            message = nil
            if case .saveAs(thenQuit: true) = input.purpose { say("not saved; still here") }
            keepIfDropped(input)
            if case .newItem = input.purpose { closeItemsOpenedToAdd() }
            if case .capture(let capture) = input.purpose { endCapture(capture, dropped: input.editor.text) }
        case .editing, .ignored: break
        }
    }

    /// A list item typed and then cancelled is kept for `:undrop`, as a cell's text is.
    mutating func keepIfDropped(_ input: PromptInput) {
        let text = input.editor.text.trimmingSpaces()
        switch input.purpose {
        case .newItem where !text.isEmpty: break
        case .editItem(let touchpoint, let kind, let item):
            let before = place(of: touchpoint).flatMap { s, i in
                map.stages[s].touchpoints[i].items(of: kind)?.first { $0.id == item }?.text
            }
            guard !text.isEmpty, text != before else { return }
        default: return
        }
        dropped = .item(input)
        say("item dropped; :undrop brings it back")
    }

    /// Words typed after a command answer at once; with none, the prompt asks
    /// (showing `text` to change, all selected when renaming).
    mutating func answerOrAsk(_ typed: String, _ purpose: PromptPurpose, label: String, text: String = "",
                              renaming: Bool = false) {
        if typed.isEmpty { ask(purpose, label: label, text: text, renaming: renaming) } else { _ = answer(purpose, with: typed) }
    }

    /// Acts on a typed line; false when it was refused and should be typed again.
    mutating func answer(_ purpose: PromptPurpose, with text: String) -> Bool {
        let name = text.trimmingSpaces()
        switch purpose {
        case .command: runCommandLine(text)
        case .search: search(text)
        case .renameTouchpoint(let id): return renameTouchpoint(id: id, to: name)
        case .renameStage(let id): return renameStage(id: id, to: name)
        case .title: return setTitle(name, confirm: true)
        case .newTouchpoint(let stage, let neighbour, let before):
            return insertTouchpoint(name, stage: stage, neighbour: neighbour, before: before)
        case .newStage(let after): return insertStage(name, after: after)
        case .newLane(let after): return insertLane(name, after: after)
        case .renameLane(let id): return renameLane(id: id, to: name)
        case .newChannel(let touchpoint): return addChannel(name, settingOn: touchpoint)
        case .newSource(let address): return addSource(name, citing: address)
        case .newItem(let touchpoint, let kind, let after): return insertItem(name, touchpoint: touchpoint, kind: kind, after: after)
        case .capture(let capture): return keepCaptured(name, capture)
        case .editItem(let touchpoint, let kind, let item): return editItem(touchpoint: touchpoint, kind: kind, item: item, text: name)
        case .scores(let touchpoint): return setScores(text, touchpoint: touchpoint)
        case .saveAs(let thenQuit):
            guard !name.isEmpty else {
                refuse("no file name given; not saved")
                return true
            }
            save(to: name, checks: .all, thenQuit: thenQuit, isSaveAs: true)
        case .screenField(let field): return answerScreenField(field, text)
        case .confirmQuit, .confirm: break
        }
        return true
    }

    /// Runs a `:` line: a command from the table, by name or alias, with the rest as its arguments.
    mutating func runCommandLine(_ line: String) {
        let trimmed = line.trimmingSpaces()
        guard !trimmed.isEmpty else { return }
        if commandHistory.last != trimmed { commandHistory.append(trimmed) }
        let name = String(trimmed.prefix { $0 != " " })
        let argument = trimmed.dropFirst(name.count).trimmingSpaces()
        guard let command = Commands.named(name) else {
            refuse("no command :\(name); Tab completes, :help lists them")
            return
        }
        run(command, typed: argument)
    }

    /// Up and Down: earlier and later lines typed at the command line.
    mutating func recall(_ input: inout PromptInput, older: Bool) {
        guard !commandHistory.isEmpty else { return }
        var position = input.historyPosition ?? commandHistory.count
        position = max(0, min(commandHistory.count, position + (older ? -1 : 1)))
        input.historyPosition = position
        input.editor = LineEditor(position == commandHistory.count ? "" : commandHistory[position])
        replaceTop(.prompt(input))
    }
}
