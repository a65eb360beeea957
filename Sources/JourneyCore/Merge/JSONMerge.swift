import JourneyJSON

/// A three-way merge of JSON: base (what both started from), ours and
/// theirs. Objects merge key by key; arrays of objects with ids merge by id,
/// in the order `OrderMerge` gives; arrays of distinct strings (ids cited,
/// goals) merge as ordered sets, each side's additions and removals kept; an
/// object both sides added merges as if base held an empty one. Where both sides changed one value
/// differently, `resolve` is asked (true keeps ours); nil means absent.
/// Journal recovery and `MapMerge` both build on it.
enum JSONMerge {
    struct Collision {
        /// For people: `text.actions`, `painPoints[pp-1].text`.
        var path: String
        /// The same place by keys and ids: `["painPoints", "pp-1", "text"]`.
        var location: [String]
        var base: JSONValue?
        var ours: JSONValue?
        var theirs: JSONValue?
    }

    static func merge(_ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?, at path: String,
                      resolve: (Collision) -> Bool) -> JSONValue? {
        merge(base, ours, theirs, at: path, location: [], resolve: resolve)
    }

    static func merge(_ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?, at path: String, location: [String],
                      resolve: (Collision) -> Bool) -> JSONValue? {
        if ours == base || ours == theirs { return theirs }
        if theirs == base { return ours }
        switch (base ?? ours.flatMap(Self.empty), ours, theirs) {
        case (.object(let b)?, .object(let o)?, .object(let t)?):
            var result: [String: JSONValue] = [:]
            for key in Set(b.keys).union(o.keys).union(t.keys) {
                result[key] = merge(b[key], o[key], t[key], at: path.isEmpty ? key : path + "." + key, location: location + [key],
                                    resolve: resolve)
            }
            return .object(result)
        case (.array(let b)?, .array(let o)?, .array(let t)?):
            if let bi = ids(b), let oi = ids(o), let ti = ids(t) {
                return .array(mergeByID((b, bi), (o, oi), (t, ti), at: path, location: location, resolve: resolve))
            }
            if let bs = strings(b), let os = strings(o), let ts = strings(t) {
                let (inBase, inOurs, inTheirs) = (Set(bs), Set(os), Set(ts))
                let order = OrderMerge.merge(base: bs, ours: os, theirs: ts) { text in
                    inBase.contains(text) ? inOurs.contains(text) && inTheirs.contains(text) : true
                }.order
                return .array(order.map(JSONValue.string))
            }
        default:
            break
        }
        let collision = Collision(path: path.isEmpty ? "(all of it)" : path, location: location, base: base, ours: ours, theirs: theirs)
        return resolve(collision) ? ours : theirs
    }

    /// What base is taken to hold where it had nothing and ours has a container: an empty one of its kind.
    private static func empty(_ value: JSONValue) -> JSONValue? {
        switch value {
        case .object: .object([:])
        case .array: .array([])
        default: nil
        }
    }

    /// The elements of an array of distinct strings, or nil.
    static func strings(_ array: [JSONValue]) -> [String]? {
        var texts: [String] = []
        var seen: Set<String> = []
        for element in array {
            guard case .string(let text) = element, seen.insert(text).inserted else { return nil }
            texts.append(text)
        }
        return texts
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
                                  at path: String, location: [String], resolve: (Collision) -> Bool) -> [JSONValue] {
        let base = Dictionary(uniqueKeysWithValues: zip(b.1, b.0))
        let ours = Dictionary(uniqueKeysWithValues: zip(o.1, o.0))
        let theirs = Dictionary(uniqueKeysWithValues: zip(t.1, t.0))
        var merged: [String: JSONValue] = [:]
        for id in Set(b.1).union(o.1).union(t.1) {
            merged[id] = merge(base[id], ours[id], theirs[id], at: "\(path)[\(id)]", location: location + [id], resolve: resolve)
        }
        return OrderMerge.merge(base: b.1, ours: o.1, theirs: t.1) { merged[$0] != nil }.order.map { merged[$0]! }
    }
}
