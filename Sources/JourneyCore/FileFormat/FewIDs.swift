/// Ids to look strings up in. A map holds a handful of personas, channels
/// and lanes, and every touchpoint refers to them: a few short ids compared
/// one by one are quicker than hashing each reference; many are hashed.
struct FewIDs {
    private static let most = 16
    private let list: [String]
    private let set: Set<String>

    init(_ ids: Set<String>) {
        list = ids.count <= Self.most ? Array(ids) : []
        set = ids.count <= Self.most ? [] : ids
    }

    func contains(_ id: String) -> Bool {
        set.isEmpty ? list.contains(id) : set.contains(id)
    }
}
