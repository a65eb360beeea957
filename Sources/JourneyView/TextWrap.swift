import JourneyCore

/// Word wrapping by terminal columns. Words longer than a line are broken,
/// after a hyphen or a slash where one fits ("Check-and-" / "replace").
public enum TextWrap {
    /// Where a word too long for a line may break: after these.
    static let breaksAfter: Set<Character> = ["-", "/"]

    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        guard isSimple(text) else { return wrapCharacters(text, width: width) }
        var lines: [String] = []
        var text = text
        text.withUTF8 { wrapSimple($0, width: width, into: &lines) }
        return lines
    }

    /// Whether every scalar of `text` is a character of one column on its
    /// own with nothing to escape (see `CellGrid.isSimple`): printable ASCII,
    /// most text, and the quote marks, dashes and dots the views add to it.
    static func isSimple(_ text: String) -> Bool {
        DisplayText.isPrintableASCII(text) || text.unicodeScalars.allSatisfy { CellGrid.isSimple($0.value) }
    }

    /// `wrap` a character at a time: for any text.
    static func wrapCharacters(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        // A line break is a byte 0x0A: without one, no search by characters for it.
        let paragraphs = text.utf8.contains(0x0A) ? text.split(separator: "\n", omittingEmptySubsequences: false) : [text[...]]
        for paragraph in paragraphs {
            let escaped = DisplayText.escaped(String(paragraph))
            // Tabs are escaped already (^I); a search for one is only done where one could be.
            wrapParagraph(escaped.utf8.contains(0x09) ? escaped.replacing("\t", with: " ") : escaped, width: width, into: &lines)
        }
        return lines
    }

    private static func wrapParagraph(_ text: String, width: Int, into lines: inout [String]) {
        var line = ""
        var lineWidth = 0
        for word in words(text) {
            var word = word
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
                if head.isEmpty { head = String(rest.removeFirst()); headWidth = TextWidth.of(head) }
                if !rest.isEmpty, let cut = head.dropLast().lastIndex(where: breaksAfter.contains), cut > head.startIndex {
                    let after = head.index(after: cut)
                    rest = head[after...] + rest
                    head = String(head[..<after])
                    headWidth = TextWidth.of(head)
                }
                lines.append(head)
                word = rest
                wordWidth -= headWidth
            }
            line = String(word)
            lineWidth = wordWidth
        }
        if lineWidth > 0 || lines.isEmpty || text.isEmpty { lines.append(line) }
    }

    /// What lies between spaces. Found by bytes, as a space is a character of
    /// its own; by characters where one might not be (a space taking in a
    /// combining mark after it), which is rare.
    static func words(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        var words: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            guard utf8[index] == 0x20 else { utf8.formIndex(after: &index); continue }
            if index > utf8.startIndex && utf8[utf8.index(before: index)] >= 0x80 && joins(text, before: index)
                || utf8.index(after: index) < utf8.endIndex && utf8[utf8.index(after: index)] >= 0x80 && joins(text, after: index) {
                return text.split(separator: " ", omittingEmptySubsequences: true)
            }
            if start < index { words.append(text[start..<index]) }
            utf8.formIndex(after: &index)
            start = index
        }
        if start < index { words.append(text[start..<index]) }
        return words
    }

    /// Whether the space at `space` and the scalar before it make one character.
    private static func joins(_ text: String, before space: String.Index) -> Bool {
        (String(text.unicodeScalars[text.unicodeScalars.index(before: space)]) + " ").count == 1
    }

    /// Whether the space at `space` and the scalar after it make one character.
    private static func joins(_ text: String, after space: String.Index) -> Bool {
        (" " + String(text.unicodeScalars[text.unicodeScalars.index(after: space)])).count == 1
    }

    /// `wrapParagraph` for simple text (see `isSimple`), by bytes: a scalar is
    /// a character one column wide, so a column is a byte that starts a scalar.
    private static func wrapSimple(_ text: UnsafeBufferPointer<UInt8>, width: Int, into lines: inout [String]) {
        let space = UInt8(ascii: " ")
        var line: [UInt8] = []
        var lineWidth = 0
        var position = 0
        while position < text.count {
            guard text[position] != space else { position += 1; continue }
            var start = position
            var wordWidth = 0
            while position < text.count && text[position] != space {
                if !UTF8.isContinuation(text[position]) { wordWidth += 1 }
                position += 1
            }
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line.append(space)
                line.append(contentsOf: text[start..<position])
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(String(decoding: line, as: UTF8.self))
                line.removeAll(keepingCapacity: true)
            }
            while wordWidth > width {
                var end = start
                for _ in 0..<width {
                    end += 1
                    while UTF8.isContinuation(text[end]) { end += 1 }
                }
                var columns = width
                // After the last hyphen or slash on the line, if there is one past the word's first character.
                if let cut = (start + 1..<max(start + 1, end - 1)).last(where: { text[$0] == UInt8(ascii: "-") || text[$0] == UInt8(ascii: "/") }) {
                    columns -= (cut + 1..<end).filter { !UTF8.isContinuation(text[$0]) }.count
                    end = cut + 1
                }
                lines.append(String(decoding: text[start..<end], as: UTF8.self))
                start = end
                wordWidth -= columns
            }
            line.append(contentsOf: text[start..<position])
            lineWidth = wordWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
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
        if DisplayText.isPrintableASCII(text) {
            guard text.utf8.count > width else { return text }
            let kept = max(0, ellipsis ? width - 1 : width)
            return String(decoding: text.utf8.prefix(kept), as: UTF8.self) + (ellipsis ? "…" : "")
        }
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
