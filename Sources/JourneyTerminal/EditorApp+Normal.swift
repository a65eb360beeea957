import JourneyCore
import JourneyView

/// The keys of the grid: moving, and every edit that starts from a key.
extension EditorApp {
    func handleNormal(_ key: Key) {
        state.message = nil
        if case .character(let c) = key, let digit = c.wholeNumberValue, digit >= 1, currentLane?.kind == .emotion, !readOnly {
            scoreEmotion(position: digit)
            return
        }
        guard let command = Keymap.command(for: key) else {
            state.message = "no key \(describe(key)); ? shows the keys"
            return
        }
        perform(command)
    }

    func describe(_ key: Key) -> String {
        switch key {
        case .character(let c): "'\(DisplayText.escaped(String(c)))'"
        case .control(let c): "Ctrl-\(c.uppercased())"
        default: "\(key)"
        }
    }

    func perform(_ command: EditorCommand) {
        if readOnly && command.changesTheMap {
            state.message = "read-only: nothing here changes the file (W saves a copy elsewhere)"
            return
        }
        switch command {
        case .editCell: editCell(replacing: false)
        case .changeCell: editCell(replacing: true)
        case .emotionUp: stepEmotion(by: 1)
        case .emotionDown: stepEmotion(by: -1)
        case .emotionClear: clearEmotion()
        case .nextPersona, .previousPersona: switchPersona(by: command == .nextPersona ? 1 : -1)
        case .toggleMomentOfTruth: toggleMomentOfTruth()
        case .chooseChannel: chooseChannel()
        case .renameTouchpoint:
            guard let (s, i) = requireTouchpoint() else { return }
            ask(.renameTouchpoint(stage: s, index: i), label: "Touchpoint name:", text: map.stages[s].touchpoints[i].name)
        case .renameStage:
            guard !map.stages.isEmpty else { return }
            ask(.renameStage(position.stage), label: "Stage name:", text: map.stages[position.stage].name)
        case .editTitle: ask(.title, label: "Map title:", text: map.title)
        case .addTouchpointAfter, .addTouchpointBefore: addTouchpoint(after: command == .addTouchpointAfter)
        case .deleteTouchpoint: deleteTouchpoint()
        case .duplicateTouchpoint:
            guard let (s, i) = requireTouchpoint() else { return }
            commit(Edits.duplicateTouchpoint(map, stage: s, index: i), message: "duplicated; u undoes")
            moveCursor(stage: s, touchpoint: i + 1)
            reveal()
        case .moveTouchpointLeft, .moveTouchpointRight: moveTouchpoint(by: command == .moveTouchpointLeft ? -1 : 1)
        case .addStage:
            ask(.newStage(map.stages.isEmpty ? 0 : position.stage + 1), label: "New stage name:")
        case .deleteStage: deleteStage()
        case .moveStageLeft, .moveStageRight: moveStage(by: command == .moveStageLeft ? -1 : 1)
        case .addLane: ask(.newLane(afterMapIndex: currentLaneMapIndex), label: "New lane name:")
        case .renameLane:
            guard let lane = currentLaneMapIndex else { return }
            ask(.renameLane(lane), label: "Lane name:", text: map.lanes[lane].name)
        case .hideLane: hideLane()
        case .showLanes:
            let hidden = map.lanes.filter(\.hidden).count
            commit(Edits.updateInfo(map) { info in
                for i in info.lanes.indices { info.lanes[i].hidden = false }
            }, message: hidden == 0 ? nil : "showing \(hidden) hidden lane\(hidden == 1 ? "" : "s")")
            if hidden == 0 { state.message = "no lane is hidden" }
        case .moveLaneUp, .moveLaneDown: moveLane(by: command == .moveLaneUp ? -1 : 1)
        case .undo: undo()
        case .redo: redo()
        case .earlier, .later: travel(earlier: command == .earlier, steps: 1)
        case .save: save()
        case .saveAs: ask(.saveAs(thenQuit: false), label: "Save as:", text: document.path ?? "")
        case .commandLine: ask(.command, label: ":")
        case .quit: requestQuit()
        case .interrupt: requestQuit(askEvenIfSaved: true)
        case .suspend: suspending = true
        case .toggleHelp:
            state.showHelp = true
            state.helpScroll = 0
        case .redraw: break
        default:
            Navigation.apply(command, to: &state, map: map, index: index, layout: layout)
        }
    }

