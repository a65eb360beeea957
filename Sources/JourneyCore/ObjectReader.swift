/// Reads the members of one JSON object with typed accessors that report the
/// path of a wrong value, and hands back the members it was not asked about.
struct ObjectReader {
    let members: [String: JSONValue]
    let path: JSONPath

    init(_ value: JSONValue, at path: JSONPath) throws(MapDecodingError) {
        guard case .object(let members) = value else {
            throw MapDecodingError(path, "expected an object, found \(value.typeName)")
        }
        self.members = members
        self.path = path
    }

    func has(_ key: String) -> Bool { members[key] != nil && members[key] != .null }

    private func fail(_ key: String, _ expected: String, _ found: JSONValue) -> MapDecodingError {
        MapDecodingError(path.key(key), "expected \(expected), found \(found.typeName)")
    }

    func requiredString(_ key: String) throws(MapDecodingError) -> String {
        guard let value = members[key] else { throw MapDecodingError(path.key(key), "missing; expected a string") }
        guard case .string(let text) = value else { throw fail(key, "a string", value) }
        return text
    }

    func optionalString(_ key: String) throws(MapDecodingError) -> String? {
        guard let value = members[key], value != .null else { return nil }
        guard case .string(let text) = value else { throw fail(key, "a string", value) }
        return text
    }

    func string(_ key: String) throws(MapDecodingError) -> String { try optionalString(key) ?? "" }

    func bool(_ key: String) throws(MapDecodingError) -> Bool {
        guard let value = members[key], value != .null else { return false }
        guard case .bool(let flag) = value else { throw fail(key, "true or false", value) }
        return flag
    }

    func requiredInt(_ key: String) throws(MapDecodingError) -> Int {
        guard let value = members[key] else { throw MapDecodingError(path.key(key), "missing; expected a whole number") }
        return try Self.int(value, at: path.key(key), in: nil)
    }

    static func int(_ value: JSONValue, at path: JSONPath, in range: ClosedRange<Int>?) throws(MapDecodingError) -> Int {
        guard case .number(let text) = value else {
            throw MapDecodingError(path, "expected a whole number, found \(value.typeName)")
        }
        guard let number = Int(text) ?? Double(text).flatMap({ $0.rounded() == $0 && abs($0) < 1e15 ? Int($0) : nil }) else {
            throw MapDecodingError(path, "expected a whole number, found \(text)")
        }
        if let range, !range.contains(number) {
            throw MapDecodingError(path, "\(number) is out of range; expected \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    static func double(_ value: JSONValue, at path: JSONPath) throws(MapDecodingError) -> Double {
        guard case .number(let text) = value else {
            throw MapDecodingError(path, "expected a number, found \(value.typeName)")
        }
        guard let number = Double(text), number.isFinite else {
            throw MapDecodingError(path, "\(text) is too large a number")
        }
        return number
    }

    /// A number member held to its field's rule; nil when absent.
    func number(_ key: String, for field: NumericField) throws(MapDecodingError) -> Double? {
        guard let value = members[key], value != .null else { return nil }
        return try Self.number(value, at: path.key(key), for: field)
    }

    static func number(_ value: JSONValue, at path: JSONPath, for field: NumericField) throws(MapDecodingError) -> Double {
        try field.rule.check(try double(value, at: path), got: value.numberText).mapError { MapDecodingError(path, $0.reason) }.get()
    }

    /// A whole-number member held to its field's rule; nil when absent.
    func wholeNumber(_ key: String, for field: NumericField) throws(MapDecodingError) -> Int? {
        guard let value = members[key], value != .null else { return nil }
        let number = try Self.double(value, at: path.key(key))
        return try field.rule.whole(number, got: value.numberText).mapError { MapDecodingError(path.key(key), $0.reason) }.get()
    }

    /// The elements of an array member, each with its path; an absent member is empty.
    func array(_ key: String) throws(MapDecodingError) -> [(JSONValue, JSONPath)] {
        guard let value = members[key], value != .null else { return [] }
        guard case .array(let items) = value else { throw fail(key, "an array", value) }
        let base = path.key(key)
        return items.enumerated().map { ($0.element, base.index($0.offset)) }
    }

    func stringArray(_ key: String) throws(MapDecodingError) -> [String] {
        var result: [String] = []
        for (value, itemPath) in try array(key) {
            guard case .string(let text) = value else {
                throw MapDecodingError(itemPath, "expected a string, found \(value.typeName)")
            }
            result.append(text)
        }
        return result
    }

    /// An object member read as a dictionary; an absent member is empty.
    func object(_ key: String) throws(MapDecodingError) -> ObjectReader? {
        guard let value = members[key], value != .null else { return nil }
        return try ObjectReader(value, at: path.key(key))
    }

    func extra(known: Set<String>) -> Extra {
        // Most objects hold only known members: then no new dictionary at all.
        guard members.keys.contains(where: { !known.contains($0) }) else { return [:] }
        return members.filter { !known.contains($0.key) }
    }
}
