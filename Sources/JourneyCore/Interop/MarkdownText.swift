/// Text from a map made safe for GitHub-flavoured Markdown: it reads as the
/// same text, never as markup, a link, a tag or a table border.
enum MarkdownText {
    /// Characters that would start emphasis, code, links, HTML, entities,
    /// strikethrough or a table cell anywhere in a line.
    private static let inlineMarkup: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "!", "#"]

    /// One paragraph or table cell: line breaks become `<br>`, and a first
    /// character that would start a block (list, heading, quote, rule) is escaped.
    static func inline(_ text: String) -> String {
        var out = ""
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if !out.isEmpty { out += "<br>" }
            out += escapeLine(line.trimmingSpaces)
        }
        return out
    }

    private static func escapeLine(_ line: Substring) -> String {
        var out = ""
        for (offset, character) in line.enumerated() {
            if inlineMarkup.contains(character) || (offset == 0 && "-+=".contains(character)) {
                out.append("\\")
            } else if character == "\r" || (character.isASCII && character.asciiValue! < 0x20) {
                out.append(" ")
                continue
            }
            out.append(character)
        }
        // "1. " and "1) " at the start would begin an ordered list.
        if let dot = out.firstIndex(where: { $0 == "." || $0 == ")" }), dot > out.startIndex,
           out[..<dot].allSatisfy(\.isASCIIDigit) {
            out.insert("\\", at: dot)
        }
        return out
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

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
