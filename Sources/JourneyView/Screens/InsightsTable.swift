import JourneyCore

/// What the insights view shows of a map: the rows its query admits, in
/// order, and the links both ways. One walk over the map and one sort.
struct InsightsTable {
    let map: JourneyMap
    let rows: [Insight]
    /// Every insight of the map, filtered or not.
    let total: Int
    let links: ItemLinks
    let today: String

    init(map: JourneyMap, rows found: InsightRows, today: String) {
        self.map = map
        rows = found.rows
        total = found.all.count
        links = found.links
        self.today = today
    }

    /// The row of an item by id; the first row when it is not shown; nil when there are none.
    func index(of id: String?) -> Int? {
        guard !rows.isEmpty else { return nil }
        return id.flatMap { id in rows.firstIndex { $0.item.id == id } } ?? 0
    }

    /// The row of an item by id, if it is shown.
    func position(of id: String) -> Int? { rows.firstIndex { $0.item.id == id } }

    /// An opportunity due before today and not done.
    func isOverdue(_ item: Item) -> Bool {
        guard let due = item.due, item.status != .done, CalendarDay.isValid(due) else { return false }
        return due < today
    }

    /// Map text made safe to draw on one line, and no longer than it can show.
    static func safe(_ text: String, columns: Int) -> String {
        DisplayText.singleLine(DisplayText.visible(text, columns: columns))
    }

    /// "Stage › Touchpoint".
    static func place(_ insight: Insight) -> String {
        safe(insight.stageName, columns: 40) + " › " + safe(insight.touchpointName, columns: 60)
    }
}
