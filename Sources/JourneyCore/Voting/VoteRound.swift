import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open dot-voting round, as the facilitator's editor wrote it to
/// `round.json` beside the map: the budget, which kinds of item are voted
/// on, and a snapshot of those items (with their stage and touchpoint), so a
/// voter needs nothing else and sees even items not saved yet.
public struct VoteRound: Equatable, Sendable {
    public var id: String
    /// When it was opened, ISO 8601 in UTC (see `VoteClock`).
    public var opened: String
    /// Dots each participant may place in all.
    public var budget: Int
    /// Dots one participant may place on one item.
    public var perItem: Int
    /// Pain points, opportunities, or both, in the order the map shows them.
    public var kinds: [LaneKind]
    public var items: [VoteItem]
    /// When the tallies were revealed; from then on ballots no longer change.
    public var revealed: String?

    /// A round over the map's items of these kinds, stage by stage, touchpoint by touchpoint.
    public static func make(_ map: JourneyMap, id: String, opened: String, budget: Int, perItem: Int,
                            kinds: [LaneKind]) -> VoteRound {
        let kinds = LaneKind.itemLists.filter(kinds.contains)
        var items: [VoteItem] = []
        for stage in map.stages {
            for touchpoint in stage.touchpoints {
                for kind in kinds {
                    for item in touchpoint.items(of: kind) ?? [] {
                        items.append(VoteItem(id: item.id, kind: kind, stage: stage.name, touchpoint: touchpoint.name,
                                              text: item.text))
                    }
                }
            }
        }
        return VoteRound(id: id, opened: opened, budget: budget, perItem: perItem, kinds: kinds, items: items)
    }

    public func item(id: String) -> VoteItem? { items.first { $0.id == id } }

    /// "pain points", "opportunities", "pain points and opportunities".
    public var kindsWords: String { Self.words(kinds) }

    static func words(_ kinds: [LaneKind]) -> String {
        kinds.map { $0 == .painPoints ? "pain points" : "opportunities" }.joined(separator: " and ")
    }
}

/// One item of a round, as it was when the round opened.
public struct VoteItem: Equatable, Sendable {
    public var id: String
    public var kind: LaneKind
    public var stage: String
    public var touchpoint: String
    public var text: String
}

/// What a participant placed: dots by item id, rewritten whole on every submit.
public struct Ballot: Equatable, Sendable {
    /// The participant's name as typed (`--as NAME`); the file's name is made from it.
    public var participant: String
    /// The round it was cast in; a ballot of another round is not counted.
    public var round: String
    public var dots: [String: Int]
    /// When it was submitted, ISO 8601 in UTC.
    public var submitted: String?

    public init(participant: String, round: String, dots: [String: Int] = [:], submitted: String? = nil) {
        self.participant = participant
        self.round = round
        self.dots = dots
        self.submitted = submitted
    }

    public var total: Int { dots.values.reduce(0) { $0 + max(0, $1) } }
    public func dots(on item: String) -> Int { dots[item] ?? 0 }
}

/// Times in the voting files and the map: ISO 8601 in UTC, to the second.
public enum VoteClock {
    public static func stamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let two = { (n: Int32) in n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// "10:42", the local time of day, for people.
    public static func timeOfDay(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        let two = { (n: Int32) in n < 10 ? "0\(n)" : "\(n)" }
        return two(parts.tm_hour) + ":" + two(parts.tm_min)
    }
}
