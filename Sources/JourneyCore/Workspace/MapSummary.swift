import FoundationEssentials

/// One map as the portfolio lists it: what it covers, its review, its health
/// by `journey check`, how each persona feels on average, and what is still
/// open. Made once per version of the file and cached (see `WorkspaceCache`).
public struct MapSummary: Equatable, Sendable {
    public var title: String
    public var stages: Int
    public var touchpoints: Int
    public var personas: [PersonaMood]
    public var lastReviewed: String?
    public var reviewCadence: ReviewCadence?
    /// `journey check`'s findings of every rule, on `checkedOn`.
    public var errors: Int
    public var warnings: Int
    /// The rules that found something, most findings first.
    public var findings: [RuleCount]
    public var checkedOn: String
    /// Pain points neither done nor addressed by a done opportunity.
    public var openPainPoints: Int
    public var opportunities: Int
    /// The map this one is the future state of, relative to the workspace folder.
    public var futureOf: String?
    /// The maps its touchpoints open into, relative to the workspace folder, each once.
    public var links: [String] = []

    public struct PersonaMood: Equatable, Sendable {
        public var id: String
        public var name: String
        /// The mean of the persona's scores, nil when it has none.
        public var averageEmotion: Double?
    }

    public struct RuleCount: Equatable, Sendable {
        public var rule: String
        public var count: Int
    }

    public func review(today: Date) -> ReviewDue? {
        Objectives(lastReviewed: lastReviewed, reviewCadence: reviewCadence).review(today: today)
    }
}

extension MapSummary {
    /// `path`: the map's, relative to the workspace folder, which its links and current state are made relative to as well.
    public init(_ map: JourneyMap, at path: String, today: Date) {
        title = map.title
        stages = map.stages.count
        touchpoints = map.touchpointCount
        personas = map.personas.map { persona in
            let scores = map.stages.lazy.flatMap(\.touchpoints).compactMap { $0.emotion[persona.id] }
            let count = scores.count
            return PersonaMood(id: persona.id, name: persona.name,
                               averageEmotion: count == 0 ? nil : scores.reduce(0, +) / Double(count))
        }
        lastReviewed = map.objectives.lastReviewed
        reviewCadence = map.objectives.reviewCadence
        let found = MapCheck.run(map, today: today)
        errors = found.count { $0.severity == .error }
        warnings = found.count - errors
        var counts: [String: Int] = [:]
        for finding in found { counts[finding.rule.rawValue, default: 0] += 1 }
        findings = counts.map { RuleCount(rule: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.rule < $1.rule }
        checkedOn = CalendarDay.text(today)
        let insights = map.insights()
        let done = Set(insights.lazy.filter { $0.kind == .opportunity && $0.item.status == .done }.flatMap(\.item.addresses))
        openPainPoints = insights.count { $0.kind == .painPoint && $0.item.status != .done && !done.contains($0.item.id) }
        opportunities = insights.count { $0.kind == .opportunity }
        futureOf = map.futureOf.flatMap { MapLink.inWorkspace($0, from: path) }
        var seen: Set<String> = []
        links = map.stages.lazy.flatMap(\.touchpoints).compactMap { $0.link.flatMap { MapLink.inWorkspace($0, from: path) } }
            .filter { seen.insert($0).inserted }
    }
}
