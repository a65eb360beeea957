import JourneyJSON

/// The JSON Schema of `journey-library.json`, made of the map schema's own
/// definitions of a persona and a channel (`MapSchema`), so they cannot differ.
/// `journey schema --library` prints it.
public enum LibrarySchema {
    public static let id = "https://journey.invalid/schema/journey-library-\(WorkspaceLibrary.version).json"

    public static func make() -> JSONValue {
        let root = SchemaNode.object(
            "A workspace's shared personas and channels, as written by journey. Members not listed here are kept on save.",
            required: ["format", "version"],
            [
                "format": .constant(.string(WorkspaceLibrary.formatName),
                                    "Always \"\(WorkspaceLibrary.formatName)\": marks the file as a workspace library."),
                "version": .number(NumericRule(label: "version", range: 1...Double(WorkspaceLibrary.version), isWhole: true),
                                   "The format version; journey writes \(WorkspaceLibrary.version) and refuses newer ones."),
                "personas": .list(of: "persona", "A persona, as in a map; its preferred channels are the library's.",
                                  "The personas maps share by id."),
                "channels": .list(of: "channel", "A channel, as in a map.", "The channels maps share by id."),
            ]
        ).value
        guard case .object(var members) = root else { return root }
        members["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
        members["$id"] = .string(id)
        members["title"] = .string("journey workspace library, format version \(WorkspaceLibrary.version)")
        members["$defs"] = .object(MapSchema.definitions.filter { ["id", "persona", "channel"].contains($0.key) }.mapValues(\.value))
        return .object(members)
    }
}
