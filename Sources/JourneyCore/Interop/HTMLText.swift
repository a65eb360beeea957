/// Text from a map made safe for HTML and SVG, in content and in attribute
/// values: a name holding `<script>` is shown as text, never run.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters have no business in a page; a tab or a line break reads as a space.
                if let ascii = character.asciiValue, ascii < 0x20 || ascii == 0x7F {
                    out += " "
                } else {
                    out.append(character)
                }
            }
        }
        return out
    }

    /// Escaped, with line breaks kept as `<br>`.
    static func lines(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { escape(String($0)) }.joined(separator: "<br>")
    }
}
