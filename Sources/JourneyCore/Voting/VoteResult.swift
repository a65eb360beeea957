/// One item's share of a revealed round: its dots and who placed them.
public struct VoteResult: Equatable, Sendable {
    public var item: String
    public var dots: Int
    /// Participants and their dots on the item, most first, then by name.
    public var placedBy: [(participant: String, dots: Int)]

    public static func == (a: VoteResult, b: VoteResult) -> Bool {
        a.item == b.item && a.dots == b.dots && a.placedBy.elementsEqual(b.placedBy, by: { $0 == $1 })
    }
}

extension VotingRecord {
    /// The items the round's ballots placed dots on, most dots first, then by id.
    public var results: [VoteResult] {
        var byItem: [String: [(participant: String, dots: Int)]] = [:]
        for (participant, dots) in ballots {
            for (item, count) in dots where count > 0 { byItem[item, default: []].append((participant, count)) }
        }
        return byItem.map { item, placed in
            VoteResult(item: item, dots: placed.reduce(0) { $0 + $1.dots },
                       placedBy: placed.sorted { $0.dots > $1.dots || ($0.dots == $1.dots && $0.participant < $1.participant) })
        }.sorted { $0.dots > $1.dots || ($0.dots == $1.dots && $0.item < $1.item) }
    }
}
