/// Text from a file is data: control characters and escape sequences are
/// shown in caret notation (ESC as ^[) or as <9B>, never sent to a terminal.
/// So are the bidirectional controls (embeddings, overrides, isolates and
/// marks), which would otherwise reorder what the terminal shows around them.
public enum DisplayText {
    static let bidiControls: [ClosedRange<UInt32>] = [0x061C...0x061C, 0x200E...0x200F, 0x202A...0x202E, 0x2066...0x2069]

    public static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 }
        if value <= 0x9F { return true }
        return value >= bidiControls[0].lowerBound && bidiControls.contains { $0.contains(value) }
    }

    /// A C1 control (U+0080 to U+009F, U+009B the one-byte CSI) or a
    /// bidirectional control: the controls beyond ASCII, which a format that
    /// writes ASCII's own controls some other way must also leave out.
    public static func isC1OrBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x80 && needsEscaping(scalar)
    }

    /// Whether every byte is printable ASCII: such text is shown as it is, a column a byte.
    public static func isPrintableASCII(_ text: String) -> Bool {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes in
            var all = true
            for byte in bytes { all = all && byte &- 0x20 < 0x5F }
            return all
        } ?? utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    public static func escaped(_ text: String) -> String {
        guard !isPrintableASCII(text), text.unicodeScalars.contains(where: needsEscaping) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
        return String(out)
    }

    /// Text of many lines, such as an export, for a terminal: line ends (LF
    /// and CR LF) and tabs stay, every other control is escaped as `escaped` does.
    public static func escapedKeepingLines(_ text: String) -> String {
        guard !isPrintableASCII(text), text.unicodeScalars.contains(where: needsEscaping) else { return text }
        let scalars = text.unicodeScalars
        var out = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if scalar == "\n" || scalar == "\t" || (scalar == "\r" && index < scalars.endIndex && scalars[index] == "\n") {
                out.append(scalar)
            } else {
                append(scalar, to: &out)
            }
        }
        return String(out)
    }

    /// A scalar as shown: a control in caret notation or as <9B>, anything else as it is.
    private static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        if scalar.value < 0x20 {
            out.append("^")
            out.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
        } else if scalar.value == 0x7F {
            out.append(contentsOf: "^?".unicodeScalars)
        } else if needsEscaping(scalar) {
            out.append(contentsOf: "<\(String(scalar.value, radix: 16, uppercase: true))>".unicodeScalars)
        } else {
            out.append(scalar)
        }
    }

    /// The characters of `text` as shown, each escaped on its own as it is
    /// reached: a long text costs only what is read of it.
    public static func escapedCharacters(_ text: Substring) -> EscapedCharacters {
        EscapedCharacters(characters: text.makeIterator())
    }

    public struct EscapedCharacters: Sequence, IteratorProtocol {
        var characters: Substring.Iterator
        /// The rest of the escaped form of the last character read.
        var escape: String.Iterator?

        public mutating func next() -> Character? {
            if let character = escape?.next() { return character }
            escape = nil
            guard let character = characters.next() else { return nil }
            let utf8 = character.utf8
            if utf8.count == 1, let byte = utf8.first, byte >= 0x20 && byte < 0x7F { return character }
            guard character.unicodeScalars.contains(where: needsEscaping) else { return character }
            var escaped = DisplayText.escaped(String(character)).makeIterator()
            defer { escape = escaped }
            return escaped.next()
        }
    }

    /// The start of a text that can show in `columns` columns (generously:
    /// escapes and zero-width marks take room too). Drawing a 5 MB title
    /// then costs what drawing its first line does.
    public static func visible(_ text: String, columns: Int) -> String {
        guard !showsAll(text, columns: columns) else { return text }
        return String(text.prefix(visibleLimit(columns)))
    }

    /// Whether `visible(text, columns:)` is all of `text`.
    public static func showsAll(_ text: String, columns: Int) -> Bool {
        text.utf8.count <= visibleLimit(columns)
    }

    private static func visibleLimit(_ columns: Int) -> Int { 2 * max(0, columns) + 16 }

    /// One line of display text: newlines and tabs become spaces, the rest is escaped.
    public static func singleLine(_ text: String) -> String {
        // Most text holds no line break or tab: then no search-and-replace (it is slow) at all.
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) else { return escaped(text) }
        return escaped(text.replacing("\r\n", with: " ").replacing("\n", with: " ").replacing("\t", with: " "))
    }
}
