/// Text from a map made safe for GitHub-flavoured Markdown: it reads as the
/// same text, never as markup, a link, a tag or a table border.
enum MarkdownText {
    /// ASCII bytes that would start emphasis, code, links, HTML, entities,
    /// strikethrough or a table cell anywhere in a line. Markup is all ASCII,
    /// and in UTF-8 an ASCII byte is never part of another character, so the
    /// text is escaped byte by byte.
    private static let inlineMarkup: [Bool] = (0..<128).map { Array("\\`*_[]<>|~&!#".utf8).contains(UInt8($0)) }

    /// What separates the values of a table cell that holds several, and the
    /// lines of a text in a cell or heading. Not `<br>`: GitHub's renderer in
    /// safe mode drops raw HTML and pandoc's Word output ignores it, so the
    /// values ran together ("Maya 0Tom +0.5").
    static let separator = " · "

    /// A table cell or heading, on one line: its lines, empty ones left
    /// out, joined by `separator`; a first character that would start a
    /// block (list, heading, quote, rule) is escaped.
    static func inline(_ text: String) -> String {
        escapedLines(text).filter { !$0.isEmpty }.joined(separator: separator)
    }

    /// A paragraph or list item: line breaks stay line breaks, as Markdown's
    /// hard break (a backslash at the end of the line), which every reader
    /// keeps without raw HTML. Each line is escaped as `inline`'s, so none
    /// can start a block of its own; a hard break must have text after it,
    /// so empty lines at either end are left out.
    static func paragraph(_ text: String) -> String {
        var lines = escapedLines(text)[...]
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\\\n")
    }

    private static func escapedLines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
            var out: [UInt8] = []
            out.reserveCapacity(line.utf8.count + 8)
            escapeLine(line.trimmingSpaces, into: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The whole document with its C1 controls as spaces, as `inline` writes
    /// ASCII's, and its bidirectional controls as numeric entities: the
    /// rendered page keeps the marks a right-to-left text may need, while the
    /// Markdown itself holds nothing that reorders what a reviewer or a
    /// terminal shows (a U+202E in a pull request reads as other code).
    static func withoutInvisibleControls(_ document: String) -> String {
        guard document.unicodeScalars.contains(where: DisplayText.isC1OrBidiControl) else { return document }
        var out = String.UnicodeScalarView()
        for scalar in document.unicodeScalars {
            if !DisplayText.isC1OrBidiControl(scalar) {
                out.append(scalar)
            } else if scalar.value <= 0x9F {
                out.append(" ")
            } else {
                out.append(contentsOf: "&#x\(String(scalar.value, radix: 16, uppercase: true));".unicodeScalars)
            }
        }
        return String(out)
    }

    private static let backslash = UInt8(ascii: "\\")

    private static func escapeLine(_ line: Substring, into out: inout [UInt8]) {
        var digitsOnly = true
        for (offset, byte) in line.utf8.enumerated() {
            if byte < 128 && inlineMarkup[Int(byte)] {
                out.append(backslash)
            } else if offset == 0 && (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "=")) {
                out.append(backslash)
            } else if digitsOnly && offset > 0 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")) {
                // "1. " and "1) " at the start would begin an ordered list.
                out.append(backslash)
            } else if byte < 0x20 || byte == 0x7F {
                out.append(UInt8(ascii: " "))
                digitsOnly = false
                continue
            }
            digitsOnly = digitsOnly && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            out.append(byte)
        }
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return s
    }
}
