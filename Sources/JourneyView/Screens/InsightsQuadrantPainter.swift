import JourneyCore

/// The impact × effort chart in text: effort 1–5 across, impact 5–1 down,
/// each rated item placed as its row number in the table, the quadrants
/// split at `InsightsQuadrant`'s thresholds and named at their corners.
struct InsightsQuadrantPainter {
    static let levels = Array(1...5)
    let table: InsightsTable
    let width: Int
    /// Row indices by impact and effort.
    let cells: [Int: [Int: [Int]]]
    let unrated: Int
    let labelWidth = 10
    let cellWidth: Int

    init(table: InsightsTable, width: Int) {
        self.table = table
        self.width = width
        var cells: [Int: [Int: [Int]]] = [:]
        var unrated = 0
        for (index, insight) in table.rows.enumerated() {
            guard let impact = insight.item.impact, let effort = insight.item.effort else {
                unrated += 1
                continue
            }
            cells[impact, default: [:]][effort, default: []].append(index)
        }
        self.cells = cells
        self.unrated = unrated
        cellWidth = max(4, min(24, (width - 1 - labelWidth - 2) / 5))
    }

    /// The lines a cell needs to show all its numbers.
    func lines(_ impact: Int, _ effort: Int, limit: Int) -> [[Int]] {
        var lines: [[Int]] = [[]]
        var used = 0
        for index in cells[impact]?[effort] ?? [] {
            let w = String(index + 1).count + 2
            if used + w > cellWidth - 1 && !lines[lines.count - 1].isEmpty {
                lines.append([])
                used = 0
            }
            lines[lines.count - 1].append(index)
            used += w
        }
        return lines
    }

    /// Lines per impact level so that every cell shows all its numbers.
    var neededPerLevel: Int {
        Self.levels.flatMap { i in Self.levels.map { e in lines(i, e, limit: .max).count } }.max() ?? 1
    }

    var naturalHeight: Int { 5 + 5 * neededPerLevel }

    func x(ofEffort effort: Int) -> Int {
        1 + labelWidth + (effort - 1) * cellWidth + (effort >= InsightsQuadrant.highEffort ? 2 : 0)
    }

    var dividerX: Int { x(ofEffort: InsightsQuadrant.highEffort) - 2 }

    func paint(into grid: inout CellGrid, y top: Int, height: Int, selected: Int?, theme: Theme) {
        let perLevel = max(1, min(neededPerLevel, (height - 5) / 5))
        let right = x(ofEffort: 5) + cellWidth
        var y = top
        corner(.quickWin, x: 1, y: y, into: &grid, theme: theme)
        corner(.bigBet, x: dividerX + 2, y: y, into: &grid, theme: theme)
        grid.put("│", x: dividerX, y: y, style: theme[.separator])
        y += 1
        for effort in Self.levels {
            grid.put((effort == 1 ? "effort " : "") + "\(effort)", x: x(ofEffort: effort) - (effort == 1 ? 7 : 0), y: y,
                     style: theme[.laneLabel])
        }
        grid.put("│", x: dividerX, y: y, style: theme[.separator])
        y += 1
        for impact in Self.levels.reversed() {
            if impact == InsightsQuadrant.highImpact - 1 {
                grid.fill(x: 1, y: y, width: right - 1, height: 1, with: "─", style: theme[.separator])
                grid.put("┼", x: dividerX, y: y, style: theme[.separator])
                y += 1
            }
            grid.put("impact \(impact)", x: 1, y: y, style: theme[.laneLabel])
            for row in 0..<perLevel {
                grid.put("│", x: dividerX, y: y + row, style: theme[.separator])
            }
            for effort in Self.levels {
                paintCell(impact, effort, x: x(ofEffort: effort), y: y, lines: perLevel, selected: selected, into: &grid,
                          theme: theme)
            }
            y += perLevel
        }
        corner(.fillIn, x: 1, y: y, into: &grid, theme: theme)
        corner(.moneyPit, x: dividerX + 2, y: y, into: &grid, theme: theme)
        grid.put("│", x: dividerX, y: y, style: theme[.separator])
        y += 1
        let note = "Numbers are rows of the table below (Q hides this chart). "
            + (unrated == 0 ? "Every item is rated." : "\(unrated) unrated item\(unrated == 1 ? " is" : "s are") not placed (I, E rate).")
        grid.put(note, x: 1, y: y, maxWidth: width - 2, style: theme[.muted])
    }

    func corner(_ quadrant: InsightsQuadrant, x: Int, y: Int, into grid: inout CellGrid, theme: Theme) {
        let count = table.rows.count { InsightsQuadrant.of($0.item) == quadrant }
        let used = grid.put(quadrant.rawValue.uppercased() + " (\(count))", x: x, y: y, style: theme[.detailTitle])
        let room = quadrant == .quickWin || quadrant == .fillIn ? dividerX - x - used - 1 : width - x - used - 1
        grid.put(": " + quadrant.meaning, x: x + used, y: y, maxWidth: room, style: theme[.muted])
    }

    func paintCell(_ impact: Int, _ effort: Int, x: Int, y: Int, lines limit: Int, selected: Int?, into grid: inout CellGrid,
                   theme: Theme) {
        let all = lines(impact, effort, limit: limit)
        guard !all[0].isEmpty else {
            grid.put("·", x: x, y: y, style: theme[.muted])
            return
        }
        for (row, line) in all.prefix(limit).enumerated() {
            var column = x
            var shown = line
            let hidden = row == limit - 1 ? all.dropFirst(limit).reduce(0) { $0 + $1.count } : 0
            if hidden > 0 {
                // Room for "+n" at the end of the last line.
                while !shown.isEmpty && shown.reduce(0, { $0 + String($1 + 1).count + 2 }) + String(hidden + shown.count).count + 2
                    > cellWidth - 1 {
                    shown.removeLast()
                }
            }
            for index in shown {
                // The selected item is marked by a ▶ as well as by reverse video, for monochrome and projectors.
                let text = index == selected ? "▶\(index + 1)" : String(index + 1)
                column += grid.put(text, x: column, y: y + row, style: index == selected ? theme[.cursor] : theme[.cell]) + 1
            }
            if hidden > 0 {
                grid.put("+\(hidden + line.count - shown.count)", x: column, y: y + row, style: theme[.muted])
            }
        }
    }
}
