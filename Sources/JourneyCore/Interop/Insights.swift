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

    /// How the ranking works, for people; the exports and `journey show` print it.
    public static let rankingRule = "Priority is impact × (6 − effort): 25 for high impact at low effort, 1 for low impact "
        + "at high effort; unrated items follow, by votes."

    /// Impact × (6 − effort): 25 for high impact at low effort, 1 for low
    /// impact at high effort; nil unless both are rated.
    public var priority: Int? {
        guard let impact = item.impact, let effort = item.effort else { return nil }
        return impact * (6 - effort)
    }
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
        for stage in stages {
            for touchpoint in stage.touchpoints {
                for kind in Insight.Kind.allCases {
                    for item in touchpoint.items(of: kind.laneKind) ?? [] {
                        found.append(Insight(kind: kind, item: item, stage: stage.id, stageName: stage.name,
                                             touchpoint: touchpoint.id, touchpointName: touchpoint.name))
                    }
                }
            }
        }
        return found
    }
}
