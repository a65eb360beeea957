/// The poster's text broken into lines no wider than a box, by the widths
/// `PosterFont` estimates: at spaces where it can, inside a word longer than
/// a line where it must. The map's own line breaks are kept.
enum PosterWrap {
    static func lines(_ text: String, width: Double, size: Double) -> [String] {
        guard !text.isEmpty else { return [] }
        var lines: [String] = []
        for paragraph in clean(text).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            wrap(paragraph, width: width, size: size, into: &lines)
        }
        return lines
    }

    /// What an SVG may hold and a reader should see: a control character is a
    /// space, and the two code points XML refuses outright a replacement mark.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsCleaning) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || !needsCleaning(scalar) { out.append(scalar) }
            else { out.append(scalar.value >= 0xFFFE ? "\u{FFFD}" : " ") }
        }
        return String(out)
    }

    private static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
    }

    private static func wrap(_ paragraph: Substring, width: Double, size: Double, into lines: inout [String]) {
        let space = PosterFont.width(" ", size: size)
        var line = ""
        var lineWidth = 0.0
        for word in paragraph.split(separator: " ") {
            var word = word
            var wordWidth = PosterFont.width(word, size: size)
            if !line.isEmpty && lineWidth + space + wordWidth <= width {
                line += " " + word
                lineWidth += space + wordWidth
                continue
            }
            if !line.isEmpty { lines.append(line) }
            while wordWidth > width, word.count > 1 {
                var head = word.startIndex, headWidth = 0.0
                while head < word.endIndex {
                    let next = PosterFont.width(of: word[head]) * size
                    if headWidth + next > width && head > word.startIndex { break }
                    headWidth += next
                    word.formIndex(after: &head)
                }
                lines.append(String(word[..<head]))
                word = word[head...]
                wordWidth -= headWidth
            }
            line = String(word)
            lineWidth = wordWidth
        }
        lines.append(line)
    }
}
