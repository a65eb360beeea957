import JourneyCore

/// Word wrapping by terminal columns. Words longer than a line are broken.
public enum TextWrap {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let escaped = DisplayText.escaped(String(paragraph))
            // Tabs are escaped already (^I); a search for one is only done where one could be.
            wrapParagraph(escaped.utf8.contains(0x09) ? escaped.replacing("\t", with: " ") : escaped, width: width, into: &lines)
        }
        return lines
    }

    private static func wrapParagraph(_ text: String, width: Int, into lines: inout [String]) {
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            var wordWidth = TextWidth.of(String(word))
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while wordWidth > width {
                var head = ""
                var headWidth = 0
                var rest = word
                while let character = rest.first, headWidth + TextWidth.of(character) <= width {
                    head.append(character)
                    headWidth += TextWidth.of(character)
                    rest = rest.dropFirst()
                }
                if head.isEmpty { head = String(rest.removeFirst()); headWidth = width }
                lines.append(head)
                word = rest
                wordWidth -= headWidth
            }
            line = String(word)
            lineWidth = wordWidth
        }
        if lineWidth > 0 || lines.isEmpty || text.isEmpty { lines.append(line) }
    }

    /// Fits lines into `height` rows; a cut ends with an ellipsis.
    public static func fit(_ lines: [String], height: Int, width: Int) -> [String] {
        guard lines.count > height, height > 0 else { return lines }
        var kept = Array(lines.prefix(height))
        kept[height - 1] = truncate(kept[height - 1], width: width - 1) + "…"
        return kept
    }

    /// The longest prefix of `text` that fits `width` columns, with "…" when cut.
    public static func truncate(_ text: String, width: Int, ellipsis: Bool = false) -> String {
        var out = ""
        var used = 0
        let total = TextWidth.of(text)
        let limit = ellipsis && total > width ? width - 1 : width
        for character in text {
            let w = TextWidth.of(character)
            if used + w > limit { break }
            out.append(character)
            used += w
        }
        return ellipsis && total > width ? out + "…" : out
    }
}
