import JourneyCore
import JourneyView

/// A result table for a terminal: columns aligned (numbers to the right),
/// each as wide as its widest cell. When that is wider than `width` (nil:
/// never cut, for a file or a pipe), the widest text is cut with "…"; when
/// even the least widths do not fit, columns are left out in the order
/// given. Cells are one line of escaped text: nothing in a map drives the terminal.
struct TextTable {
    var lines: [String]
    /// The columns left out to fit, by name.
    var leftOut: [String]

    static let gap = 2
    /// Widths of a text column: what it is cut to before the main one is cut, and the least it is cut to.
    static let comfortable = 16
    static let narrowest = 12
    /// The least width of the main column.
    static let mainNarrowest = 30

    /// `main`: the column that keeps the room left and is never left out; `leaveOut`: the others that may be, first to go first.
    init(_ table: ResultTable, width: Int?, main: String, leaveOut: [String]) {
        let limit = width ?? Int.max / 4
        let cells = [table.columns.map { $0.uppercased() }] + table.rows.map { row in
            row.map { DisplayText.singleLine(DisplayText.visible(ResultTable.text($0), columns: limit)) }
        }
        let natural = table.columns.indices.map { column in cells.map { TextWidth.of($0[column]) }.max() ?? 0 }
        let isMain = table.columns.map { $0 == main }
        func least(_ column: Int, _ text: Int) -> Int {
            table.numeric[column] ? natural[column] : min(natural[column], isMain[column] ? Self.mainNarrowest : text)
        }
        var shown = Array(table.columns.indices)
        var toGo = leaveOut.compactMap { table.columns.firstIndex(of: $0) }[...]
        while shown.map({ least($0, Self.narrowest) }).reduce(Self.gap * (shown.count - 1), +) > limit, let column = toGo.popFirst() {
            shown.removeAll { $0 == column }
        }
        leftOut = table.columns.indices.filter { !shown.contains($0) }.map { table.columns[$0] }
        // The other columns are cut to a comfortable width first, then the main one to its least, then the others to theirs.
        var widths = shown.map { natural[$0] }
        for (text, main) in [(Self.comfortable, Int.max), (Self.comfortable, Self.mainNarrowest), (Self.narrowest, Self.mainNarrowest)] {
            widths = Self.fitted(widths, least: shown.map { isMain[$0] ? min(natural[$0], main) : least($0, text) }, into: limit)
        }
        lines = cells.map { row in
            var line = ""
            for (place, column) in shown.enumerated() {
                let cell = row[column]
                let fitted = TextWidth.of(cell) > widths[place] ? TextWrap.truncate(cell, width: widths[place], ellipsis: true) : cell
                let pad = String(repeating: " ", count: max(0, widths[place] - TextWidth.of(fitted)))
                if place > 0 { line += String(repeating: " ", count: Self.gap) }
                line += table.numeric[column] ? pad + fitted : fitted + pad
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The widths, the widest cut first, so that they and the gaps between them fit `limit` where the least widths allow.
    static func fitted(_ natural: [Int], least: [Int], into limit: Int) -> [Int] {
        var widths = natural
        var excess = widths.reduce(gap * max(0, widths.count - 1), +) - limit
        while excess > 0 {
            guard let widest = widths.indices.filter({ widths[$0] > least[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
            let next = widths.indices.filter { $0 != widest && widths[$0] > least[$0] }.map { widths[$0] }.max() ?? least[widest]
            let target = max(least[widest], min(widths[widest] - 1, max(next, widths[widest] - excess)))
            excess -= widths[widest] - target
            widths[widest] = target
        }
        return widths
    }

    /// Prints the table; a note on stderr names what was left out.
    func print() throws {
        let out = StandardOutput()
        out.write(lines.joined(separator: "\n") + "\n")
        try out.check()
        if !leftOut.isEmpty {
            warn("too narrow for \(leftOut.joined(separator: ", ")) (--format csv has every column)")
        }
    }
}
