/// Trimming as Foundation's `trimmingCharacters(in:)` trims `.whitespaces`,
/// `.newlines` and both, scalar by scalar, without linking Foundation's
/// string bridge and ICU into the binary (FoundationParityTests holds them equal).
extension Unicode.Scalar {
    /// A space or a tab, not a line break: Unicode's Zs, U+0009, and the zero
    /// width space U+200B, which Foundation counts too.
    public var isSpaceOrTab: Bool {
        // ASCII, most text, without looking up its category.
        if value < 0x80 { return self == " " || self == "\t" }
        return self == "\u{200B}" || properties.generalCategory == .spaceSeparator
    }

    /// U+000A to U+000D, U+0085, U+2028 and U+2029.
    public var isNewline: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}

extension StringProtocol {
    /// Without spaces and tabs at either end; line breaks stay.
    public func trimmingSpaces() -> String { trimmingScalars { $0.isSpaceOrTab } }

    /// Without spaces, tabs and line breaks at either end.
    public func trimmingWhitespace() -> String { trimmingScalars { $0.isSpaceOrTab || $0.isNewline } }

    /// Without line breaks at either end.
    public func trimmingNewlines() -> String { trimmingScalars { $0.isNewline } }

    private func trimmingScalars(where blank: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !blank($0) }),
              let last = scalars.lastIndex(where: { !blank($0) }) else { return "" }
        // Most text has nothing to trim: it is returned as it is, not copied.
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return String(self) }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first...last])
        return String(kept)
    }
}
