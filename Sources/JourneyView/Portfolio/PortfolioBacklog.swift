import JourneyCore

/// The portfolio's backlog: every map's pain points and opportunities, the
/// weightiest first (`Backlog.rows`), a row each with its priority, votes,
/// kind, text and where it is; the selected item's details below.
enum PortfolioBacklog {
    static func paint(_ state: PortfolioState, into grid: inout CellGrid, top: Int, bottom: Int, detailHeight: Int, theme: Theme,
                      page: Style) {
        let header = theme[.stageHeader]
        grid.fill(x: 0, y: top - 1, width: grid.width, height: 1, style: header)
        let whereWidth = grid.width >= 80 ? grid.width * 2 / 5 : 0
        let textWidth = grid.width - 3 - 15 - whereWidth
        let filter = state.filter.isEmpty ? "" : ", \"" + PortfolioScreen.shown(state.filter, 30) + "\""
        grid.put("   Prio Vote Kind " + PortfolioScreen.pad("Item (by priority, votes\(filter))", textWidth)
                 + (whereWidth > 0 ? "Touchpoint · map" : ""), x: 0, y: top - 1, maxWidth: grid.width, style: header)
        guard let backlog = state.backlog else {
            grid.put(" Reading every map's pain points and opportunities…", x: 0, y: top, maxWidth: grid.width,
                     style: theme[.muted].merged(onto: page))
            return
        }
        let rows = state.backlogRows
        if rows.isEmpty {
            grid.put(backlog.isEmpty ? " No pain points or opportunities in these maps." : " Nothing matches \"\(state.filter)\".",
                     x: 0, y: top, maxWidth: grid.width, style: theme[.muted].merged(onto: page))
            return
        }
        for (n, index) in rows.enumerated().dropFirst(state.backlogTop).prefix(max(0, bottom - top)) {
            let row = backlog[index]
            guard let item = row.item else { continue }
            let y = top + n - state.backlogTop
            let selected = n == state.backlogSelected
            let base = (selected ? theme[.cursor] : theme[.cell]).merged(onto: page)
            if selected { grid.fill(x: 0, y: y, width: grid.width, height: 1, style: base) }
            let figures = (item.priority.map { String($0) } ?? "–").leftPadded(4) + (item.votes > 0 ? String(item.votes) : "").leftPadded(5)
                + (item.kind == .pain ? " pain " : " opp  ")
            var x = grid.put((selected ? " ▸ " : "   ") + figures, x: 0, y: y, style: base)
            x += grid.put(PortfolioScreen.pad(PortfolioScreen.shown(item.text, grid.width * 2), textWidth), x: x, y: y,
                          maxWidth: textWidth, style: base)
            if whereWidth > 0 {
                let place = [row.touchpoint.name, row.title].map { PortfolioScreen.shown($0, grid.width) }.joined(separator: " · ")
                grid.put(TextWrap.truncate(place, width: whereWidth - 1, ellipsis: true), x: x, y: y, maxWidth: whereWidth - 1,
                         style: selected ? base : theme[.muted].merged(onto: page))
            }
        }
        if detailHeight > 0, rows.indices.contains(state.backlogSelected) {
            paintDetail(backlog[rows[state.backlogSelected]], into: &grid, top: bottom, height: detailHeight, theme: theme)
        }
    }

    static func paintDetail(_ row: QueryTarget, into grid: inout CellGrid, top: Int, height: Int, theme: Theme) {
        guard let item = row.item else { return }
        grid.fill(x: 0, y: top, width: grid.width, height: height, style: theme[.detail])
        grid.put(" " + PortfolioScreen.shown(row.path + " › " + row.touchpoint.stage + " › " + row.touchpoint.name, grid.width),
                 x: 0, y: top, maxWidth: grid.width, style: theme[.detailTitle])
        var facts = [item.kind.noun]
        if let impact = item.impact { facts.append("impact \(impact)") }
        if let effort = item.effort { facts.append("effort \(effort)") }
        if let priority = item.priority { facts.append("priority \(priority)") }
        if item.votes > 0 { facts.append("\(item.votes) vote\(item.votes == 1 ? "" : "s")") }
        if let status = item.status { facts.append(status.words) }
        if !item.owner.isEmpty { facts.append("owner " + item.owner) }
        if let due = item.due { facts.append("due " + due) }
        facts.append(item.evidence.rawValue)
        let lines = TextWrap.wrap(PortfolioScreen.shown(item.text, grid.width * 8), width: max(1, grid.width - 2)).prefix(height - 2)
            + [facts.joined(separator: " · ")]
        for (n, line) in lines.prefix(height - 1).enumerated() {
            grid.put(" " + TextWrap.truncate(PortfolioScreen.shown(line, grid.width * 2), width: grid.width - 2, ellipsis: true),
                     x: 0, y: top + 1 + n, maxWidth: grid.width, style: theme[.detail])
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
