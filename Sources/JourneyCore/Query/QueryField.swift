/// The fields a query may name, in one table: what each is called, what it
/// holds, what README and `journey query --fields` say of it, and how it is
/// read off a touchpoint or an item (an item sees its touchpoint's fields).
/// A row without a value for a field (a touchpoint's impact, an unrated
/// item's, a persona the map does not have) matches no comparison of it.
public struct QueryField: Sendable {
    public enum Kind: String, Sendable {
        case number, text, flag
        /// YYYY-MM-DD, compared as days.
        case day
    }

    public var name: String
    public var aliases: [String] = []
    public var kind: Kind
    public var summary: String
    /// For a field holding one of a few words: the word a typed value means, as the field reads it, or nil.
    var choice: (@Sendable (String) -> String?)?
    /// Those words, for a message: "idea, planned, in progress or done".
    var choices = ""
    var read: @Sendable (QueryTarget) -> QueryValue?

    /// Every field, in the order `--fields` and README list them; `emotion.PERSONA` stands for one per persona.
    public static let all: [QueryField] = fixed + [emotionEntry] + metrics

    private static let fixed: [QueryField] = [
        QueryField(name: "map", kind: .text, summary: "the map's path in the folder") { .text($0.path) },
        QueryField(name: "title", kind: .text, summary: "the map's title") { .text($0.title) },
        QueryField(name: "stage", kind: .text, summary: "the stage's name") { .text($0.touchpoint.stage) },
        QueryField(name: "touchpoint", kind: .text, summary: "the touchpoint's name") { .text($0.touchpoint.name) },
        QueryField(name: "name", aliases: ["text"], kind: .text, summary: "an item's text, a touchpoint's name") {
            .text($0.item?.text ?? $0.touchpoint.name)
        },
        QueryField(name: "kind", kind: .text, summary: kinds,
                   choice: { QueryKindWord.named($0).map(\.rawValue) }, choices: kinds) {
            .text($0.item?.kind.rawValue ?? QueryKindWord.touchpoint.rawValue)
        },
        QueryField(name: "channel", kind: .text, summary: "the touchpoint's channel") { nonEmpty($0.touchpoint.channel) },
        QueryField(name: "owner", kind: .text, summary: "an item's owner, else its touchpoint's Owner lane") {
            nonEmpty($0.item?.owner ?? $0.touchpoint.owner)
        },
        QueryField(name: "moment", aliases: ["momentoftruth", "mot"], kind: .flag,
                   summary: "whether the touchpoint is a moment of truth (yes or no; `moment` alone is `moment=yes`)") {
            .flag($0.touchpoint.momentOfTruth)
        },
        QueryField(name: "evidence", kind: .text, summary: "how an item or touchpoint is known: " + levels,
                   choice: { EvidenceLevel.named($0)?.rawValue }, choices: levels) {
            .text(($0.item?.evidence ?? $0.touchpoint.evidence).rawValue)
        },
        QueryField(name: "link", kind: .text, summary: "the map a touchpoint opens into") { target in
            target.touchpoint.link.flatMap(nonEmpty)
        },
        QueryField(name: "impact", kind: .number, summary: "an item's impact, 1 to 5") { target in
            target.item?.impact.map { .number(Double($0)) }
        },
        QueryField(name: "effort", kind: .number, summary: "an item's effort, 1 to 5") { target in
            target.item?.effort.map { .number(Double($0)) }
        },
        QueryField(name: "priority", kind: .number, summary: "impact × (6 − effort), as the insights rank items") { target in
            target.item?.priority.map { .number(Double($0)) }
        },
        QueryField(name: "votes", kind: .number, summary: "an item's dot votes") { target in
            target.item.map { .number(Double($0.votes)) }
        },
        QueryField(name: "status", kind: .text, summary: "an item's status: \(statuses) (\"in progress\" also as inprogress)",
                   choice: { ItemStatus.named($0)?.words }, choices: statuses) { target in
            target.item?.status.map { .text($0.words) }
        },
        QueryField(name: "due", kind: .day, summary: "an item's due day, YYYY-MM-DD or today") { target in
            target.item?.due.flatMap(nonEmpty)
        },
    ]

    private static let kinds = either(QueryKindWord.allCases.map(\.rawValue))
    private static let levels = either(EvidenceLevel.allCases.map(\.rawValue))
    /// "idea, planned, in progress or done".
    public static let statuses = either(ItemStatus.allCases.map(\.words))

