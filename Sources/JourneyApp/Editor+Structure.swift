import JourneyCore
import JourneyView

/// Touchpoints, stages and lanes: made, named, moved and removed. Every
/// removal says what it removed and that `u` brings it back.
extension Editor {
    // MARK: touchpoints

    mutating func renameTouchpoint(_ argument: String) {
        guard let (s, i, id) = requireTouchpoint() else { return }
        answerOrAsk(argument, .renameTouchpoint(id), label: "Touchpoint name:", text: map.stages[s].touchpoints[i].name,
                    renaming: true)
    }

    mutating func renameTouchpoint(id: String, to name: String) -> Bool {
        guard let (s, i) = place(of: id) else { return true }
        return rename("touchpoint", from: map.stages[s].touchpoints[i].name, to: name) {
            Edits.renameTouchpoint($0, stage: s, index: i, name: name)
        }
    }

    /// Renames something; an empty name is refused (the prompt stays open to fix it).
    mutating func rename(_ noun: String, from old: String, to name: String, _ edit: (JourneyMap) -> Transaction?) -> Bool {
        guard !name.isEmpty else {
            refuse("a \(noun) needs a name; Esc keeps “\(old)”")
            return false
        }
        commit(edit(map), message: "\(noun) “\(old)” is now “\(name)”")
        return true
    }

    mutating func toggleMomentOfTruth() {
        guard let (s, i, _) = requireTouchpoint() else { return }
        let flagged = !map.stages[s].touchpoints[i].momentOfTruth
        commit(Edits.updateTouchpoint(map, stage: s, index: i) { $0.momentOfTruth = flagged },
               message: flagged ? "★ a moment of truth" : "no longer a moment of truth")
    }

    mutating func addTouchpoint(before: Bool, _ argument: String) {
        guard let stage = currentStage else {
            refuse("add a stage first: S")
            return
        }
        let neighbour = here?.id
        answerOrAsk(argument, .newTouchpoint(stage: stage.id, neighbour: neighbour, before: before),
                    label: "New touchpoint (NAME, or NAME @channel):")
    }

    mutating func insertTouchpoint(_ text: String, stage: String, neighbour: String?, before: Bool) -> Bool {
        guard let s = map.stageIndex(id: stage) else { return true }
        var name = text
        var channel: Channel?
        // A channel the map does not have yet is made on the spot, in the same undoable step.
        var newChannel: Transaction?
        if let at = text.lastIndex(of: "@") {
            let wanted = text[text.index(after: at)...].trimmingSpaces()
            name = text[..<at].trimmingSpaces()
            if let found = channelNamed(wanted) {
                channel = found
            } else {
                switch newChannelFor(wanted) {
                case .success(let (edit, made)): (newChannel, channel) = (edit, made)
                case .failure(let problem):
                    refuse(problem.message)
                    return false
                }
            }
        }
        guard !name.isEmpty else {
            refuse("a touchpoint needs a name")
            return false
        }
        var at = 0
        if let neighbour, let (ns, ni) = place(of: neighbour), ns == s { at = before ? ni : ni + 1 }
        var base = map
        newChannel?.apply(to: &base)
        let (edit, touchpoint) = Edits.insertTouchpoint(base, stage: s, at: at, name: name, channel: channel?.id)
        var transaction = newChannel ?? edit
        if newChannel != nil { transaction.changes += edit.changes }
        let said = channel.map { " (\(DisplayText.singleLine($0.name))" + (newChannel != nil ? ", a new channel; u undoes both)" : ")") }
        commit(transaction, message: "new touchpoint “\(name)”" + (said ?? "") + " in \(map.stages[s].name)")
        moveCursor(toTouchpoint: touchpoint.id)
        return true
    }

    struct ChannelProblem: Error {
        let message: String
    }

    /// A channel to make for `@NAME` (`@NAME offline` for an offline one), unless the name is empty or could mean several.
    func newChannelFor(_ wanted: String) -> Result<(Transaction, Channel), ChannelProblem> {
        let offline = wanted.lowercased().hasSuffix(" offline")
        let name = offline ? String(wanted.dropLast(8)).trimmingSpaces() : wanted
        guard !name.isEmpty else { return .failure(ChannelProblem(message: "a channel after @ needs a name")) }
        let starting = map.channels.filter { $0.name.lowercased().hasPrefix(name.lowercased()) }
        guard starting.count < 2 else {
            return .failure(ChannelProblem(message: "“\(name)” could be " + starting.map(\.name).joined(separator: " or ")
                + ": type more of it"))
        }
        guard let made = Edits.addChannel(map, name: name, kind: offline ? .offline : .online) else {
            return .failure(ChannelProblem(message: "no channel “\(name)” can be added"))
        }
        return .success(made)
    }

