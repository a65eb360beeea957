/// A framed box drawn over the screen, for overlays (help, pickers).
enum Box {
    static func paint(into grid: inout CellGrid, x: Int, y: Int, width: Int, height: Int, title: String, theme: Theme) {
        let style = theme[.help]
        grid.fill(x: x, y: y, width: width, height: height, style: style)
        grid.put("╭" + String(repeating: "─", count: max(0, width - 2)) + "╮", x: x, y: y, style: style)
        grid.put("╰" + String(repeating: "─", count: max(0, width - 2)) + "╯", x: x, y: y + height - 1, style: style)
        for row in (y + 1)..<max(y + 1, y + height - 1) {
            grid.put("│", x: x, y: row, style: style)
            grid.put("│", x: x + width - 1, y: row, style: style)
        }
        grid.put(" " + title + " ", x: x + 2, y: y, maxWidth: max(0, width - 4), style: theme[.helpTitle])
    }
}
