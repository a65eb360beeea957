import JourneyCore

/// Where the insights view is: the selected item (by id), the scroll, the
/// sort and filter, whether the quadrant is shown. Kept while other views are shown.
public struct InsightsState: ScreenState {
    /// The selected item's id; nil: the first row.
    public var selected: String?
    /// The first row shown.
    public var scroll = 0
    public var query = InsightsQuery()
    /// The impact × effort quadrant instead of the table.
    public var showQuadrant = false
    /// The day due dates are overdue against (YYYY-MM-DD), so a test can fix it.
    public var today = CalendarDay.today
    /// The rows of the map last drawn (see `StagesMemo`).
    public var memo = StagesMemo<InsightsQuery, InsightRows>()

    public init() {}

    /// The query's rows on the map, worked out again only when its stages change.
    public func rows(of map: JourneyMap) -> InsightRows {
        memo.value(for: map.stages, key: query) { InsightRows(map, query: query) }
    }
}

extension ScreenStates {
    public var insights: InsightsState { get { self[InsightsState.self] } set { self[InsightsState.self] = newValue } }
}

/// The insights view: every pain point and opportunity in one table (or on
/// the impact × effort quadrant), the selected one in full below it.
public enum InsightsScreen: ScreenPainter {
    public static func paint(into grid: inout CellGrid, area: ScreenArea, map: JourneyMap, state: InsightsState, theme: Theme) {
        let table = InsightsTable(map: map, rows: state.rows(of: map), today: state.today)
        let selected = table.index(of: state.selected)
        var y = area.top
        let bottom = area.bottom
        y = paintHeader(into: &grid, y: y, width: area.width, table: table, state: state, theme: theme,
                        roomy: area.height >= 16)
        let detailHeight = area.height >= 14 ? detailRows : 0
        let bodyBottom = bottom - detailHeight
        if detailHeight > 0 { grid.fill(x: 0, y: bodyBottom, width: area.width, height: 1, with: "─", style: theme[.separator]) }
        if state.showQuadrant {
            // The quadrant on top, and the table it numbers below it when there is room.
            let painter = InsightsQuadrantPainter(table: table, width: area.width)
            let height = min(painter.naturalHeight, bodyBottom - y)
            painter.paint(into: &grid, y: y, height: height, selected: selected, theme: theme)
            y += height + 1
        }
        if bodyBottom - y >= 2 {
            let columns = InsightsColumns(width: area.width)
            columns.paintTitles(into: &grid, y: y, sort: state.query, theme: theme)
            var visible = max(0, bodyBottom - y - 1)
            // Without the detail's rule to say "more" on, a line of the table says it.
            if detailHeight == 0 && table.rows.count > visible { visible -= 1 }
            let first = firstRow(scroll: state.scroll, selected: selected, count: table.rows.count, visible: visible)
            for (offset, index) in (first..<min(table.rows.count, first + visible)).enumerated() {
                columns.paintRow(table.rows[index], number: index + 1, table: table, into: &grid, y: y + 1 + offset,
                                 selected: index == selected, theme: theme)
            }
            if table.rows.isEmpty {
                let empty = table.total == 0 ? "No pain points or opportunities yet: add them in the grid (a on their lane)."
                    : "Nothing matches the filter; F shows everything again."
                grid.put(empty, x: 2, y: y + 1, maxWidth: area.width - 3, style: theme[.muted])
            } else if first + visible < table.rows.count {
                let more = " ↓ \(table.rows.count - first - visible) more "
                // On the rule above the detail, so it hides no row.
                grid.put(more, x: area.width - TextWidth.of(more) - 1, y: detailHeight > 0 ? bodyBottom : bodyBottom - 1,
                         style: theme[.muted])
            }
        }
        if detailHeight > 0, let selected {
            paintDetail(into: &grid, y: bodyBottom, height: detailHeight, width: area.width, table: table,
                        insight: table.rows[selected], theme: theme)
        }
    }

