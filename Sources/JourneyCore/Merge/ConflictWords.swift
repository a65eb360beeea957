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

    /// A field as the editor names it: a text lane by its name ("Actions", not
    /// `text.actions`), a score by its persona ("Emotion of Maya", not `emotion.maya`).
    static func words(_ field: [String], in documents: [JSONValue]) -> String {
        if field.count == 2, field[0] == "text", let lane = named(field[1], in: "lanes", of: documents) {
            return lane
        }
        if field.count == 2, field[0] == "emotion", let persona = named(field[1], in: "personas", of: documents) {
            return "Emotion of " + persona
        }
        return field.joined(separator: ".")
    }

    /// Words for one place of a clash: the version the map holds here cannot stand with the other side's at `conflict`.
    static func clash(conflict: String, side: PendingConflict.Side) -> String {
        side == .theirs ? " (theirs here cannot stand with ours at \(conflict))" : " (ours here cannot stand with theirs at \(conflict))"
    }

    /// The name of the element with this id in a top-level list of the first document that has it.
    private static func named(_ id: String, in list: String, of documents: [JSONValue]) -> String? {
        for case .object(let root) in documents {
            guard case .array(let elements)? = root[list],
                  let element = elements.first(where: { JSONAddress.id(of: $0) == id }), let name = name(of: element) else { continue }
            return name
        }
        return nil
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
