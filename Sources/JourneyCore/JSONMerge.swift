/// A three-way merge of JSON: base (what both started from), ours and
/// theirs. Objects merge key by key; arrays of objects with ids merge by id
/// (a `journey merge` git driver could use the same). Where both sides
/// changed one value differently, `resolve` is asked (true keeps ours);
/// nil means absent.
enum JSONMerge {
    struct Collision {
        var path: String
        var ours: JSONValue?
        var theirs: JSONValue?
    }

    static func merge(_ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?, at path: String,
                      resolve: (Collision) -> Bool) -> JSONValue? {
        if ours == base || ours == theirs { return theirs }
        if theirs == base { return ours }
        switch (base, ours, theirs) {
        case (.object(let b)?, .object(let o)?, .object(let t)?):
            var result: [String: JSONValue] = [:]
            for key in Set(b.keys).union(o.keys).union(t.keys) {
                result[key] = merge(b[key], o[key], t[key], at: path.isEmpty ? key : path + "." + key, resolve: resolve)
            }
            return .object(result)
        case (.array(let b)?, .array(let o)?, .array(let t)?):
            if let bi = ids(b), let oi = ids(o), let ti = ids(t) {
                return .array(mergeByID((b, bi), (o, oi), (t, ti), at: path, resolve: resolve))
            }
        default:
            break
        }
        return resolve(Collision(path: path.isEmpty ? "(all of it)" : path, ours: ours, theirs: theirs)) ? ours : theirs
    }

    /// The ids of an array of objects that each have a distinct string id, or nil.
    static func ids(_ array: [JSONValue]) -> [String]? {
        var ids: [String] = []
        var seen: Set<String> = []
        for element in array {
            guard case .object(let members) = element, case .string(let id)? = members["id"], seen.insert(id).inserted else { return nil }
            ids.append(id)
        }
        return ids
    }

    private static func mergeByID(_ b: ([JSONValue], [String]), _ o: ([JSONValue], [String]), _ t: ([JSONValue], [String]),
                                  at path: String, resolve: (Collision) -> Bool) -> [JSONValue] {
        let base = Dictionary(uniqueKeysWithValues: zip(b.1, b.0))
        let ours = Dictionary(uniqueKeysWithValues: zip(o.1, o.0))
        let theirs = Dictionary(uniqueKeysWithValues: zip(t.1, t.0))
        var merged: [String: JSONValue] = [:]
        for id in Set(b.1).union(o.1).union(t.1) {
            merged[id] = merge(base[id], ours[id], theirs[id], at: "\(path)[\(id)]", resolve: resolve)
        }
        // The order: the side that reordered what was there, else theirs;
        // what only the other side has goes after its neighbour there.
        let common = Set(b.1).intersection(o.1).intersection(t.1)
        let theirsMoved = t.1.filter(common.contains) != b.1.filter(common.contains)
        let (skeleton, other) = theirsMoved ? (t.1, o.1) : (o.1, t.1)
        var order = skeleton.filter { merged[$0] != nil }
        for (i, id) in other.enumerated() where merged[id] != nil && !order.contains(id) {
            let before = other[..<i].last { order.contains($0) }
            order.insert(id, at: before.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 } ?? 0)
        }
        return order.map { merged[$0]! }
    }
}