    /// A channel by name: exact (ignoring case), else the only one that starts so.
    func channelNamed(_ wanted: String) -> Channel? {
        let lower = wanted.lowercased()
        if let exact = map.channels.first(where: { $0.name.lowercased() == lower || $0.id == wanted }) { return exact }
        let starting = map.channels.filter { $0.name.lowercased().hasPrefix(lower) }
        return starting.count == 1 ? starting[0] : nil
    }

    mutating func deleteTouchpoint() {
        guard let (s, i, _) = requireTouchpoint() else { return }
        let name = map.stages[s].touchpoints[i].name
        commit(Edits.deleteTouchpoint(map, stage: s, index: i), message: "deleted touchpoint “\(name)”; u brings it back")
    }

    mutating func duplicateTouchpoint() {
        guard let (s, i, _) = requireTouchpoint() else { return }
        let edit = Edits.duplicateTouchpoint(map, stage: s, index: i)
        commit(edit, message: "duplicated as “\(map.stages[s].touchpoints[i].name) (copy)”; u undoes")
        if case .insertTouchpoint(_, _, let copy)? = edit.changes.first { moveCursor(toTouchpoint: copy.id) }
    }

    mutating func moveTouchpoint(by offset: Int) {
        guard let (s, i, id) = requireTouchpoint() else { return }
        guard let (edit, _, _) = Edits.moveTouchpoint(map, stage: s, index: i, by: offset) else {
            refuse("it is already at the \(offset < 0 ? "start" : "end") of the map")
            return
        }
        let name = map.stages[s].touchpoints[i].name
        commit(edit)
        moveCursor(toTouchpoint: id)
        say("moved “\(name)” \(offset < 0 ? "left" : "right")" + (currentStage.map { " (in \($0.name))" } ?? ""))
    }

    mutating func moveTouchpoint(toStage argument: String) {
        guard let (_, _, id) = requireTouchpoint() else { return }
        guard !argument.isEmpty else {
            let options = map.stages.map { Choice.Option(label: $0.name, value: .moveTo(touchpoint: id, stage: $0.id)) }
            push(.picker(Choice(title: "Move to stage", options: options)))
            return
        }
        guard let stage = stageNamed(argument) else {
            refuse("no stage “\(argument)”: " + map.stages.map(\.name).joined(separator: ", "))
            return
        }
        moveTouchpoint(id, toStage: stage.id)
    }

    mutating func moveTouchpoint(_ id: String, toStage stage: String) {
        guard let (s, i) = place(of: id), let target = map.stageIndex(id: stage) else { return }
        guard target != s else {
            refuse("it is already in \(map.stages[s].name)")
            return
        }
        let touchpoint = map.stages[s].touchpoints[i]
        commit(Transaction([.removeTouchpoint(stage: s, index: i, touchpoint: touchpoint),
                            .insertTouchpoint(stage: target, index: map.stages[target].touchpoints.count, touchpoint: touchpoint)]),
               message: "moved “\(touchpoint.name)” to \(map.stages[target].name)")
        moveCursor(toTouchpoint: id)
    }

    func stageNamed(_ wanted: String) -> Stage? {
        let lower = wanted.lowercased()
        if let exact = map.stages.first(where: { $0.name.lowercased() == lower }) { return exact }
        let starting = map.stages.filter { $0.name.lowercased().hasPrefix(lower) }
        return starting.count == 1 ? starting[0] : nil
    }

    // MARK: stages

    mutating func renameStage(_ argument: String) {
        guard let stage = currentStage else { return }
        answerOrAsk(argument, .renameStage(stage.id), label: "Stage name:", text: stage.name, renaming: true)
    }

    mutating func renameStage(id: String, to name: String) -> Bool {
        guard let s = map.stageIndex(id: id) else { return true }
        return rename("stage", from: map.stages[s].name, to: name) { Edits.updateStage($0, s) { $0.name = name } }
    }

    mutating func addStage(_ argument: String) {
        answerOrAsk(argument, .newStage(after: currentStage?.id), label: "New stage name:")
    }

