import JourneyCore

/// The insights table's columns at a width: the narrow ones always, owner,
/// due and links when there is room; text and place share the rest.
struct InsightsColumns {
    struct Column {
        var title: String
        var sort: InsightsQuery.Column?
        var width: Int
        var right = false
    }

    let columns: [Column]
    let width: Int

    init(width: Int) {
        self.width = width
        let wide = width >= 100
        var fixed: [Column] = [Column(title: "Kind", sort: .kind, width: 4)]
        // A narrow screen keeps the priority; the detail says the rest.
        if width >= 70 {
            fixed += [Column(title: "Imp", sort: .impact, width: 3, right: true),
                      Column(title: "Eff", sort: .effort, width: 3, right: true),
                      Column(title: "Votes", sort: .votes, width: 5, right: true)]
        }
        fixed.append(Column(title: "Prio", sort: .priority, width: 4, right: true))
        if width >= 70 { fixed.append(Column(title: "Status", sort: .status, width: 11)) }
        // Owner, due and links when there is room; else the detail below the table says them.
        if width >= 140 { fixed.append(Column(title: "Owner", sort: .owner, width: 16)) }
        if wide { fixed += [Column(title: "Due", sort: .due, width: 11), Column(title: "Links", sort: nil, width: 10)] }
        // The marker and number (5), a space between columns, a margin at the right.
        let used = 5 + fixed.reduce(0) { $0 + $1.width + 1 } + 2 + 1
        let rest = max(10, width - used)
        let place = max(8, rest * 2 / 5)
        columns = [Column(title: "Insight", sort: .text, width: rest - place),
                   Column(title: "Stage › Touchpoint", sort: .place, width: place)] + fixed
    }

    func paintTitles(into grid: inout CellGrid, y: Int, sort: InsightsQuery, theme: Theme) {
        grid.fill(x: 0, y: y, width: width, height: 1, style: theme[.touchpointHeader])
        grid.put("  #", x: 0, y: y, style: theme[.touchpointHeader])
        var x = 5
        for column in columns {
            let sorted = column.sort == sort.sort
            var title = column.title
            if sorted { title += sort.descending ? "↓" : "↑" }
            let style = sorted ? theme[.touchpointHeader].adding(.underline).adding(.bold) : theme[.touchpointHeader]
            put(TextWrap.truncate(title, width: column.width), column, x: x, y: y, into: &grid, style: style)
            x += column.width + 1
        }
    }

    func paintRow(_ insight: Insight, number: Int, table: InsightsTable, into grid: inout CellGrid, y: Int, selected: Bool,
                  theme: Theme) {
        let base = selected ? theme[.cursor] : theme[.cell]
        if selected { grid.fill(x: 0, y: y, width: width, height: 1, style: base) }
        grid.put((selected ? "▶" : " ") + pad(String(number), 3, right: true), x: 0, y: y, style: base)
        let item = insight.item
        var x = 5
        for column in columns {
            var style = base
            let value: String
            switch column.sort {
            case .text?: value = InsightsTable.safe(item.text, columns: column.width)
            case .place?: value = InsightsTable.place(insight)
            case .kind?:
                value = insight.kind == .painPoint ? "pain" : "opp"
            case .impact?: value = item.impact.map(String.init) ?? "·"
            case .effort?: value = item.effort.map(String.init) ?? "·"
            case .votes?: value = String(item.votes)
            case .priority?: value = insight.priority.map(String.init) ?? "·"
            case .status?: value = item.status?.words ?? (insight.kind == .opportunity ? "–" : "")
            case .owner?: value = InsightsTable.safe(insight.owner, columns: column.width)
            case .due?:
                let overdue = table.isOverdue(item)
                value = item.due.map { InsightsTable.safe($0, columns: 10) + (overdue ? "!" : "") } ?? ""
                if overdue && !selected { style = theme[.warning] }
            case nil: value = linkWords(insight, table: table)
            }
            put(TextWrap.truncate(value, width: column.width, ellipsis: true), column, x: x, y: y, into: &grid, style: style)
            x += column.width + 1
        }
    }

    /// "fixes 2" on an opportunity, "fixed by 1" on a pain point.
    func linkWords(_ insight: Insight, table: InsightsTable) -> String {
        let count = table.links.linked(insight).count
        guard count > 0 else { return "" }
        return insight.kind == .opportunity ? "fixes \(count)" : "fixed by \(count)"
    }

    func put(_ text: String, _ column: Column, x: Int, y: Int, into grid: inout CellGrid, style: Style) {
        grid.put(pad(text, column.width, right: column.right), x: x, y: y, maxWidth: column.width, style: style)
    }

    func pad(_ text: String, _ width: Int, right: Bool) -> String {
        let gap = String(repeating: " ", count: max(0, width - TextWidth.of(text)))
        return right ? gap + text : text + gap
    }
}