    /// The first row shown: the scroll, moved just enough to show the selection.
    public static func firstRow(scroll: Int, selected: Int?, count: Int, visible: Int) -> Int {
        guard visible > 0, count > visible else { return 0 }
        var first = min(max(0, scroll), count - visible)
        if let selected {
            if selected < first { first = selected }
            if selected >= first + visible { first = selected - visible + 1 }
        }
        return first
    }

    /// The table rows the screen has room for, for the app's paging and scrolling.
    public static func visibleRows(height: Int) -> Int {
        let header = height >= 16 ? 3 : 1
        return max(1, height - header - (height >= 14 ? detailRows : 0) - 1)
    }

    /// The detail below the table: a rule and five lines.
    static let detailRows = 6

    /// The count, the sort and the filter; then how priority and the quadrants work.
    static func paintHeader(into grid: inout CellGrid, y: Int, width: Int, table: InsightsTable, state: InsightsState,
                            theme: Theme, roomy: Bool) -> Int {
        let shown = table.rows.count == table.total ? "\(table.total)" : "\(table.rows.count) of \(table.total)"
        let view = state.showQuadrant ? "impact × effort" : "sort: \(state.query.sortWords)"
        var x = 1
        x += grid.put("Insights", x: x, y: y, style: theme[.detailTitle])
        x += grid.put(" · \(shown) · \(view) · filter: ", x: x, y: y, maxWidth: width - x - 1, style: theme[.detail])
        let filterStyle = state.query.isFiltered ? theme[.warning] : theme[.detail]
        grid.put(state.query.filterWords(table.map), x: x, y: y, maxWidth: width - x - 1, style: filterStyle)
        guard roomy else { return y + 1 }
        let rule = state.showQuadrant ? "Quadrants: " + InsightsQuadrant.rule + "; unrated items are not placed."
            : Insight.rankingRule
        let lines = TextWrap.wrap(rule, width: width - 2).prefix(2)
        for (offset, line) in lines.enumerated() {
            grid.put(line, x: 1, y: y + 1 + offset, maxWidth: width - 2, style: theme[.muted])
        }
        return y + 1 + 2
    }

    /// The selected item in full: its text, place and figures, its plan, and its links both ways.
    static func paintDetail(into grid: inout CellGrid, y: Int, height: Int, width: Int, table: InsightsTable,
                            insight: Insight, theme: Theme) {
        let lines = detailLines(insight, table: table).flatMap { TextWrap.wrap($0, width: width - 2) }
        for (offset, line) in lines.prefix(height - 1).enumerated() {
            grid.put(line, x: 1, y: y + 1 + offset, maxWidth: width - 2, style: offset == 0 ? theme[.detailTitle] : theme[.detail])
        }
    }

    /// The facts of one item, a line each, safe to show.
    static func detailLines(_ insight: Insight, table: InsightsTable) -> [String] {
        let item = insight.item
        var lines = [InsightsTable.safe(item.text, columns: 400)]
        var facts = [(insight.kind == .painPoint ? "Pain point" : "Opportunity") + " at " + InsightsTable.place(insight)]
        facts += item.figureFacts
        if let priority = insight.priority { facts.append("priority \(priority)") }
        if let quadrant = InsightsQuadrant.of(item) { facts.append("quadrant: " + quadrant.rawValue) }
        lines.append(facts.joined(separator: " · "))
        if insight.kind == .opportunity {
            var plan = ["status " + (item.status?.words ?? "not set")]
            plan.append(insight.owner.isEmpty ? "no owner" : "owner " + InsightsTable.safe(insight.owner, columns: 60)
                + (insight.ownerIsTouchpoints ? " (the touchpoint's)" : ""))
            if let due = item.due {
                plan.append("due " + InsightsTable.safe(due, columns: 20) + (table.isOverdue(item) ? " (overdue)" : ""))
            }
            lines.append(plan.joined(separator: " · ").capitalizedFirst)
        }
        let linked = table.links.linked(insight)
        let names = linked.map { "“" + InsightsTable.safe($0.item.text, columns: 60) + "” (" + InsightsTable.place($0) + ")" }
        if insight.kind == .opportunity {
            lines.append(names.isEmpty ? "Addresses no pain point yet (L links one)." : "Addresses: " + names.joined(separator: "; "))
        } else {
            lines.append(names.isEmpty ? "No opportunity addresses it yet." : "Addressed by: " + names.joined(separator: "; "))
        }
        if let claim = table.map.claim(at: ClaimAddress(touchpoint: insight.touchpoint, item: item.id)) {
            lines.append("Evidence: " + EvidenceText.summary(table.map, claim))
        }
        return lines
    }

