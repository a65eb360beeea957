import JourneyJSON

/// Applies journal records one at a time to a map, by id (see `Recovery`).
/// A stage or touchpoint changed again and again stays JSON (`pending`)
/// until a structural change or the end needs it as a value, so a long
/// journal of typing costs a parse per record, not an encode and a decode.
struct Replayer {
    private(set) var map: JourneyMap
    private var pendingStages: [String: JSONValue] = [:]
    private var pendingTouchpoints: [String: JSONValue] = [:]
    /// Where each touchpoint is, by id; nil once a structural change moved things.
    private var positions: [String: (Int, Int)]?
    let choices: [String: RecoverySide]
    let otherwise: RecoverySide?
    var alreadySaved = 0
    var damaged = DamagedRecords()
    var editsRead = 0
    var applied = 0
    var alreadyThere = 0
    var conflicts: [RecoveryConflict] = []
    var lost: [String] = []

    init(map: JourneyMap, choices: [String: RecoverySide], otherwise: RecoverySide?, skippedThrough: Int = 0,
         damaged: DamagedRecords = DamagedRecords()) {
        self.map = map
        self.choices = choices
        self.otherwise = otherwise
        alreadySaved = skippedThrough
        self.damaged = damaged
    }

    /// One edit: its changes apply together or, when one cannot be read, not at all.
    mutating func apply(seq: Int, changes values: [JSONValue]) {
        editsRead += 1
        var changes: [JournalChange] = []
        for (i, value) in values.enumerated() {
            guard let change = try? JournalChange(json: value, at: JSONPath.root.key("changes").index(i)) else {
                lost.append("edit \(seq): change \(i + 1) cannot be read")
                return
            }
            changes.append(change)
        }
        let before = (map, pendingStages, pendingTouchpoints, positions)
        var moved: [String: Moved] = [:]
        for (i, change) in changes.enumerated() {
            let key = "\(seq).\(i)"
            let movesLater = { (id: String) in changes[(i + 1)...].contains { $0.insertedID == id } }
            if change.isStructural { flush() }
            guard apply(change, key: key, movesLater: movesLater, moved: &moved) else {
                (map, pendingStages, pendingTouchpoints, positions) = before
                return
            }
        }
    }

    /// Puts every pending value into the map; one that no longer decodes (a
    /// score outside a scale changed since) is lost, and said so.
    mutating func flush() {
        let scale = map.emotionScale
        for (id, value) in pendingStages {
            guard let s = map.stages.firstIndex(where: { $0.id == id }) else { continue }
            if let info = try? JournalChange.stageInfo(value, at: .root, scale: scale) {
                map.stages[s].info = info
            } else {
                lost.append("stage \(id): its recovered details do not fit the map")
            }
        }
        for (id, value) in pendingTouchpoints {
            guard let (s, t) = touchpointPosition(id) else { continue }
            if let touchpoint = try? MapDecoder.touchpoint(value, .root, scale: scale) {
                map.stages[s].touchpoints[t] = touchpoint
            } else {
                lost.append("touchpoint \(id): its recovered content does not fit the map")
            }
        }
        pendingStages = [:]
        pendingTouchpoints = [:]
        positions = nil
    }

    private mutating func touchpointPosition(_ id: String) -> (Int, Int)? {
        if positions == nil {
            var index: [String: (Int, Int)] = [:]
            for (s, stage) in map.stages.enumerated() {
                for (t, touchpoint) in stage.touchpoints.enumerated() { index[touchpoint.id] = (s, t) }
            }
            positions = index
        }
        return positions?[id]
    }

