import JourneyCore
import JourneyView

/// What a line typed in the status line is for.
enum PromptPurpose: Equatable {
    case command
    case renameTouchpoint(stage: Int, index: Int)
    case renameStage(Int)
    case title
    case newTouchpoint(stage: Int, index: Int)
    case newStage(Int)
    case newLane(afterMapIndex: Int?)
    case renameLane(Int)
    case newChannel(stage: Int, index: Int)
    case newItem(stage: Int, index: Int, kind: LaneKind)
    case editItem(stage: Int, index: Int, kind: LaneKind, item: Int)
    case saveAs(thenQuit: Bool)
    case confirmQuit
}

enum PickerPurpose: Equatable {
    case channel(stage: Int, index: Int)
    case recover
    case openElsewhere
    case changedOnDisk(thenQuit: Bool)
    case readOnlyFile(thenQuit: Bool)
    case overwrite(path: String, thenQuit: Bool)
    case recoveryConflicts
}

extension EditorApp {
    func ask(_ purpose: PromptPurpose, label: String, text: String = "") {
        state.message = nil
        promptPurpose = purpose
        state.prompt = Prompt(label: label, text: text)
        commandHistoryPosition = nil
    }

    func handlePrompt(_ key: Key) {
        guard var prompt = state.prompt, let purpose = promptPurpose else { return }
        if purpose == .confirmQuit {
            answerQuit(key)
            return
        }
        if purpose == .command {
            switch key {
            case .tab:
                complete(&prompt.editor)
                state.prompt = prompt
                return
            case .up, .down:
                recallCommand(&prompt.editor, older: key == .up)
                state.prompt = prompt
                return
            default: break
            }
        }
        let outcome = prompt.editor.handle(key)
        state.prompt = prompt
        switch outcome {
        case .commit:
            state.prompt = nil
            promptPurpose = nil
            answer(purpose, with: prompt.editor.text)
        case .cancel:
            state.prompt = nil
            promptPurpose = nil
            if purpose == .saveAs(thenQuit: true) { state.message = "not saved; still here" }
        case .editing, .ignored: break
        }
    }

    func answerQuit(_ key: Key) {
        switch key {
        case .character("y"), .character("Y"), .character("s"):
            state.prompt = nil
            promptPurpose = nil
            if !document.isModified {
                quitting = true
            } else if save(thenQuit: true) {
                quitting = true
            }
        case .character("n"), .character("N"), .character("d"):
            quitting = true
            discardOnQuit = true
        case .escape, .character("c"), .control("c"), .control("g"):
            state.prompt = nil
            promptPurpose = nil
            state.message = "still here"
        default: break
        }
    }

    func answer(_ purpose: PromptPurpose, with text: String) {
        let name = text.trimmingCharacters(in: .whitespaces)
        switch purpose {
        case .command: runCommand(text)
        case .renameTouchpoint(let s, let i):
            guard !name.isEmpty else { return }
            commit(Edits.renameTouchpoint(map, stage: s, index: i, name: name))
        case .renameStage(let s):
            guard !name.isEmpty else { return }
            commit(Edits.updateStage(map, s) { $0.name = name })
        case .title: commit(Edits.updateInfo(map) { $0.title = name })
        case .newTouchpoint(let s, let i):
            guard !name.isEmpty else { return }
            commit(Edits.insertTouchpoint(map, stage: s, at: i, name: name).0)
            moveCursor(stage: s, touchpoint: i)
            reveal()
        case .newStage(let s):
            guard !name.isEmpty else { return }
            commit(Edits.insertStage(map, at: s, name: name), message: "new stage; o adds its first touchpoint")
            moveCursor(stage: s)
            reveal()
        case .newLane(let after):
            guard !name.isEmpty, let (edit, lane) = Edits.insertLane(map, at: (after ?? -1) + 1, name: name) else { return }
            commit(edit)
            if let visible = visibleLanes.firstIndex(where: { $0.id == lane.id }) { state.lane = visible }
            reveal()
        case .renameLane(let lane):
            guard !name.isEmpty else { return }
            commit(Edits.updateInfo(map) { $0.lanes[lane].name = name })
        case .newChannel(let s, let i):
            guard !name.isEmpty else { return }
            let offline = name.lowercased().hasSuffix(" offline")
            let channelName = offline ? String(name.dropLast(8)).trimmingCharacters(in: .whitespaces) : name
            guard let (edit, channel) = Edits.addChannel(map, name: channelName, kind: offline ? .offline : .online) else { return }
            var transaction = edit
            var withChannel = map
            edit.apply(to: &withChannel)
            if let set = Edits.updateTouchpoint(withChannel, stage: s, index: i, { $0.channel = channel.id }) {
                transaction.changes += set.changes
            }
            commit(transaction, message: "new \(channel.kind.rawValue) channel “\(channel.name)”")
        case .newItem(let s, let i, let kind):
            guard !name.isEmpty else { return }
            let item = Edits.newItem(map, kind: kind, text: name)
            let at = min((state.itemSelection ?? -1) + 1, map.stages[s].touchpoints[i].items(of: kind)?.count ?? 0)
            commit(Edits.updateItems(map, stage: s, index: i, kind: kind) { $0.insert(item, at: at) })
            state.itemSelection = at
        case .editItem(let s, let i, let kind, let item):
            guard !name.isEmpty else { return }
            commit(Edits.updateItems(map, stage: s, index: i, kind: kind) { $0[item].text = name })
        case .saveAs(let thenQuit):
            guard !name.isEmpty else { return }
            if save(to: name, thenQuit: thenQuit) && thenQuit { quitting = true }
        case .confirmQuit: break
        }
    }

    func handlePicker(_ key: Key) {
        guard var picker = state.picker, let purpose = pickerPurpose else { return }
        func pick(_ option: Int) {
            state.picker = nil
            pickerPurpose = nil
            choose(option, for: purpose)
        }
        switch key {
        case .character(let c) where picker.option(forHotkey: c) != nil: return pick(picker.option(forHotkey: c)!)
        case .down, .character("j"), .tab: picker.selected = min(picker.options.count - 1, picker.selected + 1)
        case .up, .character("k"), .backTab: picker.selected = max(0, picker.selected - 1)
        case .escape, .character("q"):
            if let cancel = picker.cancel { return pick(cancel) }
            if picker.hotkeys.isEmpty { state.picker = nil }
            return
        case .enter: return pick(picker.selected)
        case .control("c") where picker.hotkeys.contains("q"): return pick(picker.option(forHotkey: "q")!)
        default: break
        }
        state.picker = picker
    }

    func choose(_ option: Int, for purpose: PickerPurpose) {
        switch purpose {
        case .recover, .openElsewhere, .changedOnDisk, .readOnlyFile, .overwrite, .recoveryConflicts: chooseSafely(option, for: purpose)
        case .channel(let s, let i):
            if option == map.channels.count + 1 {
                ask(.newChannel(stage: s, index: i), label: "New channel name (add “offline” at the end for one):")
                return
            }
            let channel = option == 0 ? nil : map.channels[option - 1].id
            commit(Edits.updateTouchpoint(map, stage: s, index: i) { $0.channel = channel })
        }
    }
}
