/// A question asked of every touchpoint and item of a folder of maps:
/// `pain impact>=4 and status=idea`, `touchpoint emotion.maya<=-1`. An
/// optional subject word (touchpoint, pain, opportunity, quote, item) and a
/// condition: comparisons `FIELD OP VALUE` joined by and, or, not and
/// parentheses. See `QueryParser` for the grammar, `QueryField` for the fields.
public struct Query: Sendable {
    public enum Subject: Equatable, Sendable {
        case everything, touchpoints, items
        case only(ItemRecord.Kind)

        public var coversTouchpoints: Bool { self == .everything || self == .touchpoints }

        public func covers(_ kind: ItemRecord.Kind) -> Bool {
            switch self {
            case .everything, .items: true
            case .touchpoints: false
            case .only(let only): only == kind
            }
        }

        /// The subject a query's first word names, or nil.
        static func named(_ word: String) -> Subject? {
            if ["item", "items"].contains(word.lowercased()) { return .items }
            switch QueryKindWord.named(word) {
            case .touchpoint: return .touchpoints
            case .pain: return .only(.pain)
            case .opportunity: return .only(.opportunity)
            case .quote: return .only(.quote)
            case nil: return nil
            }
        }
    }

    public var subject: Subject
    /// Nil: every row of the subject.
    var condition: QueryCondition?
    /// The fields the condition names, once each, in the order named.
    public var fields: [QueryField]

    /// `today` is what `due<today` means, YYYY-MM-DD.
    public static func parse(_ expression: String, today: String = CalendarDay.today) throws(QueryError) -> Query {
        var parser = QueryParser(tokens: try QueryLexer.tokens(expression), today: today)
        return try parser.query()
    }

    public func matches(_ target: QueryTarget) -> Bool {
        if let item = target.item {
            guard subject.covers(item.kind) else { return false }
        } else {
            guard subject.coversTouchpoints else { return false }
        }
        return condition?.holds(for: target) ?? true
    }

    /// The rows of every map of `workspace` (opened with its records) that match, map by map in path order, each
    /// touchpoint followed by its items.
    public func run(in workspace: Workspace) -> [QueryTarget] {
        var found: [QueryTarget] = []
        for (entry, records) in zip(workspace.maps, workspace.records) {
            guard let summary = entry.summary else { continue }
            var target = QueryTarget(path: entry.path, title: summary.title, records: records, touchpointIndex: 0)
            var item = 0
            for touchpoint in records.touchpoints.indices {
                target.touchpointIndex = touchpoint
                target.itemIndex = nil
                if matches(target) { found.append(target) }
                while item < records.items.count, records.items[item].touchpoint == touchpoint {
                    target.itemIndex = item
                    if matches(target) { found.append(target) }
                    item += 1
                }
            }
        }
        return found
    }
}

/// A condition as parsed: `and` and `or` hold all their parts at once, so a
/// long chain is a wide node rather than a deep one.
indirect enum QueryCondition: Sendable {
    case all([QueryCondition])
    case any([QueryCondition])
    case not(QueryCondition)
    case compare(QueryComparison)

    func holds(for target: QueryTarget) -> Bool {
        switch self {
        case .all(let parts): parts.allSatisfy { $0.holds(for: target) }
        case .any(let parts): parts.contains { $0.holds(for: target) }
        case .not(let part): !part.holds(for: target)
        case .compare(let comparison): comparison.holds(for: target)
        }
    }
}

struct QueryComparison: Sendable {
    enum Operand: Equatable, Sendable {
        case number(Double)
        /// Folded as `TextFold` folds, as the row's text is when compared.
        case text(String)
        case flag(Bool)
        /// YYYY-MM-DD: in that form, days sort as text.
        case day(String)
        /// `FIELD=""`: the row has no value for the field (`!=""`: it has one).
        case nothing
    }

    var field: QueryField
    var op: QueryOperator
    var operand: Operand

    func holds(for target: QueryTarget) -> Bool {
        guard let value = field.read(target) else { return operand == .nothing && op == .equal }
        switch (operand, value) {
        case (.nothing, _):
            return op == .notEqual
        case (.number(let wanted), .number(let number)):
            return op.holds(number < wanted ? -1 : number > wanted ? 1 : 0)
        case (.text(let wanted), .text(let text)):
            let folded = TextFold.folded(text)
            return op == .contains ? folded.contains(wanted) : op.holds(folded == wanted ? 0 : 1)
        case (.flag(let wanted), .flag(let flag)):
            return op.holds(flag == wanted ? 0 : 1)
        case (.day(let wanted), .text(let day)):
            return op.holds(day < wanted ? -1 : day > wanted ? 1 : 0)
        default:
            return false
        }
    }
}
