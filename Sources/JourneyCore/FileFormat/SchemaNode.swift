import JourneyJSON

/// One JSON Schema, made by a few constructors that each say what a member
/// holds and give it the description an editor shows on completion.
struct SchemaNode {
    var value: JSONValue

    private init(_ members: [String: JSONValue]) { value = .object(members) }

    static func string(_ description: String, minLength: Int? = nil, pattern: String? = nil) -> SchemaNode {
        var members: [String: JSONValue] = ["type": .string("string"), "description": .string(description)]
        if let minLength { members["minLength"] = .int(minLength) }
        if let pattern { members["pattern"] = .string(pattern) }
        return SchemaNode(members)
    }

    /// A day as `CalendarDay` reads it. The pattern holds where a validator takes `format` as a note only.
    static func day(_ description: String) -> SchemaNode {
        SchemaNode(["type": .string("string"), "format": .string("date"), "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
                    "description": .string(description + ", as YYYY-MM-DD.")])
    }

    static func boolean(_ description: String) -> SchemaNode {
        SchemaNode(["type": .string("boolean"), "description": .string(description)])
    }

    /// A number held to its rule: whole or not, within the rule's range.
    static func number(_ rule: NumericRule, _ description: String) -> SchemaNode {
        SchemaNode([
            "type": .string(rule.isWhole ? "integer" : "number"),
            "minimum": .double(rule.range.lowerBound),
            "maximum": .double(rule.range.upperBound),
            "description": .string(description),
        ])
    }

    /// Any JSON value.
    static func json(_ description: String) -> SchemaNode {
        SchemaNode(["description": .string(description)])
    }

    static func constant(_ value: JSONValue, _ description: String) -> SchemaNode {
        SchemaNode(["const": value, "description": .string(description)])
    }

    static func choice(_ names: [String], _ description: String) -> SchemaNode {
        SchemaNode(["type": .string("string"), "enum": .array(names.map(JSONValue.string)),
                    "description": .string(description + " One of: " + names.joined(separator: ", ") + ".")])
    }

    static func reference(_ definition: String, _ description: String) -> SchemaNode {
        SchemaNode(["$ref": .string("#/$defs/" + definition), "description": .string(description)])
    }

    static func array(of element: SchemaNode, _ description: String) -> SchemaNode {
        SchemaNode(["type": .string("array"), "items": element.value, "description": .string(description)])
    }

    /// An object whose every member holds `element`, keyed by any name (an id).
    static func map(of element: SchemaNode, _ description: String) -> SchemaNode {
        SchemaNode(["type": .string("object"), "additionalProperties": element.value, "description": .string(description)])
    }

    /// An object with the members journey reads; others are allowed, and kept.
    static func object(_ description: String, required: [String] = [], _ properties: [String: SchemaNode]) -> SchemaNode {
        var members: [String: JSONValue] = [
            "type": .string("object"),
            "properties": .object(properties.mapValues(\.value)),
            "description": .string(description),
        ]
        if !required.isEmpty { members["required"] = .array(required.map(JSONValue.string)) }
        return SchemaNode(members)
    }

    /// An optional array of one definition's values: `element` describes each, `description` the array.
    static func list(of definition: String, _ element: String, _ description: String) -> SchemaNode {
        .nullable(.array(of: .reference(definition, element), description))
    }

    /// The loader reads null as "absent" for every optional member.
    static func nullable(_ node: SchemaNode) -> SchemaNode {
        guard case .object(var members) = node.value else { return node }
        if case .string(let type)? = members["type"] {
            members["type"] = .array([.string(type), .string("null")])
            if case .array(let names)? = members["enum"] { members["enum"] = .array(names + [.null]) }
            return SchemaNode(members)
        }
        // A reference: the description stays beside it, where editors look.
        let description = members.removeValue(forKey: "description") ?? .string("")
        return SchemaNode(["anyOf": .array([.object(members), .object(["type": .string("null")])]), "description": description])
    }
}
