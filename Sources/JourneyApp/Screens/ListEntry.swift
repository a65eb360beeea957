/// An entry of a list of plain strings (a persona's goals, the map's
/// goals), which has no id: where it was and the text it had when a field
/// was opened on it, so the answer finds it again after the list changed.
struct ListEntry: Equatable, Sendable {
    var index: Int
    var text: String

    /// The entry at `index` of `list`, as it is now.
    init(_ index: Int, in list: [String]) {
        self.index = index
        text = list[index]
    }

    /// Where the entry is now: its index if it still holds the text, else
    /// the nearest that does; nil when the text is gone.
    func index(in list: [String]) -> Int? {
        if list.indices.contains(index), list[index] == text { return index }
        return list.indices.filter { list[$0] == text }.min { abs($0 - index) < abs($1 - index) }
    }
}

/// A place to insert into such a list: just after the entry that was
/// before it (found again as above), else at the index it had.
struct ListInsertion: Equatable, Sendable {
    var index: Int
    var after: ListEntry?

    init(_ index: Int, in list: [String]) {
        self.index = index
        after = list.indices.contains(index - 1) ? ListEntry(index - 1, in: list) : nil
    }

    func index(in list: [String]) -> Int {
        if let found = after?.index(in: list) { return found + 1 }
        return min(max(0, index), list.count)
    }
}