    /// Returns false when the edit cannot be applied at all.
    private mutating func apply(_ change: JournalChange, key: String, movesLater: (String) -> Bool,
                                moved: inout [String: Moved]) -> Bool {
        let scale = map.emotionScale
        switch change {
        case .info(let from, let to):
            let theirs = JournalChange.json(map.info)
            guard let merged = merge(from, to, theirs, key: key, what: { "the map's details" }) else { return true }
            guard let info = try? JournalChange.mapInfo(merged, at: .root) else { return false }
            map.info = info
        case .stage(let id, let from, let to):
            guard let s = map.stages.firstIndex(where: { $0.id == id }) else {
                return missing(key, "stage \(Self.name(to)) (\(id))", mine: to) { map, side in
                    guard side == .mine, let info = try? JournalChange.stageInfo(to, at: .root, scale: scale) else { return }
                    var stage = Stage(id: id, name: info.name)
                    stage.info = info
                    map.stages.append(stage)
                }
            }
            let theirs = pendingStages[id] ?? JournalChange.json(map.stages[s].info)
            guard let merged = merge(from, to, theirs, key: key, what: { "stage \(Self.name(theirs)) (\(id))" }) else { return true }
            pendingStages[id] = merged
        case .insertStage(let after, let index, let value):
            guard let stage = try? MapDecoder.stage(value, .root, scale: scale) else { return false }
            let inserted = moved.removeValue(forKey: stage.id).flatMap { m in
                try? MapDecoder.stage(landing(m, value, key: key, what: "stage \(stage.name) (\(stage.id))"), .root, scale: scale)
            } ?? stage
            if let s = map.stages.firstIndex(where: { $0.id == stage.id }) {
                return alreadyExists(key, "stage \(stage.name) (\(stage.id))", mine: value, theirs: MapEncoder.stage(map.stages[s]))
            }
            guard noneTaken(inserted.allIDs, key: key, what: "stage \(stage.name)") else { return true }
            let position = after.flatMap { a in map.stages.firstIndex { $0.id == a }.map { $0 + 1 } } ?? (after == nil ? 0 : index)
            map.stages.insert(inserted, at: min(position, map.stages.count))
            applied += 1
        case .removeStage(let value):
            guard let id = Self.id(value), let s = map.stages.firstIndex(where: { $0.id == id }) else {
                alreadyThere += 1
                return true
            }
            let theirs = MapEncoder.stage(map.stages[s])
            if movesLater(id) {
                moved[id] = Moved(before: value, theirs: theirs)
            } else if theirs != value {
                guard decide(key, "stage \(Self.name(theirs)) (\(id)), deleted in the journal, changed in the file",
                             mine: nil, theirs: theirs) == .mine else { return true }
            }
            map.stages.remove(at: s)
            applied += 1
        case .touchpoint(let id, let from, let to):
            guard let (s, t) = touchpointPosition(id) else {
                return missing(key, "touchpoint \(Self.name(to)) (\(id))", mine: to) { map, side in
                    guard side == .mine, let touchpoint = try? MapDecoder.touchpoint(to, .root, scale: scale) else { return }
                    map.appendRecovered(touchpoint)
                }
            }
            let theirs = pendingTouchpoints[id] ?? MapEncoder.touchpoint(map.stages[s].touchpoints[t])
            guard let merged = merge(from, to, theirs, key: key, what: { "touchpoint \(Self.name(theirs)) (\(id))" }) else {
                return true
            }
            pendingTouchpoints[id] = merged
        case .insertTouchpoint(let stageID, let after, let index, let value):
            guard let touchpoint = try? MapDecoder.touchpoint(value, .root, scale: scale) else { return false }
            let inserted = moved.removeValue(forKey: touchpoint.id).flatMap { m in
                try? MapDecoder.touchpoint(landing(m, value, key: key, what: "touchpoint \(touchpoint.name) (\(touchpoint.id))"),
                                           .root, scale: scale)
            }
                ?? touchpoint
            if let (s, t) = map.touchpointPosition(id: touchpoint.id) {
                return alreadyExists(key, "touchpoint \(touchpoint.name) (\(touchpoint.id))", mine: value,
                                     theirs: MapEncoder.touchpoint(map.stages[s].touchpoints[t]))
            }
            guard noneTaken(inserted.allIDs, key: key, what: "touchpoint \(touchpoint.name)") else { return true }
            guard let s = map.stages.firstIndex(where: { $0.id == stageID }) else {
                return missing(key, "touchpoint \(touchpoint.name) (\(touchpoint.id)), added to stage \(stageID), which the file no longer has",
                               mine: value) { map, side in
                    if side == .mine { map.appendRecovered(inserted) }
                }
            }
            let siblings = map.stages[s].touchpoints
            let position = after.flatMap { a in siblings.firstIndex { $0.id == a }.map { $0 + 1 } } ?? (after == nil ? 0 : index)
            map.stages[s].touchpoints.insert(inserted, at: min(position, siblings.count))
            applied += 1
        case .removeTouchpoint(let value):
            guard let id = Self.id(value), let (s, t) = map.touchpointPosition(id: id) else {
                alreadyThere += 1
                return true
            }
            let theirs = MapEncoder.touchpoint(map.stages[s].touchpoints[t])
            if movesLater(id) {
                moved[id] = Moved(before: value, theirs: theirs)
            } else if theirs != value {
                guard decide(key, "touchpoint \(Self.name(theirs)) (\(id)), deleted in the journal, changed in the file",
                             mine: nil, theirs: theirs) == .mine else { return true }
            }
            map.stages[s].touchpoints.remove(at: t)
            applied += 1
        }
        return true
    }

    /// A thing taken out to be put back elsewhere in the same edit: as the
    /// journal had it when it took it out, and as the map had it.
    struct Moved {
        var before: JSONValue
        var theirs: JSONValue
    }

    /// What a moved thing lands as: the map's, with whatever the journal
    /// changed in it on the way (a recovery step re-inserts whole stages).
    private mutating func landing(_ moved: Moved, _ mine: JSONValue, key: String, what: String) -> JSONValue {
        guard mine != moved.before else { return moved.theirs }
        return merge(moved.before, mine, moved.theirs, key: key, what: { what }) ?? moved.theirs
    }

