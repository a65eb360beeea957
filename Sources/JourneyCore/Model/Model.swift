import JourneyJSON

/// The document model, version 3 of the file format. Value types only: a map
/// is compared, copied and undone as a value. `extra` holds the members of a
/// JSON object that this version does not know, so a save keeps them.
public typealias Extra = [String: JSONValue]

public struct JourneyMap: Equatable, Sendable {
    public var title: String
    public var objectives: Objectives
    public var personas: [Persona]
    public var channels: [Channel]
    public var lanes: [Lane]
    public var stages: [Stage]
    public var emotionScale: EmotionScale
    public var extra: Extra
    /// What a three-way merge could not decide, until someone does (see `MergeConflict`).
    public var conflicts: [MergeConflict] = []
    /// Ideas that belong on no touchpoint yet (`:park`), placed later as an item of a list lane.
    public var parkingLot: [Item] = []
    /// Dot-voting rounds revealed on this map, with who placed what (`:vote reveal`).
    public var votingRounds: [VotingRecord] = []
    /// The research the map rests on, cited by touchpoints, lane texts and items.
    public var sources: [Source] = []
    /// The map this one is the future state of, as typed: relative to this map's folder (see `MapLink`).
    public var futureOf: String?

    public init(title: String, objectives: Objectives = Objectives(), personas: [Persona] = [],
                channels: [Channel] = [], lanes: [Lane] = Lane.defaults, stages: [Stage] = [],
                emotionScale: EmotionScale = EmotionScale(), extra: Extra = [:]) {
        self.title = title
        self.objectives = objectives
        self.personas = personas
        self.channels = channels
        self.lanes = lanes
        self.stages = stages
        self.emotionScale = emotionScale
        self.extra = extra
    }

    public var touchpointCount: Int { stages.reduce(0) { $0 + $1.touchpoints.count } }

    public func channel(id: String?) -> Channel? {
        guard let id else { return nil }
        return channels.first { $0.id == id }
    }
}

public enum ReviewCadence: String, CaseIterable, Sendable {
    case weekly, monthly, quarterly, halfYearly, yearly

    /// "half-yearly" rather than the file's "halfYearly".
    public var words: String { self == .halfYearly ? "half-yearly" : rawValue }

    /// How long after a review the next one is due.
    public var interval: (days: Int, months: Int) {
        switch self {
        case .weekly: (7, 0)
        case .monthly: (0, 1)
        case .quarterly: (0, 3)
        case .halfYearly: (0, 6)
        case .yearly: (0, 12)
        }
    }
}

public struct Objectives: Equatable, Sendable {
    /// Why the map exists.
    public var purpose: String
    public var goals: [String]
    public var scope: String
    /// An ISO 8601 date (YYYY-MM-DD), or nil when never reviewed.
    public var lastReviewed: String?
    public var reviewCadence: ReviewCadence?
    public var extra: Extra

    public init(purpose: String = "", goals: [String] = [], scope: String = "", lastReviewed: String? = nil,
                reviewCadence: ReviewCadence? = nil, extra: Extra = [:]) {
        self.purpose = purpose
        self.goals = goals
        self.scope = scope
        self.lastReviewed = lastReviewed
        self.reviewCadence = reviewCadence
        self.extra = extra
    }
}

public struct Persona: Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var age: Int?
    public var gender = ""
    public var income = ""
    public var education = ""
    public var location = ""
    public var jobTitle = ""
    public var goals: [String] = []
    public var challenges: [String] = []
    public var buyingHabits = ""
    public var decisionProcess = ""
    /// Ids of channels in the map's channel list.
    public var preferredChannels: [String] = []
    public var quote = ""
    public var story = ""
    /// A copy of the workspace library's persona of this id (`WorkspaceLibrary`): the library's fields win on opening.
    public var shared = false
    public var extra: Extra = [:]

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

public struct Channel: Equatable, Sendable, Identifiable {
    public enum Kind: String, CaseIterable, Sendable { case online, offline }
    public var id: String
    public var name: String
    public var kind: Kind
    /// A copy of the workspace library's channel of this id (`WorkspaceLibrary`).
    public var shared = false
    public var extra: Extra = [:]

    public init(id: String, name: String, kind: Kind, extra: Extra = [:]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.extra = extra
    }
}

public enum LaneKind: String, CaseIterable, Sendable {
    case actions, thoughts, emotion, painPoints, opportunities, quotes, owner, metrics, text

    /// Lanes whose cell is free text, stored in `Touchpoint.text` under the lane id.
    public var holdsText: Bool { self == .actions || self == .thoughts || self == .owner || self == .text }

    /// The lanes that hold lists of items, in the order they are shown.
    public static let itemLists: [LaneKind] = [.painPoints, .opportunities, .quotes]

    /// One item of this lane, in words: "pain point"; nil for lanes that are not lists.
    public var itemNoun: String? {
        switch self {
        case .painPoints: "pain point"
        case .opportunities: "opportunity"
        case .quotes: "quote"
        default: nil
        }
    }

    public var defaultName: String {
        switch self {
        case .actions: "Actions"
        case .thoughts: "Thoughts"
        case .emotion: "Emotion"
        case .painPoints: "Pain points"
        case .opportunities: "Opportunities"
        case .quotes: "Quotes"
        case .owner: "Owner"
        case .metrics: "Metrics"
        case .text: "Notes"
        }
    }
}

public struct Lane: Equatable, Sendable, Identifiable {
    public var id: String
    public var kind: LaneKind
    public var name: String
    public var hidden: Bool
    public var extra: Extra

