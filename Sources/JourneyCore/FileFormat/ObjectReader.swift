import JourneyJSON

/// Reads the members of one JSON object with typed accessors that report the
/// path of a wrong value, and hands back the members it was not asked about.
/// The path of a value read from a tape is found only when an error names it.
struct ObjectReader {
    private enum Storage {
        case tree([String: JSONValue], JSONPath)
        case tape(JSONTape, Int)
    }

    private let storage: Storage

    init(_ value: JSONValue, at path: JSONPath) throws(MapDecodingError) {
        try self.init(.tree(value, at: path))
    }

    init(_ node: JSONNode) throws(MapDecodingError) {
        switch node {
        case .tree(.object(let members), let place): storage = .tree(members, place.path)
        case .tape(let tape, let index) where tape.nodes[index].kind == .object: storage = .tape(tape, index)
        default: throw MapDecodingError(node.path, "expected an object, found \(node.typeName)")
        }
    }

    var path: JSONPath {
        switch storage {
        case .tree(_, let path): path
        case .tape(let tape, let index): tape.path(to: index)
        }
    }

    /// The members as a dictionary (made from the tape if need be).
    var members: [String: JSONValue] {
        switch storage {
        case .tree(let members, _): members
        case .tape(let tape, let index): tape.value(index).objectMembers
        }
    }

    var count: Int {
        switch storage {
        case .tree(let members, _): members.count
        case .tape(let tape, let index): Int(tape.nodes[index].length)
        }
    }

    /// Every member, in no particular order, read where it is (no list of them is made).
    func forEachMember(_ body: (String, JSONNode) throws(MapDecodingError) -> Void) throws(MapDecodingError) {
        switch storage {
        case .tree(let members, let path):
            for (key, value) in members { try body(key, .tree(value, JSONPlace(path, .key(key)))) }
        case .tape(let tape, let index):
            for (key, value) in tape.members(index) { try body(tape.text(key), .tape(tape, value)) }
        }
    }

    /// Every member as a small map of what `value` makes of it, made at its size at once.
    func pairs<Value>(_ value: (JSONNode) throws(MapDecodingError) -> Value) throws(MapDecodingError) -> SmallMap<String, Value> {
        var pairs: [SmallMap<String, Value>.Element] = []
        pairs.reserveCapacity(count)
        try forEachMember { (key, node) throws(MapDecodingError) in pairs.append((key, try value(node))) }
        return SmallMap(pairs)
    }

    func member(_ key: String) -> JSONNode? {
        switch storage {
        case .tree(let members, let path): return members[key].map { .tree($0, JSONPlace(path, .key(key))) }
        case .tape(let tape, let index): return tape.member(index, key).map { .tape(tape, $0) }
        }
    }

    /// A member that is there and not null.
    private func present(_ key: String) -> JSONNode? {
        guard let value = member(key), !value.isNull else { return nil }
        return value
    }

    func has(_ key: String) -> Bool { present(key) != nil }

    private func fail(_ key: String, _ expected: String, _ found: JSONNode) -> MapDecodingError {
        MapDecodingError(path.key(key), "expected \(expected), found \(found.typeName)")
    }

    func requiredString(_ key: String) throws(MapDecodingError) -> String {
        guard let value = member(key) else { throw MapDecodingError(path.key(key), "missing; expected a string") }
        guard let text = value.string else { throw fail(key, "a string", value) }
        return text
    }

    func optionalString(_ key: String) throws(MapDecodingError) -> String? {
        guard let value = present(key) else { return nil }
        guard let text = value.string else { throw fail(key, "a string", value) }
        return text
    }

    func string(_ key: String) throws(MapDecodingError) -> String { try optionalString(key) ?? "" }

    func bool(_ key: String) throws(MapDecodingError) -> Bool {
        guard let value = present(key) else { return false }
        guard let flag = value.bool else { throw fail(key, "true or false", value) }
        return flag
    }

    func requiredInt(_ key: String, in range: ClosedRange<Int>? = nil) throws(MapDecodingError) -> Int {
        guard let value = member(key) else { throw MapDecodingError(path.key(key), "missing; expected a whole number") }
        return try Self.int(value, in: range)
    }

