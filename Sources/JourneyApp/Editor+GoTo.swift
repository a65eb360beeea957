import JourneyCore

extension Editor {
    /// Goes to a touchpoint, lane text or item in the grid, by ids: an item's list opens with the item
    /// selected (so `e` backs the item, not its touchpoint). What was found there; nil when the map has no such thing.
    @discardableResult
    mutating func go(to address: ClaimAddress) -> Claim? {
        guard let touchpoint = address.touchpoint, let claim = map.claim(at: address) else { return nil }
        popToGrid()
        moveCursor(toTouchpoint: touchpoint)
        switch claim {
        case .item(_, _, let kind, _):
            if let lane = shownLanes.firstIndex(where: { $0.kind == kind }) { gridPlace.lane = lane }
            reveal()
            push(.items(ItemList(touchpoint: touchpoint, kind: kind, selected: address.item)))
            return claim
        case .laneText(_, _, let lane):
            if let row = shownLanes.firstIndex(where: { $0.id == lane }) { gridPlace.lane = row }
        default:
            // On a lane with no text of its own, the emotion lane: what the touchpoint itself is.
            if let row = shownLanes.firstIndex(where: { $0.kind == .emotion }) { gridPlace.lane = row }
        }
        reveal()
        return claim
    }

    /// Opened from the portfolio's backlog: the editor starts at the item, unless the opening asks a question
    /// first (a journal to recover) or the item is gone since the backlog was read.
    public mutating func start(at address: ClaimAddress) {
        guard modes.count == 1 else { return }
        if go(to: address) == nil { say("that item is no longer in this map; it changed since the backlog was read") }
    }
}