    /// The three-way merge of one thing; nil when there is nothing to change.
    private mutating func merge(_ from: JSONValue, _ to: JSONValue, _ theirs: JSONValue, key: String,
                                what: () -> String) -> JSONValue? {
        if theirs == to {
            alreadyThere += 1
            return nil
        }
        var decided: [RecoveryConflict] = []
        let merged = JSONMerge.merge(from, to, theirs, at: "") { collision in
            let id = key + ":" + collision.path
            let side = choices[id] ?? otherwise
            decided.append(RecoveryConflict(id: id, what: what() + ": " + collision.path, mine: Self.words(collision.ours),
                                            theirs: Self.words(collision.theirs), choice: side))
            return side == .mine
        }
        conflicts += decided
        applied += 1
        return merged == theirs ? nil : merged
    }

    /// A change to something the file no longer has: lost with a damaged
    /// record it builds on, else a conflict (mine puts it back).
    private mutating func missing(_ key: String, _ what: String, mine: JSONValue,
                                  restore: (inout JourneyMap, RecoverySide) -> Void) -> Bool {
        if !damaged.isEmpty {
            lost.append(what + ": builds on a damaged record")
            return true
        }
        let side = decide(key, what + ", changed in the journal, deleted in the file", mine: mine, theirs: nil)
        if let side {
            restore(&map, side)
            positions = nil
        }
        if side == .mine { applied += 1 }
        return true
    }

    private mutating func alreadyExists(_ key: String, _ what: String, mine: JSONValue, theirs: JSONValue) -> Bool {
        if mine == theirs {
            alreadyThere += 1
        } else {
            // Added by the journal and already in the file, since changed: the file's stays (no second copy, no duplicate id).
            _ = decide(key, what + ", added in the journal, in the file with other content", mine: mine, theirs: theirs,
                       keepMineAllowed: false)
        }
        return true
    }

    private mutating func noneTaken(_ ids: Set<String>, key: String, what: String) -> Bool {
        // Only stages, touchpoints and their items: a channel or a persona may share an id with a touchpoint.
        var placed = JourneyMap(title: "", lanes: [])
        placed.stages = map.stages
        let taken = ids.filter(placed.containsID)
        guard !taken.isEmpty else { return true }
        _ = decide(key, what + ": the file already uses the id \(taken.sorted().joined(separator: ", "))", mine: nil, theirs: nil,
                   keepMineAllowed: false)
        return false
    }

    @discardableResult
    private mutating func decide(_ key: String, _ what: String, mine: JSONValue?, theirs: JSONValue?,
                                 keepMineAllowed: Bool = true) -> RecoverySide? {
        let id = key + ":"
        let side = keepMineAllowed ? choices[id] ?? otherwise : .theirs
        conflicts.append(RecoveryConflict(id: id, what: what, mine: Self.words(mine), theirs: Self.words(theirs), choice: side))
        return side
    }

    mutating func finish(into result: inout RecoveryResult) {
        flush()
        result.map = map
        result.editsRead = editsRead
        result.alreadySaved = alreadySaved
        result.changesApplied = applied
        result.changesAlreadyThere = alreadyThere
        result.conflicts = conflicts
        result.damaged = damaged
        result.lost = lost
    }

    static func words(_ value: JSONValue?) -> String {
        value?.words ?? "(deleted)"
    }

    static func name(_ value: JSONValue) -> String {
        if case .object(let members) = value, case .string(let name)? = members["name"] { return "'\(name)'" }
        return "?"
    }

    static func id(_ value: JSONValue) -> String? {
        if case .object(let members) = value, case .string(let id)? = members["id"] { return id }
        return nil
    }
}

extension JournalChange {
    /// Inserts, removals and the map's details: what other changes may depend on.
    var isStructural: Bool {
        switch self {
        case .stage, .touchpoint: false
        default: true
        }
    }

    var insertedID: String? {
        switch self {
        case .insertStage(_, _, let value), .insertTouchpoint(_, _, _, let value): Replayer.id(value)
        default: nil
        }
    }
}

extension JourneyMap {
    func touchpointPosition(id: String) -> (Int, Int)? {
        for (s, stage) in stages.enumerated() {
            if let t = stage.touchpoints.firstIndex(where: { $0.id == id }) { return (s, t) }
        }
        return nil
    }

    /// A touchpoint whose stage is gone, kept in a stage of its own.
    mutating func appendRecovered(_ touchpoint: Touchpoint) {
        if !containsID("recovered") { stages.append(Stage(id: "recovered", name: "Recovered")) }
        if let s = stages.firstIndex(where: { $0.id == "recovered" }) { stages[s].touchpoints.append(touchpoint) }
    }

}

extension Stage {
    var allIDs: Set<String> {
        var map = JourneyMap(title: "", lanes: [])
        map.stages = [self]
        return map.allIDs
    }
}

extension Touchpoint {
    var allIDs: Set<String> {
        Stage(id: "", name: "", touchpoints: [self]).allIDs.subtracting([""])
    }
}
