/// How well a claim on the map is backed: seen in research, told by
/// customers, measured in data, or nobody's checked. The raw value is the file's.
public enum EvidenceLevel: String, CaseIterable, Sendable {
    case observed, reported, measured, assumed

    public var words: String {
        switch self {
        case .observed: "observed in research"
        case .reported: "reported by customers"
        case .measured: "measured in data"
        case .assumed: "assumed"
        }
    }

    /// The level a user means: its raw value or its first word, in any case.
    public static func named(_ typed: String) -> EvidenceLevel? {
        let word = typed.lowercased()
        return allCases.first { $0.rawValue == word || $0.words.hasPrefix(word) && word.count >= 3 }
    }
}

/// A piece of research the map rests on.
public struct Source: Equatable, Sendable, Identifiable {
    public enum Kind: String, CaseIterable, Sendable {
        case interview, survey, analytics, supportTickets, usabilityTest, observation

        public var words: String {
            switch self {
            case .interview: "interview"
            case .survey: "survey"
            case .analytics: "analytics report"
            case .supportTickets: "support tickets"
            case .usabilityTest: "usability test"
            case .observation: "observation"
            }
        }

        /// What a claim citing only this kind of source is.
        public var level: EvidenceLevel {
            switch self {
            case .interview, .usabilityTest, .observation: .observed
            case .survey, .supportTickets: .reported
            case .analytics: .measured
            }
        }

        /// The kind a user means: its words or the file's name, in any case, with or
        /// without spaces ("support tickets", "supportTickets", "tickets", "usability").
        public static func named(_ typed: String) -> Kind? {
            let squeezed = typed.lowercased().filter { $0.isLetter }
            guard !squeezed.isEmpty else { return nil }
            return allCases.first { $0.rawValue.lowercased() == squeezed }
                ?? allCases.first { kind in kind.words.split(separator: " ").contains { $0 == squeezed } }
        }

        /// The names to type, for help and messages.
        public static let typedList = allCases.map { $0.words.split(separator: " ")[0] }.joined(separator: " ")
    }

    public var id: String
    public var kind: Kind
    public var title: String
    /// When the research was done, YYYY-MM-DD (see `CalendarDay`).
    public var day: String?
    /// A URL or a path to the report, recording or data.
    public var link: String
    public var note: String
    public var extra: Extra

    public init(id: String, kind: Kind, title: String, day: String? = nil, link: String = "", note: String = "",
                extra: Extra = [:]) {
        self.id = id
        self.kind = kind
        self.title = title
        self.day = day
        self.link = link
        self.note = note
        self.extra = extra
    }
}

/// What backs a touchpoint or an item: the sources it cites (by id) and,
/// when someone has said so, its level. A citation of a source that is gone
/// (deleted on another branch) is kept but counts for nothing.
public struct Evidence: Equatable, Sendable {
    public var sources: [String]
    /// Said by a person; nil when the level follows from the sources.
    public var level: EvidenceLevel?
    public var extra: Extra

    public init(sources: [String] = [], level: EvidenceLevel? = nil, extra: Extra = [:]) {
        self.sources = sources
        self.level = level
        self.extra = extra
    }

    public var isEmpty: Bool { sources.isEmpty && level == nil && extra.isEmpty }

    /// The level to show: the one said, else what the sources that exist
    /// show (observed before measured before reported), else assumed.
    public func level(in sources: [Source]) -> EvidenceLevel {
        if let level { return level }
        let kinds = self.sources.compactMap { id in sources.first { $0.id == id }?.kind.level }
        return EvidenceLevel.allCases.first { kinds.contains($0) } ?? .assumed
    }

    /// The cited sources that exist, in the order cited.
    public func cited(in sources: [Source]) -> [Source] {
        self.sources.compactMap { id in sources.first { $0.id == id } }
    }
}
