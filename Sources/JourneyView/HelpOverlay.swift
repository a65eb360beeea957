/// One row of the help: a section title, a command's line, or a gap.
public enum HelpRow: Equatable, Sendable {
    case title(String)
    /// Keys, how it is typed at `:`, and what it does.
    case line(keys: String, typed: String, summary: String)
    case blank
}

/// The `?` overlay: every key and command, by section, scrollable. Lines
/// that do not fit wrap under their summary; no word is ever cut off.
public enum HelpOverlay {
    struct Layout {
        var x, y, width, height: Int
        var keyWidth, typedWidth: Int
        var lines: [(keys: String, typed: String, text: String, isTitle: Bool)]
        var visible: Int { max(1, height - 4) }
    }

    static func layout(_ rows: [HelpRow], width: Int, height: Int) -> Layout {
        let boxWidth = min(width, 110)
        let widestKeys = rows.map { row in if case .line(let keys, _, _) = row { TextWidth.of(keys) } else { 0 } }.max() ?? 0
        // On a narrow screen the keys give up room, so no command's name is broken.
        let keyWidth = min(widestKeys, 16, max(9, (boxWidth - 8) / 4))
        let typedWidth = width >= 100 ? 24 : 0
        let textWidth = max(8, boxWidth - 4 - keyWidth - 2 - (typedWidth > 0 ? typedWidth + 1 : 0))
        var lines: [(keys: String, typed: String, text: String, isTitle: Bool)] = []
        for row in rows {
            switch row {
            case .blank: lines.append(("", "", "", false))
            case .title(let title):
                for line in TextWrap.wrap(title, width: boxWidth - 4) { lines.append(("", "", line, true)) }
            case .line(let keys, let typed, let summary):
                // On a narrow screen the typed form joins the summary.
                let text = typedWidth == 0 && !typed.isEmpty ? typed + "  " + summary : summary
                let wrapped = TextWrap.wrap(text, width: textWidth)
                let typedLines = typedWidth > 0 ? TextWrap.wrap(typed, width: typedWidth) : []
                let keyLines = TextWrap.wrap(keys, width: keyWidth)
                for i in 0..<max(wrapped.count, typedLines.count, keyLines.count) {
                    lines.append((i < keyLines.count ? keyLines[i] : "", i < typedLines.count ? typedLines[i] : "",
                                  i < wrapped.count ? wrapped[i] : "", false))
                }
            }
        }
        let boxHeight = min(height, lines.count + 4)
        return Layout(x: max(0, (width - boxWidth) / 2), y: max(0, (height - boxHeight) / 2), width: boxWidth,
                      height: boxHeight, keyWidth: keyWidth, typedWidth: typedWidth, lines: lines)
    }

    /// How far the help can scroll at a given screen size.
    public static func maxScroll(rows: [HelpRow], width: Int, height: Int) -> Int {
        let layout = layout(rows, width: width, height: height)
        return max(0, layout.lines.count - layout.visible)
    }

    static func paint(_ rows: [HelpRow], into grid: inout CellGrid, scroll: Int, theme: Theme) {
        let l = layout(rows, width: grid.width, height: grid.height)
        Box.paint(into: &grid, x: l.x, y: l.y, width: l.width, height: l.height, title: "Keys and commands", theme: theme)
        let first = min(max(0, scroll), max(0, l.lines.count - l.visible))
        let typedX = l.x + 2 + l.keyWidth + 2
        let textX = typedX + (l.typedWidth > 0 ? l.typedWidth + 1 : 0)
        for (offset, line) in l.lines[first..<min(l.lines.count, first + l.visible)].enumerated() {
            let rowY = l.y + 2 + offset
            if line.isTitle {
                grid.put(line.text, x: l.x + 2, y: rowY, maxWidth: l.width - 4, style: theme[.helpTitle])
                continue
            }
            grid.put(line.keys, x: l.x + 2, y: rowY, maxWidth: l.keyWidth, style: theme[.helpKey])
            if l.typedWidth > 0 { grid.put(line.typed, x: typedX, y: rowY, maxWidth: l.typedWidth, style: theme[.helpKey]) }
            grid.put(line.text, x: textX, y: rowY, maxWidth: l.x + l.width - 2 - textX, style: theme[.help])
        }
        let more = first + l.visible < l.lines.count ? " j/↓ more " : ""
        let close = more + " ? or Esc closes "
        grid.put(close, x: l.x + max(2, l.width - TextWidth.of(close) - 2), y: l.y + l.height - 1, maxWidth: l.width - 4,
                 style: theme[.helpTitle])
    }
}