    func requireTouchpoint() -> (Int, Int)? {
        guard let position = touchpointPosition else {
            state.message = "this stage has no touchpoints yet: o adds one"
            return nil
        }
        return position
    }

    var currentLaneMapIndex: Int? {
        currentLane.flatMap { lane in map.lanes.firstIndex { $0.id == lane.id } }
    }

    // MARK: cells

    func editCell(replacing: Bool) {
        guard !readOnly else {
            state.message = "read-only: nothing here changes the file"
            return
        }
        guard let lane = currentLane, let (s, i) = requireTouchpoint() else { return }
        switch lane.kind {
        case .actions, .thoughts, .owner, .text:
            let text = replacing ? "" : map.stages[s].touchpoints[i].text[lane.id] ?? ""
            state.cellEditor = LineEditor(text)
            reveal()
        case .painPoints, .opportunities, .quotes:
            state.itemSelection = 0
            if replacing || map.stages[s].touchpoints[i].items(of: lane.kind)!.isEmpty { addItem() }
        case .emotion:
            state.message = "score with 1-\(min(9, map.emotionScale.steps)) or + and -; Backspace clears"
        case .metrics:
            ask(.command, label: ":", text: "metric ")
            state.message = nil
        }
    }

    func handleCellEditor(_ key: Key) {
        guard var editor = state.cellEditor else { return }
        let outcome = editor.handle(key)
        state.cellEditor = editor
        switch outcome {
        case .commit:
            state.cellEditor = nil
            if let lane = currentLane, let (s, i) = touchpointPosition {
                commit(Edits.setText(map, stage: s, index: i, lane: lane.id, text: editor.text))
            }
            reveal()
        case .cancel:
            state.cellEditor = nil
            state.message = "edit dropped"
            reveal()
        case .editing: reveal()
        case .ignored: break
        }
    }

    // MARK: emotion

    var currentPersona: Persona? {
        map.personas.indices.contains(state.persona) ? map.personas[state.persona] : nil
    }

    func requireEmotionCell() -> (Int, Int, Persona)? {
        guard currentLane?.kind == .emotion else {
            state.message = "move to the Emotion lane to score (j and k change lanes)"
            return nil
        }
        guard let persona = currentPersona else {
            state.message = "this map has no persona to score for"
            return nil
        }
        guard let (s, i) = requireTouchpoint() else { return nil }
        return (s, i, persona)
    }

    func scoreEmotion(position digit: Int) {
        guard let (s, i, persona) = requireEmotionCell() else { return }
        let score = map.emotionScale.min + digit - 1
        guard score <= map.emotionScale.max else {
            state.message = "the scale has \(map.emotionScale.steps) steps; \(digit) is past its end"
            return
        }
        setEmotion(stage: s, index: i, persona: persona, score: Double(score))
    }

    func stepEmotion(by step: Int) {
        guard let (s, i, persona) = requireEmotionCell() else { return }
        let current = map.stages[s].touchpoints[i].emotion[persona.id] ?? map.emotionScale.neutral
        let next = step > 0 ? (current + 1).rounded(.down) : (current - 1).rounded(.up)
        setEmotion(stage: s, index: i, persona: persona, score: map.emotionScale.clamp(next))
    }

    func clearEmotion() {
        guard let (s, i, persona) = requireEmotionCell() else { return }
        commit(try? Edits.setEmotion(map, stage: s, index: i, persona: persona.id, score: nil).get(), message: "\(persona.name): not scored")
    }

    func setEmotion(stage s: Int, index i: Int, persona: Persona, score: Double) {
        let text = (score > 0 ? "+" : "") + MetricsText.number(score)
        switch Edits.setEmotion(map, stage: s, index: i, persona: persona.id, score: score) {
        case .success(let edit):
            commit(edit)
            state.message = "\(persona.name): \(text)"
        case .failure(let violation): state.message = violation.description
        }
    }