    public init(id: String, kind: LaneKind, name: String? = nil, hidden: Bool = false, extra: Extra = [:]) {
        self.id = id
        self.kind = kind
        self.name = name ?? kind.defaultName
        self.hidden = hidden
        self.extra = extra
    }

    public static let defaults: [Lane] = [
        .actions, .thoughts, .emotion, .painPoints, .opportunities, .quotes, .owner, .metrics,
    ].map { Lane(id: $0.rawValue, kind: $0) }
}

public struct EmotionScale: Equatable, Sendable {
    public var min: Int
    public var max: Int
    public var extra: Extra

    public init(min: Int = -2, max: Int = 2, extra: Extra = [:]) {
        self.min = min
        self.max = max
        self.extra = extra
    }

    /// The neutral score: zero when the scale spans it, else the middle.
    public var neutral: Double {
        min <= 0 && 0 <= max ? 0 : (Double(min) + Double(max)) / 2
    }

    /// How many whole scores the scale holds. Never traps, even for a scale
    /// made in code outside the rule book's limits (see `RuleBook.checkScale`).
    public var steps: Int {
        guard min <= max else { return 0 }
        let (span, overflow) = max.subtractingReportingOverflow(min)
        return overflow || span == .max ? .max : span + 1
    }

    public func clamp(_ score: Double) -> Double { Swift.min(Swift.max(score, Double(min)), Double(max)) }
}

public struct Stage: Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var goal: String
    public var touchpoints: [Touchpoint]
    public var metrics: Metrics
    public var extra: Extra

    public init(id: String, name: String, goal: String = "", touchpoints: [Touchpoint] = [],
                metrics: Metrics = Metrics(), extra: Extra = [:]) {
        self.id = id
        self.name = name
        self.goal = goal
        self.touchpoints = touchpoints
        self.metrics = metrics
        self.extra = extra
    }
}

public struct Touchpoint: Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// Id of a channel in the map's channel list.
    public var channel: String?
    public var momentOfTruth = false
    /// Free text per text lane, keyed by lane id.
    public var text: SmallMap<String, String> = [:]
    /// Emotion score per persona, keyed by persona id.
    public var emotion: SmallMap<String, Double> = [:]
    public var painPoints: [Item] = []
    public var opportunities: [Item] = []
    public var quotes: [Item] = []
    public var metrics = Metrics()
    /// What backs the touchpoint itself.
    public var evidence = Evidence()
    /// The sources each text lane's text cites, keyed by lane id.
    public var laneSources: SmallMap<String, [String]> = [:]
    /// Another map this touchpoint opens into, as typed: relative to this map's folder (see `MapLink`).
    public var link: String?
    public var extra: Extra = [:]

    public init(id: String, name: String, channel: String? = nil) {
        self.id = id
        self.name = name
        self.channel = channel
    }
}

/// A pain point, an opportunity or a quote. Impact and effort run 1 (low)
/// to 5 (high); see `ItemFigure` and `NumericField` for their rules. An
/// opportunity also says what is being done about it: a status, an owner,
/// a due day and the pain points it addresses (by id).
public struct Item: Equatable, Sendable, Identifiable {
    // The optionals last: each Int? is nine bytes, and between the others they padded an item to 128 bytes, not 120.
    public var id: String
    public var text: String
    public var owner: String
    /// A day as the file writes it, YYYY-MM-DD (see `CalendarDay`).
    public var due: String?
    public var votes: Int
    /// Ids of the pain points this opportunity addresses. A link whose pain
    /// point is gone is kept but shown nowhere (see `Links`).
    public var addresses: [String]
    /// For an opportunity of a future-state map: ids of the current-state map's
    /// pain points it is meant to remove (see `JourneyMap.futureOf`).
    public var removes: [String] = []
    public var extra: Extra
    public var evidence = Evidence()
    public var impact: Int?
    public var effort: Int?
    public var status: ItemStatus?

    public init(id: String, text: String, impact: Int? = nil, effort: Int? = nil, votes: Int = 0,
                status: ItemStatus? = nil, owner: String = "", due: String? = nil, addresses: [String] = [],
                extra: Extra = [:]) {
        self.id = id
        self.text = text
        self.impact = impact
        self.effort = effort
        self.votes = votes
        self.status = status
        self.owner = owner
        self.due = due
        self.addresses = addresses
        self.extra = extra
    }
}

/// How far an opportunity has got. The raw value is the file's.
public enum ItemStatus: String, CaseIterable, Sendable {
    case idea, planned, inProgress, done

    public var words: String { self == .inProgress ? "in progress" : rawValue }

    /// The status a user means: its words or the file's name, in any case,
    /// with or without the space ("in progress", "inprogress", "in-progress").
    public static func named(_ typed: String) -> ItemStatus? {
        let squeezed = typed.lowercased().filter { $0.isLetter }
        return allCases.first { $0.rawValue.lowercased() == squeezed }
    }
}

extension Touchpoint {
    /// The item list a lane kind shows, or nil for lanes that are not lists.
    public func items(of kind: LaneKind) -> [Item]? {
        switch kind {
        case .painPoints: painPoints
        case .opportunities: opportunities
        case .quotes: quotes
        default: nil
        }
    }

    public mutating func setItems(_ items: [Item], of kind: LaneKind) {
        switch kind {
        case .painPoints: painPoints = items
        case .opportunities: opportunities = items
        case .quotes: quotes = items
        default: break
        }
    }
}
