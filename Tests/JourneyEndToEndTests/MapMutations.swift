import JourneyJSON

/// One change to a map document.
struct Mutation {
    var name: String
    var document: JSONValue
    /// Why only the loader refuses it: a rule about the whole map that the
    /// schema's description says it cannot state. Nil: both must agree.
    var beyondTheSchema: String?
}

/// Mutations of a map document, for holding the loader and the schema to one
/// verdict: every member removed, every value replaced by one of each other
/// JSON type (and by numbers out of every range, an empty string, null), an
/// extra member added to every object that keeps one, and what a value may
/// not say: days that are no days, unknown enum names, other format versions.
/// Each shape of place (`stages[*].touchpoints[*].name`) is mutated once, where
/// it first occurs.
enum MapMutations {
    enum Step: Hashable {
        case key(String)
        case index(Int)
    }

    static func corpus(of base: JSONValue) -> [Mutation] {
        var mutations: [Mutation] = []
        var shapes: Set<String> = []
        for (path, value) in places(in: base) {
            let shape = self.shape(of: path)
            guard shapes.insert(shape).inserted else { continue }
            func add(_ what: String, _ new: JSONValue?) {
                mutations.append(Mutation(name: text(of: path) + " " + what, document: replacing(base, at: path[...], with: new),
                                          beyondTheSchema: beyond(shape, new)))
            }
            if case .key? = path.last { add("removed", nil) }
            for replacement in replacements(for: value) { add("← " + replacement.compact, replacement) }
            for replacement in meaningful(shape) { add("← " + replacement.compact, replacement) }
            if case .object(var members) = value, !holdsIDs(shape) {
                members["x-note"] = .string("kept")
                add("with an extra member", .object(members))
            }
        }
        return mutations
    }

    /// Values of every other JSON type, and of its own type the ones that test a rule.
    static func replacements(for value: JSONValue) -> [JSONValue] {
        var values: [JSONValue] = [.null]
        switch value {
        case .string: values.append(.string(""))
        default: values.append(.string("7"))
        }
        switch value {
        case .number: values += ["-101", "-0.5", "0", "101", "1e12"].map(JSONValue.number)
        default: values.append(.int(7))
        }
        if case .bool = value {} else { values.append(.bool(true)) }
        if case .array = value {} else { values.append(.array([])) }
        values.append(.object([:]))
        return values.filter { $0 != value }
    }

    /// Values a member's type allows and its meaning may not.
    static func meaningful(_ shape: String) -> [JSONValue] {
        let last = shape.split(separator: ".").last.map(String.init) ?? ""
        switch last {
        case "lastReviewed", "due", "day":
            return ["2025/05/14", "2025-02-29", "2025-5-14", "14-05-2025", "2025-05-14T00:00:00Z", " 2025-05-14", "2024-02-29",
                    "0000-01-01"].map(JSONValue.string)
        case "reviewCadence", "status", "kind", "kinds[*]":
            return [.string("someday"), .string("Quarterly"), .string("Online"), .string("Place"), .string("PainPoints")]
        case "version":
            return ["1", "2", "3.0", "4", "2.5", "2147483648"].map(JSONValue.number) + [.string("3")]
        case "format":
            return [.string("journey-map-2"), .string("Journey-Map")]
        case "$schema":
            return [.string("https://example.com/other.json")]
        default:
            return []
        }
    }

    /// Objects whose members are keyed by ids (or names): a new member there is a reference, not an extra.
    static func holdsIDs(_ shape: String) -> Bool {
        ["text", "emotion", "ballots", "ballots.*"].contains { shape.hasSuffix("." + $0) }
    }

    /// The cases no JSON Schema can judge, each with the rule that decides it.
    static func beyond(_ shape: String, _ new: JSONValue?) -> String? {
        switch (shape, new) {
        case ("channels", nil), ("channels", .null?):
            return "touchpoints and personas name channels by id"
        case ("personas", nil), ("personas", .null?):
            return "emotion scores are keyed by persona id"
        case ("emotionScale.min", .number("0")?), ("emotionScale.max", .number("0")?):
            return "emotion scores lie on the map's own scale"
        default:
            return nil
        }
    }

    /// Every value with its place, parents first, members in sorted order.
    static func places(in value: JSONValue, at path: [Step] = []) -> [([Step], JSONValue)] {
        var found = [(path, value)]
        switch value {
        case .object(let members):
            for key in members.keys.sorted() { found += places(in: members[key]!, at: path + [.key(key)]) }
        case .array(let elements):
            for (index, element) in elements.enumerated() { found += places(in: element, at: path + [.index(index)]) }
        default:
            break
        }
        return found
    }

    /// The place with its indices, and the keys of objects keyed by ids, as `*`.
    static func shape(of path: [Step]) -> String {
        var shape = ""
        for step in path {
            switch step {
            case .index: shape += "[*]"
            case .key(let key): shape += (shape.isEmpty ? "" : ".") + (holdsIDs(shape) ? "*" : key)
            }
        }
        return shape
    }

    static func text(of path: [Step]) -> String {
        var text = ""
        for step in path {
            switch step {
            case .index(let index): text += "[\(index)]"
            case .key(let key): text += (text.isEmpty ? "" : ".") + key
            }
        }
        return text.isEmpty ? "(top level)" : text
    }

    /// The document with the value at `path` replaced, or removed when `new` is nil.
    static func replacing(_ value: JSONValue, at path: ArraySlice<Step>, with new: JSONValue?) -> JSONValue {
        guard let step = path.first else { return new ?? .null }
        switch (value, step) {
        case (.object(var members), .key(let key)):
            if path.count == 1, new == nil {
                members[key] = nil
            } else {
                members[key] = replacing(members[key] ?? .null, at: path.dropFirst(), with: new)
            }
            return .object(members)
        case (.array(var elements), .index(let index)):
            elements[index] = replacing(elements[index], at: path.dropFirst(), with: new)
            return .array(elements)
        default:
            return value
        }
    }
}

extension JSONValue {
    /// Compact JSON, for a mutation's name.
    var compact: String {
        (try? JSONWriter.compact(self)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
    }
}
