import FoundationEssentials

/// The rules of a dot vote, in one place: the voter's screen, the
/// facilitator's entry and the reveal all ask here. A ballot may place at
/// most `budget` dots in all, at most `perItem` on one item, only on the
/// round's items, and never fewer than none.
public enum VoteRules {
    /// "1 dot", "5 dots".
    public static func dots(_ count: Int) -> String { count == 1 ? "1 dot" : "\(count) dots" }

    /// The budgets a round may have, and the most dots on one item.
    public static let budgets = 1...99
    public static let defaultBudget = 5
    public static let defaultPerItem = 3

    /// Why a dot cannot be placed or taken back.
    public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        case noDotsLeft(budget: Int)
        case itemFull(perItem: Int)
        case notInRound
        case noDotToTake

        public var description: String {
            switch self {
            case .noDotsLeft(let budget): "all \(budget) dots are placed; take one back with - to place it elsewhere"
            case .itemFull(let perItem): "at most \(perItem) dot\(perItem == 1 ? "" : "s") on one item"
            case .notInRound: "that item is not in this round"
            case .noDotToTake: "no dot on this item to take back"
            }
        }
    }

    /// A budget and a limit per item that make a round, or why not.
    public static func check(budget: Int, perItem: Int) -> String? {
        guard budgets.contains(budget) else {
            return "a budget of \(budget) dots? give \(budgets.lowerBound) to \(budgets.upperBound)"
        }
        guard (1...budget).contains(perItem) else { return "at most \(perItem) on one item? give 1 to the budget, \(budget)" }
        return nil
    }

    /// Dots left to place.
    public static func left(_ ballot: Ballot, in round: VoteRound) -> Int { max(0, round.budget - ballot.total) }

    /// The ballot with one dot more (`step` 1) or fewer (-1) on an item.
    public static func placing(_ step: Int, on item: String, in ballot: Ballot,
                               round: VoteRound) -> Result<Ballot, Refusal> {
        guard round.item(id: item) != nil else { return .failure(.notInRound) }
        let now = ballot.dots(on: item)
        var next = ballot
        if step > 0 {
            guard ballot.total + step <= round.budget else { return .failure(.noDotsLeft(budget: round.budget)) }
            guard now + step <= round.perItem else { return .failure(.itemFull(perItem: round.perItem)) }
        } else {
            guard now > 0 else { return .failure(.noDotToTake) }
        }
        let after = max(0, now + step)
        next.dots[item] = after == 0 ? nil : after
        return .success(next)
    }

    /// The ballot as the rules allow it, and what had to go, in words. A
    /// ballot edited by hand may break them: dots on items not in the round,
    /// below zero, over the limit on one item, or over the budget (the dots
    /// over it go from the round's last items first).
    public static func clipped(_ ballot: Ballot, round: VoteRound) -> (Ballot, [String]) {
        var notes: [String] = []
        var kept = Ballot(participant: ballot.participant, round: ballot.round, submitted: ballot.submitted)
        let unknown = ballot.dots.keys.filter { round.item(id: $0) == nil }
        if !unknown.isEmpty {
            notes.append("\(unknown.count) item\(unknown.count == 1 ? "" : "s") not in the round ignored")
        }
        var total = 0
        var overItem = false, overBudget = false, negative = false
        for item in round.items {
            guard let placed = ballot.dots[item.id] else { continue }
            if placed < 0 { negative = true }
            if placed > round.perItem { overItem = true }
            var dots = min(max(0, placed), round.perItem)
            if total + dots > round.budget {
                overBudget = true
                dots = round.budget - total
            }
            total += dots
            if dots > 0 { kept.dots[item.id] = dots }
        }
        if negative { notes.append("dots below zero counted as none") }
        if overItem { notes.append("more than \(round.perItem) on one item cut to \(round.perItem)") }
        if overBudget { notes.append("dots over the budget of \(round.budget) left out") }
        return (kept, notes)
    }

    /// The round's tallies: dots per item from every ballot of this round,
    /// each clipped to the rules first. Ballots of other rounds are not counted.
    public static func tally(_ ballots: [Ballot], round: VoteRound) -> Tally {
        var tally = Tally()
        for ballot in ballots.sorted(by: { $0.participant < $1.participant }) {
            guard ballot.round == round.id else {
                tally.notes.append("\(ballot.participant): a ballot of another round, not counted")
                continue
            }
            let (kept, notes) = clipped(ballot, round: round)
            if !notes.isEmpty { tally.notes.append(ballot.participant + ": " + notes.joined(separator: ", ")) }
            guard !kept.dots.isEmpty else { continue }
            tally.ballots.append(kept)
            for (item, dots) in kept.dots { tally.totals[item, default: 0] += dots }
        }
        return tally
    }

    public struct Tally: Equatable, Sendable {
        /// Dots per item id.
        public var totals: [String: Int] = [:]
        /// The ballots counted, as counted (clipped), by participant.
        public var ballots: [Ballot] = []
        /// What was left out or cut, by participant, in words.
        public var notes: [String] = []

        public var dots: Int { totals.values.reduce(0, +) }
    }
}

/// The name a participant votes under. Names are shown to the room and name
/// a file, so they are kept short and printable.
public enum ParticipantName {
    public static let longest = 40

    /// Why a name cannot be used, or nil.
    public static func problem(_ name: String) -> String? {
        if name.trimmingSpaces().isEmpty { return "a participant needs a name" }
        if name.count > longest { return "a name of at most \(longest) characters, please (this one has \(name.count))" }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format }) {
            return "a name without control characters, please"
        }
        return nil
    }

    /// The ballot's file name: the name's UTF-8 bytes in hex, so every name
    /// gets its own file, none can leave the folder, and names that differ
    /// only in case never meet on a case-insensitive disk. Names too long for
    /// a file name keep their first bytes and a hash of the rest; the name
    /// inside the file tells any two such apart.
    public static func fileName(_ name: String) -> String {
        let bytes = Array(name.utf8)
        let hex = { (bytes: ArraySlice<UInt8>) in bytes.map { b in String(b, radix: 16).leftPadded(to: 2) }.joined() }
        guard bytes.count > 100 else { return "ballot-" + hex(bytes[...]) + ".json" }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            hash ^= UInt64(b)
            hash = hash &* 0x100_0000_01b3
        }
        return "ballot-" + hex(bytes[..<100]) + "-" + String(hash, radix: 16).leftPadded(to: 16) + ".json"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