    mutating func insertStage(_ name: String, after: String?) -> Bool {
        guard !name.isEmpty else {
            refuse("a stage needs a name")
            return false
        }
        let at = after.flatMap { map.stageIndex(id: $0) }.map { $0 + 1 } ?? 0
        let edit = Edits.insertStage(map, at: at, name: name)
        commit(edit, message: "new stage “\(name)”; o adds its first touchpoint")
        if case .insertStage(_, let stage)? = edit.changes.first { moveCursor(toStage: stage.id) }
        return true
    }

    mutating func deleteStage() {
        guard let position, let stage = currentStage else { return }
        guard map.stages.count > 1 else {
            refuse("a map keeps at least one stage")
            return
        }
        commit(Edits.deleteStage(map, position.stage),
               message: "deleted stage “\(stage.name)” with \(stage.touchpoints.count) touchpoint\(stage.touchpoints.count == 1 ? "" : "s"); u brings it back")
    }

    mutating func moveStage(by offset: Int) {
        guard let position, let stage = currentStage else { return }
        guard let edit = Edits.moveStage(map, position.stage, by: offset) else {
            refuse("it is already the \(offset < 0 ? "first" : "last") stage")
            return
        }
        commit(edit, message: "moved stage “\(stage.name)” \(offset < 0 ? "left" : "right")")
        if here == nil { moveCursor(toStage: stage.id) }
    }

    // MARK: lanes

    mutating func addLane(_ argument: String) {
        answerOrAsk(argument, .newLane(after: currentLane?.id), label: "New lane name:")
    }

    mutating func insertLane(_ name: String, after: String?) -> Bool {
        guard !name.isEmpty else {
            refuse("a lane needs a name")
            return false
        }
        let at = after.flatMap { map.laneIndex(id: $0) }.map { $0 + 1 } ?? map.lanes.count
        guard let (edit, lane) = Edits.insertLane(map, at: at, name: name) else { return true }
        commit(edit, message: "new lane “\(name)”")
        moveCursor(toLane: lane.id)
        return true
    }

    mutating func renameLane(_ argument: String) {
        guard let lane = currentLane else { return }
        answerOrAsk(argument, .renameLane(lane.id), label: "Lane name:", text: lane.name, renaming: true)
    }

    mutating func renameLane(id: String, to name: String) -> Bool {
        guard let l = map.laneIndex(id: id) else { return true }
        return rename("lane", from: map.lanes[l].name, to: name) { Edits.updateInfo($0) { $0.lanes[l].name = name } }
    }

    /// Hides the lane; on a hidden lane that Z shows, unhides it.
    mutating func toggleLaneHidden() {
        guard let lane = currentLane, let l = map.laneIndex(id: lane.id) else { return }
        if lane.hidden {
            commit(Edits.updateInfo(map) { $0.lanes[l].hidden = false }, message: "“\(lane.name)” is no longer hidden")
            return
        }
        guard map.lanes.filter({ !$0.hidden }).count > 1 else {
            refuse("the last visible lane stays")
            return
        }
        commit(Edits.updateInfo(map) { $0.lanes[l].hidden = true },
               message: "hid “\(lane.name)”; Z shows hidden lanes, u brings it back")
    }

    /// Shows hidden lanes (marked as hidden) or stops showing them; the map is not changed.
    mutating func toggleShowHidden() {
        let hidden = map.lanes.filter(\.hidden)
        let place = location
        if settings.showHiddenLanes {
            settings.showHiddenLanes = false
            say("hidden lanes are out of sight again")
        } else if hidden.isEmpty {
            refuse("no lane is hidden (z hides one)")
            return
        } else {
            settings.showHiddenLanes = true
            say("showing \(hidden.count) hidden lane\(hidden.count == 1 ? "" : "s"): "
                + hidden.map(\.name).joined(separator: ", ") + "; z on one unhides it, Z again puts them away")
        }
        moveCursor(to: place)
    }

    mutating func moveLane(by offset: Int) {
        guard let lane = currentLane, let l = map.laneIndex(id: lane.id) else { return }
        let neighbour = gridPlace.lane + offset
        guard shownLanes.indices.contains(neighbour), let target = map.laneIndex(id: shownLanes[neighbour].id) else {
            refuse("it is already the \(offset < 0 ? "first" : "last") lane")
            return
        }
        commit(Edits.moveLane(map, l, to: target), message: "moved lane “\(lane.name)” \(offset < 0 ? "up" : "down")")
        moveCursor(toLane: lane.id)
    }
}
