import FoundationEssentials
import JourneyCore

/// What the portfolio shows: the workspace's maps, in the order and with the
/// filter chosen, the one selected, and what is being typed or said.
public struct PortfolioState: Sendable {
    public var folder: String
    public var maps: [WorkspaceEntry] = []
    /// While the workspace is read: how many of how many files.
    public var reading: (done: Int, of: Int)?
    public var sort: PortfolioSort = .path
    /// Shown are the maps whose title, path or personas hold these words (folded).
    public var filter = "" {
        didSet { if filter != oldValue { backlogRows = Self.kept(backlog, by: filter, narrowing: oldValue, backlogRows) } }
    }
    /// The filter is being typed on the bottom line.
    public var typingFilter = false
    /// The map under the cursor, by path, so a reload or a new order keeps it.
    public var selected: String?
    public var top = 0
    public var message: String?
    public var today: Date
    /// The backlog is shown instead of the maps.
    public var showingBacklog = false
    /// Every map's pain points and opportunities, ranked (`Backlog.rows`); nil until the records are read.
    public var backlog: [QueryTarget]? {
        didSet { backlogRows = Self.kept(backlog, by: filter) }
    }
    /// The backlog's rows the filter keeps, as indices into `backlog`: worked out when either changes, not per frame
    /// (a filter over 350,000 rows folded every row's text at every key).
    public private(set) var backlogRows: [Int] = []
    public var backlogSelected = 0
    public var backlogTop = 0

    public init(folder: String, today: Date = Date()) {
        self.folder = folder
        self.today = today
    }

    /// The maps shown, in order, each with its depth under the map that links to it.
    public var rows: [(entry: WorkspaceEntry, depth: Int)] {
        let words = TextFold.folded(filter).split(separator: " ")
        let shown = maps.filter { entry in
            words.isEmpty || words.allSatisfy { word in PortfolioState.haystack(entry).contains(word) }
        }
        return sort.order(shown, today: today)
    }

    public var selectedRow: Int? {
        let rows = rows
        return rows.firstIndex { $0.entry.path == selected } ?? (rows.isEmpty ? nil : 0)
    }

    /// The rows of `backlog` whose text, owner, map, stage or touchpoint hold every word of `filter`. A filter that
    /// adds to the one before (typing on) looks only at the rows that one kept.
    static func kept(_ backlog: [QueryTarget]?, by filter: String, narrowing before: String? = nil, _ keptBefore: [Int] = []) -> [Int] {
        guard let backlog else { return [] }
        let words = TextFold.folded(filter).split(separator: " ")
        guard !words.isEmpty else { return Array(backlog.indices) }
        let candidates = before.map { !$0.isEmpty && filter.hasPrefix($0) } == true ? keptBefore : Array(backlog.indices)
        return candidates.filter { n in
            let row = backlog[n]
            let haystack = TextFold.folded([row.item?.text ?? "", row.item?.owner ?? "", row.title, row.path, row.touchpoint.stage,
                                            row.touchpoint.name].joined(separator: " "))
            return words.allSatisfy { haystack.contains($0) }
        }
    }

    static func haystack(_ entry: WorkspaceEntry) -> String {
        TextFold.folded(([entry.path, entry.summary?.title ?? ""] + (entry.summary?.personas.map(\.name) ?? [])).joined(separator: " "))
    }
}

/// How the portfolio orders its maps: by path (linked maps under the map that links to them), or by one figure.
public enum PortfolioSort: String, CaseIterable, Sendable {
    case path, title, health, review, pains, size

    public var words: String {
        switch self {
        case .path: "path"
        case .title: "title"
        case .health: "health (most findings first)"
        case .review: "review (most overdue first)"
        case .pains: "open pain points"
        case .size: "touchpoints"
        }
    }

    public var next: PortfolioSort { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }

    func order(_ entries: [WorkspaceEntry], today: Date) -> [(entry: WorkspaceEntry, depth: Int)] {
        func key(_ entry: WorkspaceEntry) -> (Int, String) {
            guard let summary = entry.summary else { return (Int.min, "") }  // what does not load first: it needs someone
            switch self {
            case .path: return (0, "")
            case .title: return (0, TextFold.folded(summary.title))
            case .health: return (-(summary.errors * 1_000_000 + summary.warnings), "")
            case .review: return (-(summary.review(today: today)?.daysLate ?? Int.min / 2), "")
            case .pains: return (-summary.openPainPoints, "")
            case .size: return (-summary.touchpoints, "")
            }
        }
        if self == .path { return WorkspaceTree.order(entries) }
        return entries.map { (entry: $0, key: key($0)) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.entry.path < $1.entry.path }
            .map { ($0.entry, 0) }
    }
}
