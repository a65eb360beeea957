import JourneyJSON

/// A place where a three-way merge (`journey merge`) found both sides
/// changing the same thing differently, kept in the map until someone
/// decides. The map itself holds ours there, or the changed version where
/// one side deleted what the other changed; `base`, `ours` and `theirs` hold
/// each version's JSON (nil: absent, i.e. deleted). `path` names the place
/// by keys and ids, never by position: `["stages", "decision",
/// "touchpoints", "tp-8", "text", "actions"]`.
public struct MergeConflict: Equatable, Sendable, Identifiable {
    public enum Kind: String, CaseIterable, Sendable {
        /// The value at `path`.
        case value
        /// Where the thing at `path` sits; each version is `{"in": PATH-OF-LIST, "after": ID}`.
        case place
    }

    public var id: String
    public var kind: Kind
    public var path: [String]
    /// For a human: `Touchpoint "Checkout": Actions`.
    public var what: String
    public var base: JSONValue?
    public var ours: JSONValue?
    public var theirs: JSONValue?
    /// Which branch each side was, where git said (see `MergeSides`).
    public var sides: MergeSides?
    public var extra: Extra

    public init(id: String, kind: Kind = .value, path: [String], what: String, base: JSONValue?, ours: JSONValue?,
                theirs: JSONValue?, sides: MergeSides? = nil, extra: Extra = [:]) {
        self.id = id
        self.kind = kind
        self.path = path
        self.what = what
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.sides = sides
        self.extra = extra
    }

    static let keys: Set<String> = ["id", "kind", "path", "what", "base", "ours", "theirs", "sides"]

    var json: JSONValue {
        var o = extra
        o["id"] = .string(id)
        if kind != .value { o["kind"] = .string(kind.rawValue) }
        o["path"] = .array(path.map(JSONValue.string))
        o["what"] = .string(what)
        if let base { o["base"] = base }
        if let ours { o["ours"] = ours }
        if let theirs { o["theirs"] = theirs }
        if let sides { o["sides"] = sides.json }
        return .object(o)
    }

    static func decode(_ value: JSONValue, _ path: JSONPath) throws(MapDecodingError) -> MergeConflict {
        let r = try ObjectReader(value, at: path)
        let kindText = try r.optionalString("kind") ?? Kind.value.rawValue
        guard let kind = Kind(rawValue: kindText) else {
            throw MapDecodingError(path.key("kind"), "unknown conflict kind \"\(kindText)\"; expected one of "
                                       + Kind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard let place = r.member("path") else {
            throw MapDecodingError(path.key("path"), "missing; a conflict says where it is, by names and ids: "
                                       + "[\"stages\", \"decision\", \"touchpoints\", \"tp-8\", \"name\"]")
        }
        guard place.elements != nil else {
            throw MapDecodingError(path.key("path"), "expected a list of names and ids, found \(place.typeName)")
        }
        return MergeConflict(id: try r.requiredString("id"), kind: kind, path: try r.stringArray("path"),
                             what: try r.string("what"), base: r.members["base"], ours: r.members["ours"],
                             theirs: r.members["theirs"], sides: try r.object("sides").map(MergeSides.decode),
                             extra: r.extra(known: keys))
    }
}
