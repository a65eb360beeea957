/// Every pain point and opportunity of a map, ranked: the "find pain points
/// and opportunities" step as a query that exports and views share.
public struct Insight: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case painPoint = "pain point"
        case opportunity

        public var laneKind: LaneKind { self == .painPoint ? .painPoints : .opportunities }
    }

    public var kind: Kind
    public var item: Item
    public var stage: Stage.ID
    public var stageName: String
    public var touchpoint: Touchpoint.ID
    public var touchpointName: String
    /// What the touchpoint's Owner lane says: the owner of its items that name none.
    public var touchpointOwner: String

    public init(kind: Kind, item: Item, stage: Stage.ID, stageName: String, touchpoint: Touchpoint.ID, touchpointName: String,
                touchpointOwner: String = "") {
        self.kind = kind
        self.item = item
        self.stage = stage
        self.stageName = stageName
        self.touchpoint = touchpoint
        self.touchpointName = touchpointName
        self.touchpointOwner = touchpointOwner
    }

    /// Who owns the item: its own owner, else its touchpoint's.
    public var owner: String { item.owner.isEmpty ? touchpointOwner : item.owner }

    /// Whether the owner is the touchpoint's, the item naming none.
    public var ownerIsTouchpoints: Bool { item.owner.isEmpty && !touchpointOwner.isEmpty }

    /// How the ranking works, for people; the exports and `journey show` print it.
    public static let rankingRule = "Priority is impact × (6 − effort): 25 for high impact at low effort, 1 for low impact "
        + "at high effort; unrated items follow, by votes."

    /// Impact × (6 − effort): 25 for high impact at low effort, 1 for low
    /// impact at high effort; nil unless both are rated.
    public var priority: Int? { Self.priority(of: item) }
}

extension JourneyMap {
    /// Rated items first, by priority, then by votes; unrated ones by votes;
    /// ties keep the map's order (stage, touchpoint, pain points before opportunities).
    public func rankedInsights() -> [Insight] {
        let found = insights().enumerated().map { (order: $0.offset, insight: $0.element) }
        return found.sorted { a, b in
            let pa = a.insight.priority ?? 0, pb = b.insight.priority ?? 0
            if pa != pb { return pa > pb }
            if a.insight.item.votes != b.insight.item.votes { return a.insight.item.votes > b.insight.item.votes }
            return a.order < b.order
        }.map(\.insight)
    }

    /// Every pain point and opportunity in the map's order.
    public func insights() -> [Insight] {
        var found: [Insight] = []
        let ownerLane = self.ownerLane
        for stage in stages {
            for touchpoint in stage.touchpoints {
                let owner = Self.owner(of: touchpoint, in: ownerLane)
                for kind in Insight.Kind.allCases {
                    for item in touchpoint.items(of: kind.laneKind) ?? [] {
                        found.append(Insight(kind: kind, item: item, stage: stage.id, stageName: stage.name,
                                             touchpoint: touchpoint.id, touchpointName: touchpoint.name, touchpointOwner: owner))
                    }
                }
            }
        }
        return found
    }
}

extension JourneyMap {
    /// What a touchpoint's Owner lane says (its first, if the map has two), trimmed.
    public func owner(of touchpoint: Touchpoint) -> String { Self.owner(of: touchpoint, in: ownerLane) }

    var ownerLane: Lane? { lanes.first { $0.kind == .owner } }

    static func owner(of touchpoint: Touchpoint, in lane: Lane?) -> String {
        guard let lane else { return "" }
        return (touchpoint.text[lane.id] ?? "").trimmingWhitespace()
    }
}

extension Insight {
    /// Whether any of these insights has a plan or a link, so that exports
    /// add the status, owner, due and links columns only to maps that use them.
    public static func anyPlanned(_ insights: [Insight]) -> Bool {
        insights.contains { $0.item.status != nil || !$0.item.owner.isEmpty || $0.item.due != nil || !$0.item.addresses.isEmpty }
    }

    /// Each row's links by row number, both ways: "addresses #1, #5" on an
    /// opportunity, "addressed by #2" on a pain point, "" without links.
    public static func linkWords(_ rows: [Insight]) -> [String] {
        let links = ItemLinks(insights: rows)
        var number: [String: Int] = [:]
        for (index, insight) in rows.enumerated() where number[insight.item.id] == nil { number[insight.item.id] = index + 1 }
        return rows.map { insight in
            let numbers = links.linked(insight).compactMap { number[$0.item.id] }.map { "#\($0)" }
            guard !numbers.isEmpty else { return "" }
            return (insight.kind == .opportunity ? "addresses " : "addressed by ") + numbers.joined(separator: ", ")
        }
    }
}
