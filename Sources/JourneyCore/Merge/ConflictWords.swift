import JourneyJSON

/// Says in words where a conflict is: the innermost named thing on its path
/// and the field inside it, e.g. `Touchpoint "Checkout": Actions`.
enum ConflictWords {
    /// What an element of each list is called.
    static let kinds: [String: String] = [
        "personas": "Persona", "channels": "Channel", "lanes": "Lane", "stages": "Stage", "touchpoints": "Touchpoint",
        "painPoints": "Pain point", "opportunities": "Opportunity", "quotes": "Quote", "conflicts": "Conflict",
    ]

    /// `documents` are looked in, in turn, for the names (the merged map first, then the sides).
    static func what(_ path: [String], note: String?, in documents: [JSONValue]) -> String {
        var thing = "The map"
        var field = path
        for document in documents {
            guard let (name, i) = deepestNamed(path, in: document) else { continue }
            thing = name
            field = Array(path[(i + 1)...])
            break
        }
        return thing + ": " + (note ?? (field.isEmpty ? "changed differently" : words(field, in: documents)))
    }

    /// A field as the editor names it: a text lane by its name ("Actions", not `text.actions`).
    static func words(_ field: [String], in documents: [JSONValue]) -> String {
        if field.count == 2, field[0] == "text" {
            for case .object(let root) in documents {
                guard case .array(let lanes)? = root["lanes"],
                      let lane = lanes.first(where: { JSONAddress.id(of: $0) == field[1] }), let name = name(of: lane) else { continue }
                return name
            }
        }
        return field.joined(separator: ".")
    }

    /// The deepest element on the path that the document has, named, with its place on the path.
    private static func deepestNamed(_ path: [String], in document: JSONValue) -> (String, Int)? {
        var value = document
        var key = ""
        var found: (String, Int)?
        for (i, component) in path.enumerated() {
            switch value {
            case .object(let members):
                guard let member = members[component] else { return found }
                value = member
                key = component
            case .array(let elements):
                guard let element = elements.first(where: { JSONAddress.id(of: $0) == component }) else { return found }
                value = element
                found = ("\(kinds[key] ?? "Element") \(quoted(name(of: element) ?? component))", i)
            default:
                return found
            }
        }
        return found
    }

    static func name(of element: JSONValue) -> String? {
        guard case .object(let members) = element else { return nil }
        for key in ["name", "text"] { if case .string(let name)? = members[key], !name.isEmpty { return name } }
        return nil
    }

    static func quoted(_ text: String) -> String {
        "\"" + (text.count > 40 ? String(text.prefix(39)) + "…" : text) + "\""
    }
}
