/// The `?` overlay: every key the editor knows, by section, scrollable.
public enum HelpOverlay {
    enum Row {
        case title(String)
        case line(HelpLine)
        case blank
    }

    static let rows: [Row] = Keymap.sections.enumerated().flatMap { index, section in
        (index > 0 ? [Row.blank] : []) + [Row.title(section.title)] + section.lines.map(Row.line)
    } + [.blank, .title("Commands (type : first; Tab completes, ↑ ↓ recall)")] + Keymap.commands.map { command in
        let usage = command.usage.split(separator: ":", maxSplits: 1)
        return Row.line(HelpLine(keys: ":" + usage[0], summary: usage.count > 1 ? usage[1].trimmingCharacters(in: .whitespaces) : "",
                                 commands: []))
    }

    /// How far the help can scroll at a given screen height.
    public static func maxScroll(height: Int) -> Int { max(0, rows.count - max(1, min(height, rows.count + 4) - 4)) }

    static func paint(into grid: inout CellGrid, scroll: Int, theme: Theme) {
        let lines = rows.compactMap { row -> HelpLine? in
            if case .line(let line) = row { return line }
            return nil
        }
        let keyWidth = min(20, lines.map { TextWidth.of($0.keys) }.max() ?? 0)
        let textWidth = lines.map { TextWidth.of($0.summary) }.max() ?? 0
        let boxWidth = min(grid.width, keyWidth + textWidth + 6)
        let boxHeight = min(grid.height, rows.count + 4)
        let x = max(0, (grid.width - boxWidth) / 2)
        let y = max(0, (grid.height - boxHeight) / 2)
        let style = theme[.help]
        Box.paint(into: &grid, x: x, y: y, width: boxWidth, height: boxHeight, title: "Keys", theme: theme)
        let visible = boxHeight - 4
        let first = min(max(0, scroll), maxScroll(height: grid.height))
        for (offset, row) in rows[first..<min(rows.count, first + visible)].enumerated() {
            let rowY = y + 2 + offset
            switch row {
            case .title(let title): grid.put(title, x: x + 2, y: rowY, maxWidth: boxWidth - 4, style: theme[.helpTitle])
            case .line(let line):
                grid.put(line.keys, x: x + 2, y: rowY, maxWidth: keyWidth, style: theme[.helpKey])
                grid.put(line.summary, x: x + 4 + keyWidth, y: rowY, maxWidth: boxWidth - keyWidth - 6, style: style)
            case .blank: break
            }
        }
        let more = first + visible < rows.count ? " j/↓ more " : ""
        let close = more + " ? or Esc closes "
        grid.put(close, x: x + max(2, boxWidth - TextWidth.of(close) - 2), y: y + boxHeight - 1, maxWidth: boxWidth - 4,
                 style: theme[.helpTitle])
    }
}
