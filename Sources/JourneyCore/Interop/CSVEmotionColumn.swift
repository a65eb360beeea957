import JourneyJSON

/// A persona's scores: the column `emotion: Maya`, or `emotion: Maya (1..5)`
/// on a map whose scale is not the default −2…2. The scale is in the header
/// because a spreadsheet keeps every cell when it saves, where a comment line
/// would be dropped; a header without one means −2…2, as before scales were
/// written.
enum CSVEmotionColumn {
    static let prefix = "emotion: "

    static func header(persona: String, scale: EmotionScale) -> String {
        let isDefault = scale.min == EmotionScale().min && scale.max == EmotionScale().max
        // A name that itself ends like a scale gets one, so reading takes off the scale and not part of the name.
        guard !isDefault || split(persona).scale != nil else { return prefix + persona }
        return prefix + persona + " (\(scale.min)..\(scale.max))"
    }

    /// The text after `emotion:` as the persona's name and the scale it ends
    /// in, if any: "(1..5)", "(1…5)", "(1 to 5)", "(-2-2)"; the limits as written.
    static func split(_ text: String) -> (persona: String, scale: (min: String, max: String)?) {
        let trimmed = text.trimmingSpaces()
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return (trimmed, nil) }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].lowercased()
        guard !inside.isEmpty else { return (trimmed, nil) }
        // From the second character, so a minimum's minus sign is not the dash between the limits.
        let searched = inside[inside.index(after: inside.startIndex)...]
        for dash in ["..", "…", "–", " to ", "-"] {
            guard let range = searched.firstRange(of: dash) else { continue }
            let min = inside[..<range.lowerBound].trimmingSpaces(), max = inside[range.upperBound...].trimmingSpaces()
            guard looksNumeric(min), looksNumeric(max) else { return (trimmed, nil) }
            return (trimmed[..<open].trimmingSpaces(), (min, max))
        }
        return (trimmed, nil)
    }

    /// The scale a header names, or why it cannot be one.
    static func scale(min: String, max: String) -> Result<EmotionScale, RuleViolation> {
        RuleBook.parseWhole(min, for: .scaleMinimum).flatMap { low in
            RuleBook.parseWhole(max, for: .scaleMaximum).flatMap { high in
                guard let low, let high else { return .failure(RuleViolation(description: "the scale has no limits", reason: "no limits")) }
                if let violation = RuleBook.checkScale(min: low, max: high) { return .failure(violation) }
                return .success(EmotionScale(min: low, max: high))
            }
        }
    }

    private static func looksNumeric(_ text: String) -> Bool {
        JSONParser.isNumber(text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }
}
