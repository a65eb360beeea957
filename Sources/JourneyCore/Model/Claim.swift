/// Something on the map that can cite research: a touchpoint, the text of
/// one of its text lanes, one of its items, or an idea in the parking lot.
/// Positions are indices, valid in the map they were taken from.
public enum Claim: Equatable, Hashable, Sendable {
    case touchpoint(stage: Int, index: Int)
    case laneText(stage: Int, index: Int, lane: String)
    case item(stage: Int, index: Int, kind: LaneKind, item: Int)
    case parked(item: Int)

    /// Whether it has an evidence level of its own (a lane's text has its touchpoint's).
    public var hasLevel: Bool {
        if case .laneText = self { return false }
        return true
    }
}

extension JourneyMap {
    /// What the claim cites and the level said, or nil when the position is not in this map.
    public func evidence(of claim: Claim) -> Evidence? {
        switch claim {
        case .touchpoint(let s, let i):
            return touchpoint(s, i)?.evidence
        case .laneText(let s, let i, let lane):
            return touchpoint(s, i).map { Evidence(sources: $0.laneSources[lane] ?? []) }
        case .item(let s, let i, let kind, let n):
            guard let items = touchpoint(s, i)?.items(of: kind), items.indices.contains(n) else { return nil }
            return items[n].evidence
        case .parked(let n):
            return parkingLot.indices.contains(n) ? parkingLot[n].evidence : nil
        }
    }

    /// The level to show for the claim: said, or what its sources show, or assumed.
    public func evidenceLevel(of claim: Claim) -> EvidenceLevel {
        evidence(of: claim)?.level(in: sources) ?? .assumed
    }

    private func touchpoint(_ stage: Int, _ index: Int) -> Touchpoint? {
        guard stages.indices.contains(stage), stages[stage].touchpoints.indices.contains(index) else { return nil }
        return stages[stage].touchpoints[index]
    }
}