    /// The whole view for `journey show --view insights`: the header, every
    /// row of the table, the quadrant with every rated item, and the links.
    public static func printed(map: JourneyMap, width: Int, theme: Theme) -> CellGrid {
        let table = InsightsTable(map: map, rows: InsightRows(map, query: InsightsQuery()), today: CalendarDay.today)
        let quadrant = InsightsQuadrantPainter(table: table, width: width)
        let links = linkLines(table)
        let ruleLines = TextWrap.wrap(Insight.rankingRule, width: width - 2)
        // Without items, the quadrant and the links would only be empty frames.
        let charts = table.rows.isEmpty ? 0 : quadrant.naturalHeight + 1 + 1 + links.count
        let height = 1 + ruleLines.count + 1 + max(1, table.rows.count) + 1 + charts
        var grid = CellGrid(width: width, height: height)
        var y = 0
        let state = InsightsState()
        y = paintHeader(into: &grid, y: y, width: width, table: table, state: state, theme: theme, roomy: false)
        for line in ruleLines {
            grid.put(line, x: 1, y: y, maxWidth: width - 2, style: theme[.muted])
            y += 1
        }
        let columns = InsightsColumns(width: width)
        columns.paintTitles(into: &grid, y: y, sort: state.query, theme: theme)
        for (index, insight) in table.rows.enumerated() {
            columns.paintRow(insight, number: index + 1, table: table, into: &grid, y: y + 1 + index, selected: false, theme: theme)
        }
        if table.rows.isEmpty {
            grid.put("No pain points or opportunities yet.", x: 1, y: y + 1, maxWidth: width - 2, style: theme[.muted])
            return grid
        }
        y += 1 + max(1, table.rows.count) + 1
        quadrant.paint(into: &grid, y: y, height: quadrant.naturalHeight, selected: nil, theme: theme)
        y += quadrant.naturalHeight + 1
        grid.put("Links (an opportunity and the pain points it addresses)", x: 1, y: y, style: theme[.detailTitle])
        for (offset, line) in links.enumerated() {
            grid.put(line, x: 1, y: y + 1 + offset, maxWidth: width - 2, style: theme[.detail])
        }
        return grid
    }

    /// "#2 Show shipping cost… → #1 Shipping fee appears…", one per link.
    static func linkLines(_ table: InsightsTable) -> [String] {
        var lines: [String] = []
        for (index, insight) in table.rows.enumerated() where insight.kind == .opportunity {
            for target in table.links.linked(insight) {
                let number = table.position(of: target.item.id).map { "#\($0 + 1) " } ?? ""
                lines.append("#\(index + 1) " + InsightsTable.safe(insight.item.text, columns: 60) + "  →  " + number
                             + InsightsTable.safe(target.item.text, columns: 60))
            }
        }
        return lines.isEmpty ? ["none yet"] : lines
    }
}

extension MapScreen {
    public static let insights = MapScreen("insights", title: "Insights", summary: "pain points and opportunities, ranked, with status and links", part: .findings,
                                          painter: InsightsScreen.self)
}
