import JourneyView

/// Checks on a place of the screen rather than anywhere on it: a text that
/// `screen.contains` finds may be on the wrong row, or in the wrong view.
extension CellGrid {
    /// The text of row `y`, trailing spaces removed; from the bottom when
    /// negative (-1 is the last row). Empty outside the grid.
    public func row(_ y: Int) -> String {
        let y = y < 0 ? height + y : y
        guard y >= 0, y < height else { return "" }
        return text(x: 0, y: y, width: width)
    }

    /// The editor's bottom row: mode, file, flags, position or message, key hints.
    public var statusLine: String { row(-1) }

    /// What the status line says, as one line: the rows just above it that
    /// show a message or question too long for it (each row in one style
    /// the status line also has), then the status line itself.
    public var statusText: String {
        guard width > 0, height > 0 else { return "" }
        let bottom = height - 1
        let styles = Set((0..<width).map { self[$0, bottom].style })
        var top = bottom
        while top > 0, styles.contains(self[0, top - 1].style),
              (0..<width).allSatisfy({ self[$0, top - 1].style == self[0, top - 1].style }) {
            top -= 1
        }
        return (top...bottom).map { String(row($0).drop { $0 == " " }) }.joined(separator: " ")
    }

    /// The rows that hold `text`, top to bottom.
    public func rows(containing text: String) -> [Int] {
        (0..<height).filter { row($0).contains(text) }
    }

    /// The first row that holds `text` (a label, say), or nil.
    public func row(holding text: String) -> String? { rows(containing: text).first.map { row($0) } }

    /// The row the terminal's cursor is on; nil while it is hidden.
    public var cursorRow: String? { cursor.map { row($0.y) } }

    /// What `width` columns from (x, y) show, trailing spaces removed.
    public func text(x: Int, y: Int, width columns: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var text = ""
        for column in max(0, x)..<max(max(0, x), min(width, x + columns)) { text += self[column, y].text }
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
