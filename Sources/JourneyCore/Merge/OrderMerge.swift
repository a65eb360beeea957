/// The order of one list of ids after a three-way merge. Each element sits
/// where the side that placed it put it: the side that inserted it, moved it
/// in, or moved it within the list (off the longest run kept in base order);
/// else where base had it. What a side placed goes after its nearest
/// neighbour in that side's list; where both sides put things at the same
/// place, ours come first, then theirs. An element both sides moved to
/// different places is `disputed` and follows ours.
enum OrderMerge {
    struct Outcome: Equatable {
        var order: [String]
        var disputed: [String]
    }

    private enum Placer { case base, ours, theirs }

    /// `keep` says which ids belong in the merged list; kept ids in none of
    /// the three lists go at the end, in the order of `others`.
    static func merge(base: [String], ours: [String], theirs: [String], others: [String] = [],
                      keep: (String) -> Bool) -> Outcome {
        let inBase = Set(base)
        let oursMoved = moved(base, ours, inBase)
        let theirsMoved = moved(base, theirs, inBase)
        let oursPrevious = predecessors(ours)
        let theirsPrevious = predecessors(theirs)
        var disputed: [String] = []
        var placer: [String: Placer] = [:]
        for id in ours where keep(id) && (!inBase.contains(id) || oursMoved.contains(id)) { placer[id] = .ours }
        for id in theirs where keep(id) && (!inBase.contains(id) || theirsMoved.contains(id)) {
            if placer[id] == .ours {
                if oursPrevious[id] != theirsPrevious[id] { disputed.append(id) }
            } else {
                placer[id] = .theirs
            }
        }
        var order = base.filter { keep($0) && placer[$0] == nil }
        var placed = Set(order)
        for id in order { placer[id] = .base }
        func insert(_ list: [String], by side: Placer) {
            for (i, id) in list.enumerated() where placer[id] == side && !placed.contains(id) {
                let anchor = list[..<i].last { placed.contains($0) && (placer[$0] == .base || placer[$0] == side) }
                var at = anchor.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
                if side == .theirs { while at < order.count && placer[order[at]] == .ours { at += 1 } }
                order.insert(id, at: at)
                placed.insert(id)
            }
        }
        insert(ours, by: .ours)
        insert(theirs, by: .theirs)
        for id in ours + theirs + others where keep(id) && !placed.contains(id) {
            order.append(id)
            placed.insert(id)
        }
        return Outcome(order: order, disputed: disputed)
    }

    private static func predecessors(_ list: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for (i, id) in list.enumerated() where i > 0 { result[id] = list[i - 1] }
        return result
    }

    /// The ids of `side` also in base that are off a longest run in base
    /// order: a longest increasing run of their base positions, O(n log n).
    static func moved(_ base: [String], _ side: [String], _ inBase: Set<String>) -> Set<String> {
        var position: [String: Int] = [:]
        for (i, id) in base.enumerated() { position[id] = i }
        let common = side.filter(inBase.contains)
        let positions = common.map { position[$0]! }
        var tails: [Int] = []  // index into positions of the smallest tail of a run of each length
        var previous = [Int](repeating: -1, count: positions.count)
        for (i, p) in positions.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if positions[tails[mid]] < p { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[i] = tails[low - 1] }
            if low == tails.count { tails.append(i) } else { tails[low] = i }
        }
        var staying: Set<String> = []
        var i = tails.last ?? -1
        while i >= 0 {
            staying.insert(common[i])
            i = previous[i]
        }
        return Set(common).subtracting(staying)
    }
}
