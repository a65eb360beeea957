import FoundationEssentials
import JourneyJSON

/// A dot-voting round once revealed, kept in the map (`votingRounds`, format
/// version 3) so a later session knows who placed how many dots on what. The
/// items' `votes` hold the totals; this holds the ballots they came from.
public struct VotingRecord: Equatable, Sendable, Identifiable {
    public var id: String
    public var opened: String
    public var revealed: String
    public var budget: Int
    public var perItem: Int
    public var kinds: [LaneKind]
    /// Dots by participant, then by item id, as counted.
    public var ballots: [String: [String: Int]]
    public var extra: Extra

    public init(id: String, opened: String, revealed: String, budget: Int, perItem: Int, kinds: [LaneKind],
                ballots: [String: [String: Int]], extra: Extra = [:]) {
        self.id = id
        self.opened = opened
        self.revealed = revealed
        self.budget = budget
        self.perItem = perItem
        self.kinds = kinds
        self.ballots = ballots
        self.extra = extra
    }

    public var dots: Int { ballots.values.reduce(0) { $0 + $1.values.reduce(0, +) } }

    /// "revealed 2026-11-24 10:42 UTC: 3 participants, 15 dots (5 each, at most 3 on one)".
    public var summary: String {
        // 2026-11-24T10:42:07Z, to the minute.
        let when = revealed.count == 20 ? revealed.prefix(16).replacing("T", with: " ") + " UTC" : revealed
        let people = ballots.count == 1 ? "1 participant" : "\(ballots.count) participants"
        return "revealed \(when): \(people), \(dots) dot\(dots == 1 ? "" : "s") "
            + "(\(budget) each, at most \(perItem) on one)"
    }

    /// "pain points", "opportunities", "pain points and opportunities".
    public var kindsWords: String { VoteRound.words(kinds) }

    static let keys: Set<String> = ["id", "opened", "revealed", "budget", "perItem", "kinds", "ballots"]

    var json: JSONValue {
        var o = extra
        o["id"] = .string(id)
        o["opened"] = .string(opened)
        o["revealed"] = .string(revealed)
        o["budget"] = .int(budget)
        o["perItem"] = .int(perItem)
        o["kinds"] = .array(kinds.map { .string($0.rawValue) })
        o["ballots"] = .object(ballots.mapValues { .object($0.mapValues { .int($0) }) })
        return .object(o)
    }

    static func decode(_ value: JSONValue, _ path: JSONPath) throws(MapDecodingError) -> VotingRecord {
        let r = try ObjectReader(value, at: path)
        var ballots: [String: [String: Int]] = [:]
        if let reader = try r.object("ballots") {
            for (participant, dots) in reader.members {
                ballots[participant] = try VotingFiles.dots(try ObjectReader(dots, at: reader.path.key(participant)), in: 0...1_000_000)
            }
        }
        return VotingRecord(
            id: try r.requiredString("id"), opened: try r.string("opened"), revealed: try r.string("revealed"),
            budget: try r.requiredInt("budget", in: VoteRules.budgets),
            perItem: try r.requiredInt("perItem", in: 1...VoteRules.budgets.upperBound),
            kinds: try r.array("kinds").map { (value, path) throws(MapDecodingError) in try VotingFiles.kind(value, path) },
            ballots: ballots, extra: r.extra(known: keys))
    }
}

extension Edits {
    /// Reveals a round as one transaction: each item's votes grow by its
    /// tally (within the rule book's range), and the round with its ballots
    /// is appended to the map's `votingRounds`. Items deleted since the round
    /// opened are skipped. Nil when the round is already in the map.
    public static func reveal(_ map: JourneyMap, round: VoteRound, tally: VoteRules.Tally,
                              revealed: String) -> Transaction? {
        guard !map.votingRounds.contains(where: { $0.id == round.id }) else { return nil }
        var after = map
        var changes: [Change] = []
        let most = Int(NumericField.item(.votes).rule.range.upperBound)
        for (s, stage) in map.stages.enumerated() {
            for (i, touchpoint) in stage.touchpoints.enumerated() {
                for kind in round.kinds {
                    guard let items = touchpoint.items(of: kind), items.contains(where: { tally.totals[$0.id] != nil }),
                          let edit = updateItems(after, stage: s, index: i, kind: kind, { items in
                              for n in items.indices {
                                  items[n].votes = min(most, items[n].votes + (tally.totals[items[n].id] ?? 0))
                              }
                          }) else { continue }
                    edit.apply(to: &after)
                    changes += edit.changes
                }
            }
        }
        let record = VotingRecord(id: round.id, opened: round.opened, revealed: revealed, budget: round.budget,
                                  perItem: round.perItem, kinds: round.kinds,
                                  ballots: Dictionary(tally.ballots.map { ($0.participant, $0.dots) }, uniquingKeysWith: { a, _ in a }))
        guard let record = updateInfo(after, { $0.votingRounds.append(record) }) else { return nil }
        return Transaction(changes + record.changes)
    }
}
