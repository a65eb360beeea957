import FoundationEssentials
import JourneyCore

/// The portfolio: a title bar (the folder, how many maps), a header, a row
/// per map (linked maps indented under the map that opens into them, maps
/// that do not load with their reason), the selected map's details, and a
/// key line. Health and review are words, so it reads in monochrome. Works
/// down to 40x12.
public enum PortfolioScreen {
    public static func render(_ state: PortfolioState, theme: Theme, width: Int, height: Int) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        guard width > 0, height > 0 else { return grid }
        let page = Style(background: theme[.cell].background)
        grid.fill(x: 0, y: 0, width: width, height: height, style: page)
        let rows = state.rows
        paintTitle(state, shown: rows.count, into: &grid, theme: theme)
        let detailHeight = height >= 20 ? 6 : 0
        let listTop = 2, listBottom = height - 1 - detailHeight
        if state.showingBacklog {
            PortfolioBacklog.paint(state, into: &grid, top: listTop, bottom: listBottom, detailHeight: detailHeight, theme: theme,
                                   page: page)
            paintKeyLine(state, into: &grid, theme: theme)
            return grid
        }
        if height > 3 { paintHeader(state, into: &grid, y: 1, theme: theme) }
        if let reading = state.reading, rows.isEmpty {
            grid.put(" Reading maps: \(reading.done) of \(reading.of)…", x: 0, y: listTop, maxWidth: width, style: theme[.muted].merged(onto: page))
        } else if rows.isEmpty {
            let note = state.maps.isEmpty ? " No maps in this folder: `journey new FILE` makes one." : " No map matches \"\(state.filter)\"."
            grid.put(note, x: 0, y: listTop, maxWidth: width, style: theme[.muted].merged(onto: page))
        }
        let selected = state.selectedRow
        for (n, row) in rows.enumerated().dropFirst(state.top).prefix(max(0, listBottom - listTop)) {
            paintRow(row.entry, depth: row.depth, selected: n == selected, today: state.today, into: &grid,
                     y: listTop + n - state.top, theme: theme, page: page)
        }
        if detailHeight > 0, let selected {
            paintDetail(rows[selected].entry, today: state.today, into: &grid, top: listBottom, height: detailHeight, theme: theme)
        }
        paintKeyLine(state, into: &grid, theme: theme)
        return grid
    }

    /// How many map rows fit: the cursor is kept within them.
    public static func listHeight(height: Int) -> Int { max(1, height - 3 - (height >= 20 ? 6 : 0)) }

    static func shown(_ text: String, _ columns: Int) -> String {
        DisplayText.singleLine(DisplayText.visible(text, columns: columns))
    }

    static func paintTitle(_ state: PortfolioState, shown count: Int, into grid: inout CellGrid, theme: Theme) {
        let style = theme[.title]
        grid.fill(x: 0, y: 0, width: grid.width, height: 1, style: style)
        let failed = state.maps.count { $0.failure != nil }
        let loading = state.maps.count - failed
        var right = (count < state.maps.count ? "\(count) of " : "") + "\(loading) map\(loading == 1 ? "" : "s")"
        if failed > 0 { right += ", \(failed) not loading" }
        if state.showingBacklog, let backlog = state.backlog {
            let kept = state.backlogRows.count
            right = (kept < backlog.count ? "\(kept) of " : "") + "\(backlog.count) item\(backlog.count == 1 ? "" : "s")"
        }
        right = " " + right + " "
        if !state.showingBacklog, TextWidth.of(right) + 24 > grid.width {
            right = count < state.maps.count ? " \(count)/\(state.maps.count) " : " \(state.maps.count) maps "
        }
        let rightWidth = TextWidth.of(right)
        grid.put(" Portfolio · " + shown(state.folder, grid.width), x: 0, y: 0, maxWidth: max(0, grid.width - rightWidth - 1), style: style)
        grid.put(right, x: max(0, grid.width - rightWidth), y: 0, style: style)
    }

    static func paintHeader(_ state: PortfolioState, into grid: inout CellGrid, y: Int, theme: Theme) {
        let style = theme[.stageHeader]
        grid.fill(x: 0, y: y, width: grid.width, height: 1, style: style)
        let columns = PortfolioColumn.shown(width: grid.width)
        let titleWidth = grid.width - columns.reduce(0) { $0 + $1.width } - 3
        let filter = state.filter.isEmpty ? "" : ", \"" + shown(state.filter, 30) + "\""
        grid.put("   Map (by \(state.sort.rawValue)\(filter))", x: 0, y: y,
                 maxWidth: titleWidth + 3, style: style)
        var x = titleWidth + 3
        for column in columns {
            grid.put(pad(column.title, column.width), x: x, y: y, style: style)
            x += column.width
        }
    }

    static func paintRow(_ entry: WorkspaceEntry, depth: Int, selected: Bool, today: Date, into grid: inout CellGrid, y: Int,
                         theme: Theme, page: Style) {
        let base = (selected ? theme[.cursor] : theme[.cell]).merged(onto: page)
        if selected { grid.fill(x: 0, y: y, width: grid.width, height: 1, style: base) }
        let columns = PortfolioColumn.shown(width: grid.width)
        let titleWidth = max(8, grid.width - columns.reduce(0) { $0 + $1.width } - 3)
        let indent = String(repeating: "  ", count: min(depth, 6)) + (depth > 0 ? "└ " : "")
        grid.put(selected ? " ▸ " : "   ", x: 0, y: y, style: base)
        guard let summary = entry.summary else {
            let style = selected ? base : theme[.warning].merged(onto: page)
            let text = indent + "! " + shown(entry.path, grid.width) + ": does not load"
            grid.put(TextWrap.truncate(text, width: grid.width - 3, ellipsis: true), x: 3, y: y, maxWidth: grid.width - 3, style: style)
            return
        }
        let future = depth > 0 && summary.futureOf != nil ? "future: " : ""
        let title = indent + future + shown(summary.title.isEmpty ? entry.path : summary.title, grid.width)
        grid.put(TextWrap.truncate(title, width: titleWidth - 1, ellipsis: true), x: 3, y: y, maxWidth: titleWidth - 1, style: base)
        var x = titleWidth + 3
        for column in columns where x < grid.width {
            let value = column.value(summary, today)
            let warn = !selected && (column.title == "Health" && value != "ok" || column.title == "Review" && value.hasPrefix("late"))
            grid.put(pad(value, column.width), x: x, y: y, maxWidth: column.width, style: warn ? theme[.warning].merged(onto: page) : base)
            x += column.width
        }
    }

    static func paintDetail(_ entry: WorkspaceEntry, today: Date, into grid: inout CellGrid, top: Int, height: Int, theme: Theme) {
        grid.fill(x: 0, y: top, width: grid.width, height: height, style: theme[.detail])
        grid.put(" " + shown(entry.path, grid.width), x: 0, y: top, maxWidth: grid.width, style: theme[.detailTitle])
        var lines: [String] = []
        if let summary = entry.summary {
            let personas = summary.personas.map { persona in
                persona.name + (persona.averageEmotion.map { " " + MetricsText.signed(($0 * 10).rounded() / 10) } ?? " (no scores)")
            }
            lines.append("\(summary.stages) stages, \(summary.touchpoints) touchpoints, \(summary.openPainPoints) open pain points, "
                         + "\(summary.opportunities) opportunities")
            lines.append("Emotion on average: " + (personas.isEmpty ? "no personas" : personas.joined(separator: ", ")))
            lines.append("Review: " + (summary.review(today: today)?.words
                ?? (summary.reviewCadence == nil ? "no cadence set" : "never reviewed (\(summary.reviewCadence!.words))")))
            lines.append("Check: " + (summary.findings.isEmpty ? "no findings"
                : summary.findings.prefix(4).map { "\($0.count) \($0.rule)" }.joined(separator: ", ")))
            if let futureOf = summary.futureOf { lines.append("Future state of " + futureOf) }
            if !summary.links.isEmpty { lines.append("Opens into " + summary.links.joined(separator: ", ")) }
        } else if let failure = entry.failure {
            lines = TextWrap.wrap(shown(failure, grid.width * 4), width: max(1, grid.width - 2))
        }
        for (n, line) in lines.prefix(height - 1).enumerated() {
            grid.put(" " + TextWrap.truncate(shown(line, grid.width * 2), width: grid.width - 2, ellipsis: true), x: 0, y: top + 1 + n,
                     maxWidth: grid.width, style: theme[.detail])
        }
    }

    static func paintKeyLine(_ state: PortfolioState, into grid: inout CellGrid, theme: Theme) {
        let y = grid.height - 1
        guard y > 0 else { return }
        let style = theme[.status]
        grid.fill(x: 0, y: y, width: grid.width, height: 1, style: style)
        if state.typingFilter {
            let x = grid.put(" Filter: ", x: 0, y: y, style: theme[.mode])
            let text = shown(state.filter, grid.width * 2)
            let room = max(1, grid.width - x - 1)
            let end = TextWrap.truncate(String(text.suffix(room)), width: room)
            let drawn = grid.put(end, x: x, y: y, maxWidth: room, style: style)
            grid.cursor = GridPoint(x: min(grid.width - 1, x + drawn), y: y)
            return
        }
        var x = grid.put(state.showingBacklog ? " BACKLOG " : " MAPS ", x: 0, y: y, style: theme[.mode])
        if let message = state.message {
            grid.put(" " + shown(message, grid.width * 2), x: x, y: y, maxWidth: grid.width - x, style: style)
            return
        }
        x += 1
        // Too narrow for the backlog's place column and its detail pane: the key line says where the selected item is.
        if state.showingBacklog, grid.width < 80 || grid.height < 20, let backlog = state.backlog,
           case let rows = state.backlogRows, rows.indices.contains(state.backlogSelected) {
            let row = backlog[rows[state.backlogSelected]]
            grid.put(shown(row.touchpoint.name + " · " + row.title, grid.width), x: x, y: y, maxWidth: grid.width - x, style: style)
            return
        }
        let keys = state.showingBacklog ? [("Enter", "open"), ("b", "maps"), ("/", "filter"), ("q", "quit"), ("j k", "move")]
            : [("Enter", "open"), ("b", "backlog"), ("/", "filter"), ("s", "sort"), ("r", "reload"), ("q", "quit"), ("j k", "move")]
        for (key, words) in keys {
            guard x + TextWidth.of(key) + TextWidth.of(words) + 2 < grid.width else { break }
            x += grid.put(key, x: x, y: y, style: theme[.statusKey])
            x += grid.put(" " + words + "  ", x: x, y: y, style: style)
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let cut = TextWrap.truncate(text, width: width - 1)
        return cut + String(repeating: " ", count: max(0, width - TextWidth.of(cut)))
    }
}
