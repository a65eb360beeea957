/// The `?` overlay: every key the editor knows, from the keymap itself.
enum HelpOverlay {
    static func paint(into grid: inout CellGrid, theme: Theme) {
        let bindings = Keymap.bindings
        let keyWidth = bindings.map { TextWidth.of($0.label) }.max() ?? 0
        let textWidth = bindings.map { TextWidth.of($0.summary) }.max() ?? 0
        let boxWidth = min(grid.width, keyWidth + textWidth + 6)
        let boxHeight = min(grid.height, bindings.count + 4)
        let x = max(0, (grid.width - boxWidth) / 2)
        let y = max(0, (grid.height - boxHeight) / 2)
        let style = theme[.help]
        grid.fill(x: x, y: y, width: boxWidth, height: boxHeight, style: style)
        grid.put("╭" + String(repeating: "─", count: boxWidth - 2) + "╮", x: x, y: y, style: style)
        grid.put("╰" + String(repeating: "─", count: boxWidth - 2) + "╯", x: x, y: y + boxHeight - 1, style: style)
        for row in (y + 1)..<(y + boxHeight - 1) {
            grid.put("│", x: x, y: row, style: style)
            grid.put("│", x: x + boxWidth - 1, y: row, style: style)
        }
        grid.put(" Keys ", x: x + 2, y: y, style: theme[.helpTitle])
        let rows = boxHeight - 4
        for (offset, binding) in bindings.prefix(rows).enumerated() {
            let row = y + 2 + offset
            grid.put(binding.label, x: x + 2, y: row, maxWidth: keyWidth, style: theme[.helpKey])
            grid.put(binding.summary, x: x + 4 + keyWidth, y: row, maxWidth: boxWidth - keyWidth - 6, style: style)
        }
        if bindings.count > rows {
            grid.put("… enlarge the terminal for all keys", x: x + 2, y: y + boxHeight - 2, maxWidth: boxWidth - 4, style: style)
        }
        let close = " ? or Esc closes "
        grid.put(close, x: x + max(2, boxWidth - TextWidth.of(close) - 2), y: y + boxHeight - 1, maxWidth: boxWidth - 4,
                 style: theme[.helpTitle])
    }
}
