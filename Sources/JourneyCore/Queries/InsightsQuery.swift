/// Which insights a table shows and in what order: a sort column and
/// direction, and a filter by stage, kind and status. The insights view and
/// its printout share it, so the keys and `journey show` agree.
public struct InsightsQuery: Equatable, Sendable {
    public enum Column: String, CaseIterable, Sendable {
        case priority, votes, impact, effort, text, place = "stage", kind, status, owner, due

        /// Numbers read best highest first; words from A.
        public var descendingFirst: Bool { [.priority, .votes, .impact, .effort].contains(self) }
    }

    public var sort: Column = .priority
    public var descending = true
    /// Only insights of this stage (by id), kind or status; nil: any.
    public var stage: Stage.ID?
    public var kind: Insight.Kind?
    public var status: ItemStatus?

    public init() {}

    public var isFiltered: Bool { stage != nil || kind != nil || status != nil }

    /// The sort in words: "priority, highest first".
    public var sortWords: String {
        let numeric = sort.descendingFirst
        let direction = descending ? (numeric ? "highest first" : "Z to A") : (numeric ? "lowest first" : "A to Z")
        return "\(sort.rawValue), \(sort == .due ? (descending ? "latest first" : "soonest first") : direction)"
    }

    /// The filter in words: "stage Purchase · opportunities · in progress", or "none".
    public func filterWords(_ map: JourneyMap) -> String {
        var parts: [String] = []
        if let stage { parts.append("stage " + (map.stages.first { $0.id == stage }?.name ?? stage)) }
        if let kind { parts.append(kind == .painPoint ? "pain points" : "opportunities") }
        if let status { parts.append("status " + status.words) }
        return parts.isEmpty ? "none" : parts.joined(separator: " · ")
    }

    /// Sorts by the next (or previous) column, in that column's natural direction.
    public mutating func cycleSort(by step: Int = 1) {
        let all = Column.allCases
        let at = all.firstIndex(of: sort) ?? 0
        sort = all[((at + step) % all.count + all.count) % all.count]
        descending = sort.descendingFirst
    }

    public func admits(_ insight: Insight) -> Bool {
        if let stage, insight.stage != stage { return false }
        if let kind, insight.kind != kind { return false }
        if let status, insight.item.status != status { return false }
        return true
    }

    /// The map's insights this query shows, in its order: one pass over the
    /// map and one sort. Empty values (unrated, no owner) go last either way;
    /// ties go by votes, then the map's order, as `rankedInsights` does.
    public func rows(of map: JourneyMap) -> [Insight] {
        rows(of: map.insights())
    }

    /// The same, from insights already found (`JourneyMap.insights()`).
    public func rows(of insights: [Insight]) -> [Insight] {
        let found = insights.filter(admits)
        // Sorted as positions with their keys beside them: moving whole insights about costs ten times more.
        let keys = found.enumerated().map { key(of: $0.element, order: $0.offset) }
        let votes = found.map(\.item.votes)
        let order = found.indices.sorted { a, b in
            switch (keys[a], keys[b]) {
            case (nil, nil): break
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?):
                if x != y { return descending ? y < x : x < y }
            }
            if votes[a] != votes[b] { return votes[a] > votes[b] }
            return a < b
        }
        return order.map { found[$0] }
    }

    /// What a column sorts by; nil for an empty value.
    enum Key: Comparable {
        case number(Int)
        case words(String)
    }

    func key(of insight: Insight, order: Int) -> Key? {
        let item = insight.item
        switch sort {
        case .priority: return insight.priority.map(Key.number)
        case .votes: return .number(item.votes)
        case .impact: return item.impact.map(Key.number)
        case .effort: return item.effort.map(Key.number)
        case .text: return .words(item.text.lowercased())
        case .place: return .number(order)
        case .kind: return .number(insight.kind == .painPoint ? 0 : 1)
        case .status: return item.status.map { .number(ItemStatus.allCases.firstIndex(of: $0) ?? 0) }
        case .owner: return insight.owner.isEmpty ? nil : .words(insight.owner.lowercased())
        case .due: return item.due.map(Key.words)
        }
    }
}

/// A query's answer on a map: the rows it admits, in order, with every
/// insight and the links both ways. One walk over the map and one sort.
public struct InsightRows: Sendable {
    public let all: [Insight]
    public let rows: [Insight]
    public let links: ItemLinks

    public init(_ map: JourneyMap, query: InsightsQuery) {
        all = map.insights()
        rows = query.rows(of: all)
        links = ItemLinks(insights: all)
    }
}
