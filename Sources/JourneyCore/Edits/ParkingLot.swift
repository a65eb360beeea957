/// The parking lot: ideas said in a workshop that belong on no touchpoint
/// yet. They are items of the map (`parkingLot` in the file), so they are
/// saved, journaled and undone like any other edit, and placing one on a
/// touchpoint later is a move that keeps its id.
extension Edits {
    /// Adds an idea at the end of the lot; nil for empty text.
    public static func park(_ map: JourneyMap, text: String) -> (Transaction, Item)? {
        guard !text.isEmpty else { return nil }
        let item = Item(id: IDs.fresh("idea", in: map), text: text)
        guard let edit = updateInfo(map, { $0.parkingLot.append(item) }) else { return nil }
        return (edit, item)
    }

    /// Moves the idea with this id from the lot to the end of a list lane of
    /// a touchpoint, as one transaction (one undo step); nil when there is no
    /// such idea or the lane holds no items.
    public static func place(_ map: JourneyMap, idea id: String, stage: Int, index: Int, kind: LaneKind) -> Transaction? {
        guard let item = map.parkingLot.first(where: { $0.id == id }),
              map.stages[stage].touchpoints[index].items(of: kind) != nil,
              let leave = updateInfo(map, { $0.parkingLot.removeAll { $0.id == id } }) else { return nil }
        var after = map
        leave.apply(to: &after)
        guard let arrive = updateItems(after, stage: stage, index: index, kind: kind, { $0.append(item) }) else { return nil }
        return Transaction(leave.changes + arrive.changes)
    }

    /// Removes an idea from the lot.
    public static func unpark(_ map: JourneyMap, idea id: String) -> Transaction? {
        updateInfo(map) { $0.parkingLot.removeAll { $0.id == id } }
    }
}