    func switchPersona(by step: Int) {
        guard !map.personas.isEmpty else {
            state.message = "this map has no personas"
            return
        }
        state.persona = (state.persona + step + map.personas.count) % map.personas.count
        state.message = "scoring for \(map.personas[state.persona].name)"
    }

    func toggleMomentOfTruth() {
        guard let (s, i) = requireTouchpoint() else { return }
        let flagged = !map.stages[s].touchpoints[i].momentOfTruth
        commit(Edits.updateTouchpoint(map, stage: s, index: i) { $0.momentOfTruth = flagged },
               message: flagged ? "★ a moment of truth" : "no longer a moment of truth")
    }

    func chooseChannel() {
        guard let (s, i) = requireTouchpoint() else { return }
        let current = map.stages[s].touchpoints[i].channel
        let options = ["(none)"] + map.channels.map { $0.name + ($0.kind == .offline ? " ⌂" : "") } + ["+ new channel…"]
        let selected = current.flatMap { id in map.channels.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
        state.picker = Picker(title: "Channel", options: options, selected: selected)
        pickerPurpose = .channel(stage: s, index: i)
    }

    // MARK: structure

    func addTouchpoint(after: Bool) {
        guard !map.stages.isEmpty else {
            state.message = "add a stage first: S"
            return
        }
        let stage = position.stage
        let at: Int
        if let t = position.touchpoint { at = after ? t + 1 : t } else { at = 0 }
        ask(.newTouchpoint(stage: stage, index: at), label: "New touchpoint name:")
    }

    func deleteTouchpoint() {
        guard let (s, i) = requireTouchpoint() else { return }
        let name = map.stages[s].touchpoints[i].name
        commit(Edits.deleteTouchpoint(map, stage: s, index: i), message: "deleted “\(name)”; u brings it back")
    }

    func moveTouchpoint(by offset: Int) {
        guard let (s, i) = requireTouchpoint() else { return }
        guard let (edit, stage, index) = Edits.moveTouchpoint(map, stage: s, index: i, by: offset) else {
            state.message = "it is already at the \(offset < 0 ? "start" : "end") of the map"
            return
        }
        commit(edit)
        moveCursor(stage: stage, touchpoint: index)
        reveal()
    }

    func deleteStage() {
        guard map.stages.count > 1 else {
            state.message = "a map keeps at least one stage"
            return
        }
        let stage = map.stages[position.stage]
        commit(Edits.deleteStage(map, position.stage),
               message: "deleted stage “\(stage.name)” with \(stage.touchpoints.count) touchpoints; u brings it back")
    }

    func moveStage(by offset: Int) {
        let stage = position.stage
        guard let edit = Edits.moveStage(map, stage, by: offset) else {
            state.message = "it is already the \(offset < 0 ? "first" : "last") stage"
            return
        }
        let touchpoint = position.touchpoint ?? 0
        commit(edit)
        moveCursor(stage: stage + offset, touchpoint: touchpoint)
        reveal()
    }

    func hideLane() {
        guard let lane = currentLaneMapIndex else { return }
        guard visibleLanes.count > 1 else {
            state.message = "the last visible lane stays"
            return
        }
        let name = map.lanes[lane].name
        commit(Edits.updateInfo(map) { $0.lanes[lane].hidden = true }, message: "hid “\(name)”; Z shows hidden lanes")
    }

    func moveLane(by offset: Int) {
        guard let lane = currentLaneMapIndex else { return }
        let neighbour = state.lane + offset
        guard visibleLanes.indices.contains(neighbour),
              let target = map.lanes.firstIndex(where: { $0.id == visibleLanes[neighbour].id }) else {
            state.message = "it is already the \(offset < 0 ? "first" : "last") lane"
            return
        }
        commit(Edits.moveLane(map, lane, to: target))
        state.lane = neighbour
        reveal()
    }
}
