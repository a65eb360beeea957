import FoundationEssentials

/// Everything a user can do to a map, as functions from the map to a
/// transaction. Each returns nil when the edit would change nothing, so no
/// empty step lands in the undo history.
public enum Edits {
    // MARK: building blocks

    public static func updateInfo(_ map: JourneyMap, _ update: (inout MapInfo) -> Void) -> Transaction? {
        var info = map.info
        update(&info)
        return info == map.info ? nil : Transaction([.setInfo(from: map.info, to: info)])
    }

    public static func updateStage(_ map: JourneyMap, _ stage: Int, _ update: (inout StageInfo) -> Void) -> Transaction? {
        let old = map.stages[stage].info
        var new = old
        update(&new)
        return new == old ? nil : Transaction([.setStage(index: stage, from: old, to: new)])
    }

    public static func updateTouchpoint(_ map: JourneyMap, stage: Int, index: Int,
                                        _ update: (inout Touchpoint) -> Void) -> Transaction? {
        let old = map.stages[stage].touchpoints[index]
        var new = old
        update(&new)
        return new == old ? nil : Transaction([.setTouchpoint(stage: stage, index: index, from: old, to: new)])
    }

    // MARK: cells

    public static func setText(_ map: JourneyMap, stage: Int, index: Int, lane: String, text: String) -> Transaction? {
        updateTouchpoint(map, stage: stage, index: index) { t in
            t.text[lane] = text.isEmpty ? nil : text
        }
    }

    public static func renameTouchpoint(_ map: JourneyMap, stage: Int, index: Int, name: String) -> Transaction? {
        updateTouchpoint(map, stage: stage, index: index) { $0.name = name }
    }

    // MARK: touchpoints

    public static func insertTouchpoint(_ map: JourneyMap, stage: Int, at index: Int, name: String,
                                        channel: String? = nil) -> (Transaction, Touchpoint) {
        let touchpoint = Touchpoint(id: IDs.fresh("tp", in: map), name: name, channel: channel)
        return (Transaction([.insertTouchpoint(stage: stage, index: index, touchpoint: touchpoint)]), touchpoint)
    }

    public static func deleteTouchpoint(_ map: JourneyMap, stage: Int, index: Int) -> Transaction {
        Transaction([.removeTouchpoint(stage: stage, index: index, touchpoint: map.stages[stage].touchpoints[index])])
    }

    /// Moves a touchpoint one place left or right; past the end of its stage
    /// it moves into the neighbouring stage. Returns the new position.
    public static func moveTouchpoint(_ map: JourneyMap, stage: Int, index: Int, by offset: Int) -> (Transaction, stage: Int, index: Int)? {
        let touchpoint = map.stages[stage].touchpoints[index]
        let remove = Change.removeTouchpoint(stage: stage, index: index, touchpoint: touchpoint)
        var target = (stage: stage, index: index + offset)
        if target.index < 0 {
            guard stage > 0 else { return nil }
            target = (stage - 1, map.stages[stage - 1].touchpoints.count)
        } else if target.index >= map.stages[stage].touchpoints.count {
            guard stage + 1 < map.stages.count else { return nil }
            target = (stage + 1, 0)
        }
        let insert = Change.insertTouchpoint(stage: target.stage, index: target.index, touchpoint: touchpoint)
        return (Transaction([remove, insert]), target.stage, target.index)
    }
}

extension Edits {
    public static func duplicateTouchpoint(_ map: JourneyMap, stage: Int, index: Int) -> Transaction {
        var taken: Set<String> = []
        var copy = map.stages[stage].touchpoints[index]
        copy.id = IDs.fresh("tp", in: map)
        copy.name += " (copy)"
        taken.insert(copy.id)
        for kind in [LaneKind.painPoints, .opportunities, .quotes] {
            copy.setItems(copy.items(of: kind)!.map { item in
                var fresh = item
                fresh.id = IDs.fresh(kind == .quotes ? "q" : kind == .painPoints ? "pp" : "op", in: map, avoiding: taken)
                taken.insert(fresh.id)
                return fresh
            }, of: kind)
        }
        return Transaction([.insertTouchpoint(stage: stage, index: index + 1, touchpoint: copy)])
    }

