/// Text inside a Mermaid journey line, made safe for its grammar and read
/// back. Mermaid replaces `#name;` and `#123;` entities before it parses, so
/// the characters its lexer stops at are written as entities: `#58;` for
/// `:`, `#35;` for `#`, `#59;` for `;`, and so on; a line break is `<br>`
/// (so a literal `<` is `#60;`); control characters and whitespace at either
/// end are entities too, as Mermaid would drop or trim them.
enum MermaidText {
    enum Place {
        /// After `title `: `:` is fine there.
        case title
        /// After `section `.
        case section
        /// A task's name, at the start of a line: no `:`, `%` (a comment when
        /// it leads), nor a leading keyword.
        case task
        /// An actor after a task's score: no `:` or `,`.
        case actor
    }

    private static let keywords = ["journey", "title", "section", "acctitle", "accdescr"]

    static func escape(_ text: String, for place: Place) -> String {
        let scalars = Array(text.unicodeScalars)
        let first = scalars.firstIndex { !$0.properties.isWhitespace } ?? scalars.count
        let last = scalars.lastIndex { !$0.properties.isWhitespace } ?? -1
        let lower = text.lowercased()
        let leadingKeyword = place == .task && keywords.contains { lower.hasPrefix($0) }
        var out = ""
        for (index, scalar) in scalars.enumerated() {
            let special: Bool
            switch scalar {
            case "\n":
                out += "<br>"
                continue
            case "#", ";", "<": special = true
            case ":": special = place != .title
            case "%": special = place == .task
            case ",": special = place == .actor
            default:
                special = scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                    || index < first || index > last || (index == 0 && leadingKeyword)
            }
            if special {
                out += "#\(scalar.value);"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let named: [String: String] = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]

    /// Entities and `<br>` line breaks back to text; anything else is kept as written.
    static func unescape(_ text: some StringProtocol) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let (decoded, length) = entity(scalars, at: index) ?? lineBreak(scalars, at: index) {
                out.append(contentsOf: decoded.unicodeScalars)
                index += length
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    /// `#123;` or `#name;` at `index`: Mermaid's `#\w+;`.
    private static func entity(_ scalars: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        guard scalars[index] == "#" else { return nil }
        var end = index + 1
        while end < scalars.count, isWord(scalars[end]) { end += 1 }
        guard end > index + 1, end < scalars.count, scalars[end] == ";" else { return nil }
        let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
        let length = end + 1 - index
        if let code = UInt32(name), let scalar = Unicode.Scalar(code) { return (String(scalar), length) }
        return named[name.lowercased()].map { ($0, length) }
    }

    private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// `<br>`, `<br/>`, `<br\t/>` and the like, in any case: Mermaid's
    /// `lineBreakRegex`, `/<br\s*\/?>/gi`, where the journey diagram splits names into lines.
    private static func lineBreak(_ scalars: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        guard scalars[index] == "<", index + 3 < scalars.count,
              String(String.UnicodeScalarView(scalars[(index + 1)...(index + 2)])).lowercased() == "br" else { return nil }
        var end = index + 3
        while end < scalars.count, isSpace(scalars[end]) { end += 1 }
        if end < scalars.count, scalars[end] == "/" { end += 1 }
        guard end < scalars.count, scalars[end] == ">" else { return nil }
        return ("\n", end + 1 - index)
    }

    /// An `accDescr { … }` as Mermaid keeps it: trimmed by its grammar, then
    /// without the whitespace after each line break (commonDb's
    /// `setAccDescription`), so indentation and blank lines go.
    static func accessibleDescription(_ raw: String) -> String {
        var kept = String.UnicodeScalarView()
        var lineStart = true
        for scalar in raw.unicodeScalars where !(lineStart && isSpace(scalar)) {
            kept.append(scalar)
            lineStart = scalar == "\n"
        }
        while let last = kept.last, isSpace(last) { kept.removeLast() }
        return String(kept)
    }

    /// A whole line that Mermaid removes before it parses, inside an
    /// `accDescr { … }` too: `%%` after any indentation, then something
    /// other than the `{` of a directive.
    static func isComment(_ line: Substring) -> Bool {
        let rest = line.unicodeScalars.drop(while: isSpace)
        guard rest.starts(with: "%%".unicodeScalars) else { return false }
        let after = rest.dropFirst(2)
        return after.first.map { $0 != "{" } ?? false
    }

    /// JavaScript's `\s`, which Mermaid's patterns use: not quite Unicode's
    /// whitespace (U+FEFF is in, U+0085 out).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }
}
