import JourneyJSON

/// Where an element sits: the list `list` of the element `owner` (a stage's
/// touchpoints, a touchpoint's pain points; the map's stages: owner "").
struct Slot: Hashable {
    var owner: String
    var list: String

    static let stages = Slot(owner: "", list: "stages")
}

/// One level of a map (its stages, touchpoints or items) as elements by id,
/// each without its children, with where it sits and each list's order, so
/// that a merge sees a move between lists as a move, not a delete and an add.
struct MergeLevel {
    var content: [String: JSONValue] = [:]
    /// With children: what a conflict shows.
    var full: [String: JSONValue] = [:]
    var slot: [String: Slot] = [:]
    var lists: [Slot: [String]] = [:]

    mutating func add(_ id: String, full: JSONValue, content: JSONValue, in slot: Slot) {
        self.full[id] = full
        self.content[id] = content
        self.slot[id] = slot
        lists[slot, default: []].append(id)
    }

    func place(of id: String) -> (Slot, after: String?)? {
        guard let slot = slot[id], let list = lists[slot], let i = list.firstIndex(of: id) else { return nil }
        return (slot, i > 0 ? list[i - 1] : nil)
    }
}

/// A map's encoded JSON taken apart into its levels, and put back together.
struct FlatMap {
    static let touchpointsKey = "touchpoints"
    static let itemLists = [LaneKind.painPoints, .opportunities, .quotes].map(\.rawValue)

    /// The map's members other than its stages.
    var root: [String: JSONValue] = [:]
    var stages = MergeLevel()
    var touchpoints = MergeLevel()
    var items = MergeLevel()

    init() {}

    init(_ map: JourneyMap) {
        self.init(document: MapEncoder.encode(map))
    }

    init(document: JSONValue) {
        guard case .object(var root) = document else { return }
        let stageValues = root.removeValue(forKey: Slot.stages.list)
        self.root = root
        guard case .array(let stageList)? = stageValues else { return }
        for stage in stageList {
            guard case .object(var s) = stage, case .string(let stageID)? = s["id"] else { continue }
            let touchpointValues = s.removeValue(forKey: Self.touchpointsKey)
            stages.add(stageID, full: stage, content: .object(s), in: .stages)
            guard case .array(let touchpointList)? = touchpointValues else { continue }
            for touchpoint in touchpointList {
                guard case .object(var t) = touchpoint, case .string(let touchpointID)? = t["id"] else { continue }
                var itemValues: [String: JSONValue] = [:]
                for list in Self.itemLists { itemValues[list] = t.removeValue(forKey: list) }
                touchpoints.add(touchpointID, full: touchpoint, content: .object(t), in: Slot(owner: stageID, list: Self.touchpointsKey))
                for list in Self.itemLists {
                    guard case .array(let itemList)? = itemValues[list] else { continue }
                    for item in itemList {
                        guard case .object(let i) = item, case .string(let itemID)? = i["id"] else { continue }
                        items.add(itemID, full: item, content: item, in: Slot(owner: touchpointID, list: list))
                    }
                }
            }
        }
    }

    /// The whole document again.
    var json: JSONValue {
        var document = root
        document[Slot.stages.list] = .array((stages.lists[.stages] ?? []).map { stageID in
            var stage = members(stages.content[stageID])
            let slot = Slot(owner: stageID, list: Self.touchpointsKey)
            stage[Self.touchpointsKey] = .array((touchpoints.lists[slot] ?? []).map { touchpointID in
                var touchpoint = members(touchpoints.content[touchpointID])
                for list in Self.itemLists {
                    let ids = items.lists[Slot(owner: touchpointID, list: list)] ?? []
                    if !ids.isEmpty { touchpoint[list] = .array(ids.compactMap { items.content[$0] }) }
                }
                return .object(touchpoint)
            })
            return .object(stage)
        })
        return .object(document)
    }

    private func members(_ value: JSONValue?) -> [String: JSONValue] {
        if case .object(let members)? = value { return members }
        return [:]
    }

    /// The path of a list, by ids: `["stages", "decision", "touchpoints"]`.
    func path(of slot: Slot) -> [String] {
        if slot == .stages { return [slot.list] }
        if slot.list == Self.touchpointsKey { return [Slot.stages.list, slot.owner, slot.list] }
        guard let owner = touchpoints.slot[slot.owner] else { return [slot.owner, slot.list] }
        return path(of: owner) + [slot.owner, slot.list]
    }
}
