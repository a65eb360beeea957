/// A parsed JSON document. Numbers keep their source text so that values the
/// program does not interpret are written back exactly as they were read.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    public static func double(_ value: Double) -> JSONValue {
        if value.rounded() == value, abs(value) < 1e15 {
            return .number(String(Int(value)))
        }
        return .number(String(value))
    }

    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

extension JSONValue {
    /// The value for a person: a string's text, anything else as compact JSON.
    public var words: String {
        if case .string(let text) = self { return text }
        return (try? JSONWriter.compact(self)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
    }
}

extension JSONValue {
    /// A number's source text; empty for anything else.
    package var numberText: String {
        if case .number(let text) = self { return text }
        return ""
    }
}
