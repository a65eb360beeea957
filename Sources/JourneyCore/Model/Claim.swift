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

/// A claim by ids rather than by position, as a picker or a view keeps it:
/// it still names the same thing after the map changes around it.
public struct ClaimAddress: Equatable, Hashable, Sendable {
    /// Nil for a parked idea.
    public var touchpoint: String?
    /// A text lane's id: the claim is that lane's text.
    public var lane: String?
    /// An item's id: the claim is that item.
    public var item: String?

    public init(touchpoint: String?, lane: String? = nil, item: String? = nil) {
        self.touchpoint = touchpoint
        self.lane = lane
        self.item = item
    }
}

extension JourneyMap {
    /// Where the addressed claim is now; nil when it is gone.
    public func claim(at address: ClaimAddress) -> Claim? {
        guard let id = address.touchpoint else {
            return address.item.flatMap { item in parkingLot.firstIndex { $0.id == item } }.map { .parked(item: $0) }
        }
        guard let (s, i) = locate(touchpoint: id) else { return nil }
        if let lane = address.lane { return .laneText(stage: s, index: i, lane: lane) }
        guard let item = address.item else { return .touchpoint(stage: s, index: i) }
        let touchpoint = stages[s].touchpoints[i]
        for kind in LaneKind.itemLists {
            if let n = touchpoint.items(of: kind)?.firstIndex(where: { $0.id == item }) {
                return .item(stage: s, index: i, kind: kind, item: n)
            }
        }
        return nil
    }

    /// The address of a claim at a position of this map.
    public func address(of claim: Claim) -> ClaimAddress {
        switch claim {
        case .touchpoint(let s, let i): ClaimAddress(touchpoint: stages[s].touchpoints[i].id)
        case .laneText(let s, let i, let lane): ClaimAddress(touchpoint: stages[s].touchpoints[i].id, lane: lane)
        case .item(let s, let i, let kind, let n):
            ClaimAddress(touchpoint: stages[s].touchpoints[i].id, item: stages[s].touchpoints[i].items(of: kind)?[n].id)
        case .parked(let n): ClaimAddress(touchpoint: nil, item: parkingLot[n].id)
        }
    }

    /// The source a user means: its number in the list (from 1), its id, its
    /// title in any case, or the one title that starts with or holds the words typed.
    public func source(named typed: String) -> Source? {
        let text = typed.trimmingSpaces().lowercased()
        guard !text.isEmpty else { return nil }
        if let number = Int(text), sources.indices.contains(number - 1) { return sources[number - 1] }
        if let exact = sources.first(where: { $0.id.lowercased() == text || $0.title.lowercased() == text }) { return exact }
        let starting = sources.filter { $0.title.lowercased().hasPrefix(text) }
        if starting.count == 1 { return starting[0] }
        let words = text.split(separator: " ")
        let holding = sources.filter { source in words.allSatisfy { source.title.lowercased().contains($0) } }
        return holding.count == 1 ? holding[0] : nil
    }
}
