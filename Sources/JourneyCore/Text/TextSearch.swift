// The standard library's own Unicode tables (canonical decomposition and case
// folding) give what Foundation's case- and diacritic-insensitive compare
// gives, without linking Foundation's string bridge and ICU.
@_spi(_Unicode) import Swift

public enum TextFold {
    /// Accents dropped (decomposed, marks left out) and case folded: "Straße"
    /// and "STRASSE" both give "strasse", "Café" gives "cafe".
    public static func folded(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var folded = String.UnicodeScalarView()
        for scalar in String(text)._nfd where scalar.properties.generalCategory != .nonspacingMark {
            folded.append(contentsOf: scalar.properties._caseFolded.unicodeScalars)
        }
        return String(folded)
    }
}

extension StringProtocol {
    /// The last place `needle` starts, compared character by character.
    public func lastRange(of needle: some StringProtocol) -> Range<Index>? {
        var start = endIndex
        while start > startIndex {
            formIndex(before: &start)
            if self[start...].hasPrefix(needle) { return start..<index(start, offsetBy: needle.count) }
        }
        return nil
    }
}
