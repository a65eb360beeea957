/// A frame as lines of text for stdout, with SGR escape codes for colour
/// and attributes when asked for, and none otherwise.
public enum AnsiText {
    public static func lines(_ grid: CellGrid, color: Bool) -> [String] {
        guard color else { return grid.lines }
        return (0..<grid.height).map { row in
            var line = ""
            var current = Style.plain
            var pendingSpaces = ""
            for column in 0..<grid.width {
                let cell = grid[column, row]
                if cell.text == " " && cell.style == .plain && current == .plain {
                    pendingSpaces += " "
                    continue
                }
                line += pendingSpaces
                pendingSpaces = ""
                if cell.style != current {
                    line += sgr(cell.style)
                    current = cell.style
                }
                line += cell.text
            }
            if current != .plain { line += "\u{1B}[0m" }
            return line
        }
    }

    public static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        let a = style.attributes
        if a.contains(.bold) { codes.append("1") }
        if a.contains(.dim) { codes.append("2") }
        if a.contains(.italic) { codes.append("3") }
        if a.contains(.underline) { codes.append("4") }
        if a.contains(.reverse) { codes.append("7") }
        if case .indexed(let i) = style.foreground { codes.append(color(i, base: 30, bright: 90, extended: 38)) }
        if case .indexed(let i) = style.background { codes.append(color(i, base: 40, bright: 100, extended: 48)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    static func color(_ index: Int, base: Int, bright: Int, extended: Int) -> String {
        switch index {
        case 0..<8: String(base + index)
        case 8..<16: String(bright + index - 8)
        default: "\(extended);5;\(index)"
        }
    }
}
