import JourneyJSON

/// Where two versions of a JSON document differ, as the smallest places
/// that differ: members by key, elements of a list of things with ids by id
/// (a list whose shared elements changed order differs as a whole). Each
/// place has a path as `MergeConflict.path` has it, and the base's version.
enum JSONDifferences {
    struct Difference {
        var path: [String]
        var base: JSONValue?
        var ours: JSONValue?
        var theirs: JSONValue?
    }

    static func between(base: JSONValue?, ours: JSONValue?, theirs: JSONValue?, at path: [String] = []) -> [Difference] {
        guard ours != theirs else { return [] }
        switch (ours, theirs) {
        case (.object(let o)?, .object(let t)?):
            let b: [String: JSONValue] = if case .object(let b)? = base { b } else { [:] }
            return Set(o.keys).union(t.keys).sorted().flatMap { key in
                between(base: b[key], ours: o[key], theirs: t[key], at: path + [key])
            }
        case (.array(let o)?, .array(let t)?):
            guard let o = byID(o), let t = byID(t), sharedInOneOrder(o.ids, t.ids) else { break }
            let b: [String: JSONValue] = if case .array(let b)? = base { byID(b)?.elements ?? [:] } else { [:] }
            var seen = Set(o.ids)
            return (o.ids + t.ids.filter { seen.insert($0).inserted }).flatMap { id in
                between(base: b[id], ours: o.elements[id], theirs: t.elements[id], at: path + [id])
            }
        default:
            break
        }
        return [Difference(path: path, base: base, ours: ours, theirs: theirs)]
    }

    /// A list's elements by id, when each has an id of its own.
    private static func byID(_ list: [JSONValue]) -> (ids: [String], elements: [String: JSONValue])? {
        var elements: [String: JSONValue] = [:]
        var ids: [String] = []
        for element in list {
            guard let id = JSONAddress.id(of: element), elements.updateValue(element, forKey: id) == nil else { return nil }
            ids.append(id)
        }
        return (ids, elements)
    }

    private static func sharedInOneOrder(_ a: [String], _ b: [String]) -> Bool {
        let inB = Set(b)
        let inA = Set(a)
        return a.filter(inB.contains) == b.filter(inA.contains)
    }
}