    // MARK: stages

    public static func insertStage(_ map: JourneyMap, at index: Int, name: String) -> Transaction {
        Transaction([.insertStage(index: index, stage: Stage(id: IDs.fresh("stage", in: map), name: name))])
    }

    public static func deleteStage(_ map: JourneyMap, _ index: Int) -> Transaction {
        Transaction([.removeStage(index: index, stage: map.stages[index])])
    }

    public static func moveStage(_ map: JourneyMap, _ index: Int, by offset: Int) -> Transaction? {
        let target = index + offset
        guard map.stages.indices.contains(target) else { return nil }
        let stage = map.stages[index]
        return Transaction([.removeStage(index: index, stage: stage), .insertStage(index: target, stage: stage)])
    }

    // MARK: lanes and channels

    public static func insertLane(_ map: JourneyMap, at index: Int, name: String) -> (Transaction, Lane)? {
        let lane = Lane(id: IDs.fresh("lane", in: map), kind: .text, name: name)
        return updateInfo(map) { $0.lanes.insert(lane, at: index) }.map { ($0, lane) }
    }

    public static func moveLane(_ map: JourneyMap, _ index: Int, to target: Int) -> Transaction? {
        guard map.lanes.indices.contains(target) else { return nil }
        return updateInfo(map) { info in
            let lane = info.lanes.remove(at: index)
            info.lanes.insert(lane, at: target)
        }
    }

    public static func addChannel(_ map: JourneyMap, name: String, kind: Channel.Kind) -> (Transaction, Channel)? {
        let channel = Channel(id: IDs.fresh("ch", in: map), name: name, kind: kind)
        return updateInfo(map) { $0.channels.append(channel) }.map { ($0, channel) }
    }

    /// The map made into `new` as one step, with changes only where the two
    /// differ when their stages and touchpoints are the same ids in the same
    /// places (a merge conflict decided), else as a whole (`replaceMap`).
    public static func transform(_ map: JourneyMap, into new: JourneyMap) -> Transaction? {
        guard map.stages.map(\.id) == new.stages.map(\.id),
              zip(map.stages, new.stages).allSatisfy({ $0.touchpoints.map(\.id) == $1.touchpoints.map(\.id) }) else {
            return replaceMap(map, with: new)
        }
        var changes: [Change] = []
        if map.info != new.info { changes.append(.setInfo(from: map.info, to: new.info)) }
        for (s, (old, stage)) in zip(map.stages, new.stages).enumerated() {
            if old.info != stage.info { changes.append(.setStage(index: s, from: old.info, to: stage.info)) }
            for (i, (was, now)) in zip(old.touchpoints, stage.touchpoints).enumerated() where was != now {
                changes.append(.setTouchpoint(stage: s, index: i, from: was, to: now))
            }
        }
        return changes.isEmpty ? nil : Transaction(changes)
    }

    /// Everything replaced by another map (a reload), as one step.
    public static func replaceMap(_ map: JourneyMap, with new: JourneyMap) -> Transaction? {
        guard map != new else { return nil }
        var changes: [Change] = map.stages.indices.reversed().map { .removeStage(index: $0, stage: map.stages[$0]) }
        if map.info != new.info { changes.append(.setInfo(from: map.info, to: new.info)) }
        changes += new.stages.enumerated().map { .insertStage(index: $0.offset, stage: $0.element) }
        return Transaction(changes)
    }

    // MARK: personas and the emotion scale

    /// Removes a persona and its scores on every touchpoint, as one step.
    public static func removePersona(_ map: JourneyMap, _ index: Int) -> Transaction {
        let id = map.personas[index].id
        var changes: [Change] = []
        for (s, stage) in map.stages.enumerated() {
            for (i, touchpoint) in stage.touchpoints.enumerated() where touchpoint.emotion[id] != nil {
                var without = touchpoint
                without.emotion[id] = nil
                changes.append(.setTouchpoint(stage: s, index: i, from: touchpoint, to: without))
            }
        }
        var info = map.info
        info.personas.remove(at: index)
        changes.append(.setInfo(from: map.info, to: info))
        return Transaction(changes)
    }

