/// A frame as lines of text for stdout, with SGR escape codes for colour
/// and attributes when asked for, and none otherwise.
public enum AnsiText {
    /// Each row of the grid as a line of `out`.
    public static func write(_ grid: CellGrid, color: Bool, to out: inout PrintOutput) {
        var codes: [Style: String] = [:]
        for row in 0..<grid.height {
            let cells = grid.cells[row * grid.width..<(row + 1) * grid.width]
            if color {
                writeStyled(cells, to: &out) { style in
                    if let known = codes[style] { return known }
                    let code = sgr(style)
                    codes[style] = code
                    return code
                }
            } else {
                writePlain(cells, to: &out)
            }
            out.endLine()
        }
    }

    /// The row's text without its trailing spaces.
    static func writePlain(_ cells: ArraySlice<Cell>, to out: inout PrintOutput) {
        out.append(cells)
        var end = out.bytes.count
        while end > out.lineStart && out.bytes[end - 1] == 0x20 { end -= 1 }
        guard end < out.bytes.count else { return }
        if joinsNextSpace(out.bytes[out.lineStart..<end]) {
            // Then what a character is decides, as it did when lines were strings.
            var line = String(decoding: out.bytes[out.lineStart...], as: UTF8.self)
            while line.hasSuffix(" ") { line.removeLast() }
            out.bytes.removeSubrange(out.lineStart...)
            out.append(line)
        } else {
            out.bytes.removeSubrange(end...)
        }
    }

    /// Whether the last character of `text` takes a space after it into
    /// itself (a prepended concatenation mark does), so the space is not a
    /// character of its own.
    static func joinsNextSpace(_ text: ArraySlice<UInt8>) -> Bool {
        guard let last = text.last, last >= 0x80 else { return false }
        var start = text.endIndex - 1
        while start > text.startIndex && text[start] & 0xC0 == 0x80 { start -= 1 }
        return String(decoding: text[start...] + [0x20], as: UTF8.self).count == 1
    }

    /// The row with an SGR code where the style changes; plain spaces at the end are left out.
    static func writeStyled(_ cells: ArraySlice<Cell>, to out: inout PrintOutput, sgr: (Style) -> String) {
        var current = Style.plain
        var pendingSpaces = 0
        for cell in cells {
            if cell.grapheme == .space && cell.style == .plain && current == .plain {
                pendingSpaces += 1
                continue
            }
            for _ in 0..<pendingSpaces { out.append(byte: 0x20) }
            pendingSpaces = 0
            if cell.style != current {
                out.append(sgr(cell.style))
                current = cell.style
            }
            out.append(cell.grapheme)
        }
        if current != .plain { out.append(reset) }
    }

    static let reset = "\u{1B}[0m"

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