    static func int(_ value: JSONValue, at path: JSONPath, in range: ClosedRange<Int>?) throws(MapDecodingError) -> Int {
        try int(.tree(value, at: path), in: range)
    }

    static func int(_ value: JSONNode, in range: ClosedRange<Int>?) throws(MapDecodingError) -> Int {
        guard let text = value.numberText else {
            throw MapDecodingError(value.path, "expected a whole number, found \(value.typeName)")
        }
        guard let number = Int(text) ?? Double(text).flatMap({ $0.rounded() == $0 && abs($0) < 1e15 ? Int($0) : nil }) else {
            throw MapDecodingError(value.path, "expected a whole number, found \(text)")
        }
        if let range, !range.contains(number) {
            throw MapDecodingError(value.path, "\(number) is out of range; expected \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    static func double(_ value: JSONValue, at path: JSONPath) throws(MapDecodingError) -> Double {
        try double(.tree(value, at: path)).number
    }

    /// A number and its source text.
    private static func double(_ value: JSONNode) throws(MapDecodingError) -> (number: Double, text: String) {
        guard let text = value.numberText else {
            throw MapDecodingError(value.path, "expected a number, found \(value.typeName)")
        }
        guard let number = JSONNumber.double(text), number.isFinite else {
            throw MapDecodingError(value.path, "\(text) is too large a number")
        }
        return (number, text)
    }

    /// A number member held to its field's rule; nil when absent.
    func number(_ key: String, for field: NumericField) throws(MapDecodingError) -> Double? {
        guard let value = present(key) else { return nil }
        return try Self.number(value, for: field)
    }

    static func number(_ value: JSONNode, for field: NumericField) throws(MapDecodingError) -> Double {
        let (number, text) = try double(value)
        return try field.rule.check(number, got: text).mapError { MapDecodingError(value.path, $0.reason) }.get()
    }

    /// A whole-number member held to its field's rule; nil when absent.
    func wholeNumber(_ key: String, for field: NumericField) throws(MapDecodingError) -> Int? {
        guard let value = present(key) else { return nil }
        let (number, text) = try Self.double(value)
        return try field.rule.whole(number, got: text).mapError { MapDecodingError(value.path, $0.reason) }.get()
    }

    /// The elements of an array member, each with its path; an absent member is empty.
    func array(_ key: String) throws(MapDecodingError) -> [(JSONValue, JSONPath)] {
        guard let value = present(key) else { return [] }
        guard case .array(let items) = value.json else { throw fail(key, "an array", value) }
        let base = path.key(key)
        return items.enumerated().map { ($0.element, base.index($0.offset)) }
    }

    /// As `array`, the elements left where they are read, each knowing where it is.
    func elements(_ key: String) throws(MapDecodingError) -> [JSONNode] {
        guard let value = present(key) else { return [] }
        guard let items = value.elements else { throw fail(key, "an array", value) }
        return items
    }

    func stringArray(_ key: String) throws(MapDecodingError) -> [String] {
        var result: [String] = []
        for value in try elements(key) {
            guard let text = value.string else {
                throw MapDecodingError(value.path, "expected a string, found \(value.typeName)")
            }
            result.append(text)
        }
        return result
    }

    /// An object member read as a dictionary; an absent member is empty.
    func object(_ key: String) throws(MapDecodingError) -> ObjectReader? {
        guard let value = present(key) else { return nil }
        return try ObjectReader(value)
    }

    func extra(known: Set<String>) -> Extra { extra(known: KnownKeys(known)) }

    func extra(known: KnownKeys) -> Extra {
        switch storage {
        case .tree(let members, _):
            // Most objects hold only known members: then no new dictionary at all.
            guard members.keys.contains(where: { !known.names.contains($0) }) else { return [:] }
            return members.filter { !known.names.contains($0.key) }
        case .tape(let tape, let index):
            var extra: Extra = [:]
            for member in tape.members(index) where !known.contains(key: member.key, in: tape) {
                extra[tape.text(member.key)] = tape.value(member.value)
            }
            return extra
        }
    }
}

extension JSONValue {
    var objectMembers: [String: JSONValue] {
        if case .object(let members) = self { return members }
        return [:]
    }
}