    public enum ScaleProblem: Error, Equatable, CustomStringConvertible {
        case invalid(RuleViolation)
        case scoresOutside(count: Int)

        public var description: String {
            switch self {
            case .invalid(let violation): violation.description
            case .scoresOutside(let count): "\(count) score\(count == 1 ? " lies" : "s lie") outside the new scale; change them first"
            }
        }
    }

    /// A new emotion scale; refused while scores lie outside it, so no score is silently changed.
    public static func setEmotionScale(_ map: JourneyMap, min: Int, max: Int) -> Result<Transaction?, ScaleProblem> {
        if let violation = RuleBook.checkScale(min: min, max: max) { return .failure(.invalid(violation)) }
        let outside = map.stages.reduce(0) { count, stage in
            count + stage.touchpoints.reduce(0) { $0 + $1.emotion.values.filter { $0 < Double(min) || $0 > Double(max) }.count }
        }
        guard outside == 0 else { return .failure(.scoresOutside(count: outside)) }
        return .success(updateInfo(map) {
            $0.emotionScale.min = min
            $0.emotionScale.max = max
        })
    }

    // MARK: items

    public static func updateItems(_ map: JourneyMap, stage: Int, index: Int, kind: LaneKind,
                                   _ update: (inout [Item]) -> Void) -> Transaction? {
        updateTouchpoint(map, stage: stage, index: index) { t in
            guard var items = t.items(of: kind) else { return }
            update(&items)
            t.setItems(items, of: kind)
        }
    }

    public static func newItem(_ map: JourneyMap, kind: LaneKind, text: String, avoiding taken: Set<String> = []) -> Item {
        let prefix = kind == .quotes ? "q" : kind == .painPoints ? "pp" : "op"
        return Item(id: IDs.fresh(prefix, in: map, avoiding: taken), text: text)
    }
}

extension JourneyMap {
    /// Every id in the map, as a set.
    public var allIDs: Set<String> {
        var ids: Set<String> = []
        forEachID { ids.insert($0) }
        return ids
    }

    /// Whether any stage, touchpoint, item, persona, channel or lane has this id.
    /// A scan without allocating: cheap enough to run per new id on a large map.
    public func containsID(_ id: String) -> Bool {
        var found = false
        forEachID { if $0 == id { found = true } }
        return found
    }

    /// Whether a thing has this id or a link names it: a new id must be
    /// neither, so that a link to a deleted pain point never comes to mean a new one.
    public func mentionsID(_ id: String) -> Bool {
        var found = false
        forEachID(links: true) { if $0 == id { found = true } }
        return found
    }

    private func forEachID(links: Bool = false, _ body: (String) -> Void) {
        for persona in personas { body(persona.id) }
        for channel in channels { body(channel.id) }
        for lane in lanes { body(lane.id) }
        for item in parkingLot { body(item.id) }
        for round in votingRounds { body(round.id) }
        for source in sources { body(source.id) }
        for stage in stages {
            body(stage.id)
            for t in stage.touchpoints {
                body(t.id)
                for item in t.painPoints { body(item.id) }
                for item in t.opportunities {
                    body(item.id)
                    if links { item.addresses.forEach(body) }
                }
                for item in t.quotes { body(item.id) }
            }
        }
    }
}

/// New ids: a prefix and a short random part, checked against those in use.
public enum IDs {
    public static func fresh(_ prefix: String, in map: JourneyMap, avoiding extra: Set<String> = []) -> String {
        while true {
            let id = candidate(prefix)
            if !extra.contains(id) && !map.mentionsID(id) { return id }
        }
    }

    public static func fresh(_ prefix: String, taken: Set<String>) -> String {
        while true {
            let id = candidate(prefix)
            if !taken.contains(id) { return id }
        }
    }

    static func candidate(_ prefix: String) -> String {
        let alphabet = Array("abcdefghijkmnopqrstuvwxyz23456789")
        return prefix + "-" + String((0..<6).map { _ in alphabet.randomElement()! })
    }
}
