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
        return (statusTop..<height).map { String(row($0).drop { $0 == " " }) }.joined(separator: " ")
    }

    /// The first row of the status text: the status line, or the top row of
    /// a message that runs above it.
    var statusTop: Int {
        guard width > 0, height > 0 else { return 0 }
        let bottom = height - 1
        let styles = Set((0..<width).map { self[$0, bottom].style })
        var top = bottom
        while top > 0, styles.contains(self[0, top - 1].style),
              (0..<width).allSatisfy({ self[$0, top - 1].style == self[0, top - 1].style }) {
            top -= 1
        }
        return top
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

    /// The row `offset` rows below the first row that holds `text` (a heading,
    /// a pane's title), or nil when no row holds it.
    public func row(below text: String, _ offset: Int = 1) -> String? {
        rows(containing: text).first.map { row($0 + offset) }
    }

    /// The selected row of a list, table or slide: the first row whose text
    /// starts with ▶ after its indent. nil when nothing is marked.
    public var selectedRow: String? {
        (0..<height).lazy.map { self.row($0) }.first { $0.drop { $0 == " " }.hasPrefix("▶") }
    }

    /// The rule that opens the detail pane at the bottom: the last row above
    /// the status text that starts with ─ and crosses no column (┼).
    var paneRule: Int? {
        (0..<statusTop).last { row($0).hasPrefix("─") && !row($0).contains("┼") }
    }

    /// The words on the detail pane's rule, its title ("Awareness × Search ·
    /// 1 touchpoint · …" in the channels view); nil without a pane.
    public var paneTitle: String? {
        paneRule.map {
            var words = Substring(row($0)).drop { $0 == "─" || $0 == " " }
            while let last = words.last, last == "─" || last == " " { words.removeLast() }
            return String(words)
        }
    }

    /// The detail pane's rows below its rule, down to the status text; empty
    /// without a pane.
    public var paneRows: [String] {
        paneRule.map { ($0 + 1..<statusTop).map { row($0) } } ?? []
    }

    /// The rows inside the box (a picker, a question) whose top border holds
    /// `title` ("╭─ Parking lot (2) — … ─╮"), without its borders and the space
    /// inside them; empty when no box has that title.
    public func box(titled title: String) -> [String] {
        for y in 0..<height {
            for left in 0..<width where self[left, y].text == "╭" {
                guard let right = (left + 1..<width).first(where: { self[$0, y].text == "╮" }),
                      text(x: left, y: y, width: right - left + 1).contains(title) else { continue }
                var inside: [String] = []
                for below in y + 1..<height {
                    if self[left, below].text == "╰" { break }
                    inside.append(text(x: left + 2, y: below, width: right - left - 2))
                }
                return inside
            }
        }
        return []
    }

    /// The paragraph that begins on the first row holding `text`: that row and
    /// the rows below it up to a blank one or the status text, without their
    /// indent, joined by spaces (a text wrapped over rows reads as one line).
    public func paragraph(from text: String) -> String? {
        guard let top = rows(containing: text).first else { return nil }
        var bottom = top
        while bottom + 1 < statusTop, !row(bottom + 1).isEmpty { bottom += 1 }
        return (top...bottom).map { String(row($0).drop { $0 == " " }) }.joined(separator: " ")
    }
}