    /// "a, b or c".
    static func either(_ words: [String]) -> String {
        words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words.last!
    }

    private static let emotionEntry = QueryField(
        name: "emotion.PERSONA", kind: .number,
        summary: "how the persona feels at the touchpoint (PERSONA its id or name, spaces left out)") { _ in nil }

    private static let metrics: [QueryField] = Metric.allCases.map { metric in
        QueryField(name: metric.typedNames[0], aliases: (metric.typedNames.dropFirst() + [metric.rawValue]).filter { $0 != metric.typedNames[0] },
                   kind: .number,
                   summary: "the touchpoint's \(metric.label)" + (metric.unit.isEmpty ? "" : " (\(metric.unit))")) { target in
            target.touchpoint.metrics[metric].map { .number($0) }
        }
    }

    private static func nonEmpty(_ text: String) -> QueryValue? { text.isEmpty ? nil : .text(text) }

    static let emotionPrefix = "emotion."

    /// The field `typed` names (a name or an alias in any case, or `emotion.PERSONA`), or nil.
    public static func named(_ typed: String) -> QueryField? {
        let name = typed.lowercased()
        if name.hasPrefix(emotionPrefix) {
            let persona = String(typed.dropFirst(emotionPrefix.count))
            return persona.isEmpty ? nil : emotion(persona)
        }
        return byName[name]
    }

    private static let byName: [String: QueryField] = Dictionary(
        (fixed + metrics).flatMap { field in ([field.name] + field.aliases).map { ($0.lowercased(), field) } },
        uniquingKeysWith: { first, _ in first })

    /// A persona's score, the persona named by its id or its name (any case, spaces, `-` and `_` left out).
    static func emotion(_ persona: String) -> QueryField {
        let key = personaKey(persona)
        return QueryField(name: emotionPrefix + persona, kind: .number, summary: emotionEntry.summary) { target in
            guard let id = target.records.personas.first(where: { personaKey($0.id) == key || personaKey($0.name) == key })?.id
            else { return nil }
            return target.touchpoint.emotion[id].map { .number($0) }
        }
    }

    static func personaKey(_ text: String) -> String {
        TextFold.folded(text).filter { $0 != " " && $0 != "-" && $0 != "_" }
    }

    /// The field name nearest to a mistyped one, within a slip or two.
    static func nearest(to typed: String) -> String? {
        let word = Array(typed.lowercased().unicodeScalars)
        let names = (fixed + metrics).flatMap { [$0.name] + $0.aliases.filter { !$0.contains(where: \.isUppercase) } } + ["emotion"]
        var best: (name: String, distance: Int)?
        for name in names {
            let distance = editDistance(word, Array(name.unicodeScalars))
            if distance < best?.distance ?? Int.max { best = (name, distance) }
        }
        guard let best, best.distance <= min(2, max(1, word.count / 3)) else { return nil }
        return best.name
    }

    /// Levenshtein distance with a swap of two neighbours as one slip ("impcat" is one from "impact").
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var rows = [Array(0...b.count), Array(repeating: 0, count: b.count + 1), Array(repeating: 0, count: b.count + 1)]
        for i in 1...a.count {
            let (current, previous, before) = (i % 3, (i + 2) % 3, (i + 1) % 3)
            rows[current][0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var distance = min(rows[previous][j] + 1, rows[current][j - 1] + 1, rows[previous][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { distance = min(distance, rows[before][j - 2] + 1) }
                rows[current][j] = distance
            }
        }
        return rows[a.count % 3][b.count]
    }
}

/// What a query is about (its first word) and what the `kind` field holds.
public enum QueryKindWord: String, CaseIterable, Sendable {
    case touchpoint, pain, opportunity, quote

    /// The kind a word means, singular or plural, in any case: "pains", "Pain point", "opportunities".
    public static func named(_ typed: String) -> QueryKindWord? {
        let word = typed.lowercased().filter(\.isLetter)
        switch word {
        case "touchpoint", "touchpoints": return .touchpoint
        case "pain", "pains", "painpoint", "painpoints": return .pain
        case "opportunity", "opportunities": return .opportunity
        case "quote", "quotes": return .quote
        default: return nil
        }
    }
}
