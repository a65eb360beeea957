/// Fresh ids for a merge's new conflicts, `conflict-1` on, skipping those the map already has.
struct ConflictIDs {
    let taken: Set<String>
    private var number = 0

    init(taken: Set<String>) { self.taken = taken }

    mutating func next() -> String {
        var id: String
        repeat {
            number += 1
            id = "conflict-\(number)"
        } while taken.contains(id)
        return id
    }
}
