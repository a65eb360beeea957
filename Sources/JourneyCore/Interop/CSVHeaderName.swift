/// What a touchpoints-table header means, read the way a person retypes it:
/// case, spaces and punctuation aside ("Moment-of-truth", "conversion rate"
/// for "conversion rate (%)", "EMOTION : Maya"). A header that means nothing
/// known is a text lane of its own; when it is near a known name
/// ("Emotion Maya", "touchpoints") `nearMiss` says which.
struct CSVHeaderName {
    enum Meaning: Hashable {
        case stage, touchpoint, channel, momentOfTruth
        case metric(Metric)
        /// A text lane of the blank map (Actions, Thoughts, Owner), by id.
        case lane(String)
        /// The scores of the persona of this name.
        case persona(String)
    }

    /// As written in the file.
    let text: String
    /// Nil: a text lane of its own.
    let meaning: Meaning?
    /// Written exactly as the export writes it: such a column wins over one
    /// that only matches (a lane named "Reach" beside the metric "reach").
    let isExact: Bool
    /// The limits after the persona's name, for `CSVEmotionColumn.scale`.
    let scale: (min: String, max: String)?

    init(_ text: String) {
        self.text = text
        if let known = Self.known[Self.key(text)] {
            (meaning, isExact, scale) = (known.meaning, text == known.name, nil)
        } else if let colon = text.firstIndex(of: ":"), Self.key(text[..<colon]) == "emotion" {
            let split = CSVEmotionColumn.split(String(text[text.index(after: colon)...]))
            (meaning, isExact, scale) = (.persona(split.persona), text.hasPrefix(CSVEmotionColumn.prefix), split.scale)
        } else {
            (meaning, isExact, scale) = (nil, false, nil)
        }
    }

    /// The known name this header looks like a slip of, for a header that
    /// means nothing known: "emotion: Maya" for "Emotion Maya".
    var nearMiss: String? {
        guard meaning == nil else { return nil }
        let trimmed = text.trimmingSpaces()
        let emotion = "emotion"
        let colon = trimmed.firstIndex(of: ":")
        let startsWithEmotion = trimmed.lowercased().hasPrefix(emotion) && !(trimmed.dropFirst(emotion.count).first?.isLetter ?? false)
        if startsWithEmotion || colon.map({ Self.isNear(Self.key(trimmed[..<$0]), emotion) }) == true {
            let persona = colon.map { trimmed[trimmed.index(after: $0)...].trimmingSpaces() }
                ?? String(trimmed.dropFirst(emotion.count).drop { !$0.isLetter && !$0.isNumber })
            return CSVEmotionColumn.prefix + (persona.isEmpty ? "<persona name>" : persona)
        }
        let key = Self.key(text)
        return Self.nearNames.first { Self.isNear(key, $0.key) }?.name
    }

    private static let fixed: [(String, Meaning)] = [
        (CSVTouchpointColumns.stage, .stage), (CSVTouchpointColumns.touchpoint, .touchpoint),
        (CSVTouchpointColumns.channel, .channel), (CSVTouchpointColumns.momentOfTruth, .momentOfTruth),
    ]
    + Metric.allCases.map { (CSVTouchpointColumns.header($0), .metric($0)) }
    + Lane.defaults.filter(\.kind.holdsText).map { ($0.name, .lane($0.id)) }

    private static let known: [String: (name: String, meaning: Meaning)] =
        Dictionary(fixed.map { (key($0.0), (name: $0.0, meaning: $0.1)) }) { first, _ in first }

    /// What a slip is measured against: the known names, and each metric's
    /// short and typed names ("LTV", "churn"), which are not read as the
    /// metric because a lane may well be called "Spend".
    private static let nearNames: [(key: String, name: String)] = fixed.map { (key($0.0), $0.0) }
        + Metric.allCases.flatMap { metric in
            ([metric.shortLabel] + metric.typedNames).map { (key($0), CSVTouchpointColumns.header(metric)) }
        }

    /// Lowercased letters and digits only: "Moment-of-truth" is "momentoftruth".
    static func key(_ text: some StringProtocol) -> String {
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        return String(kept).lowercased()
    }

    /// Within a slip or two of `known`, allowing more on a longer name; a name
    /// of three letters or fewer ("NPS") only as itself.
    static func isNear(_ key: String, _ known: String) -> Bool {
        let allowed = known.count <= 3 ? 0 : known.count <= 6 ? 1 : 2
        return distance(Array(key.unicodeScalars), Array(known.unicodeScalars), atMost: allowed) != nil
    }

    /// Levenshtein distance, or nil when it is more than `bound`; the lengths
    /// are compared first, so a long name costs nothing.
    private static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost bound: Int) -> Int? {
        guard abs(a.count - b.count) <= bound else { return nil }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
    }
}
