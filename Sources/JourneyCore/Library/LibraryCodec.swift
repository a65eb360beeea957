import JourneyJSON

/// `journey-library.json`: `{"format": "journey-library", "version": 1,
/// "personas": […], "channels": […]}`, each entry exactly as in a map, read
/// and written by the map's own codec (`MapDecoder`, `MapEncoder`), so the
/// two cannot differ. Unknown members are kept.
public enum LibraryCodec {
    static let known = KnownKeys(["format", "version", "personas", "channels"])

    public static func decode(_ document: JSONValue) throws(MapDecodingError) -> WorkspaceLibrary {
        let root = try ObjectReader(document, at: .root)
        let format = root.member("format")
        guard format?.string == WorkspaceLibrary.formatName else {
            throw MapDecodingError(JSONPath.root.key("format"), format == nil
                ? "missing; a workspace library says \"format\": \"\(WorkspaceLibrary.formatName)\""
                : "expected \"\(WorkspaceLibrary.formatName)\", found \(format!.string.map { "\"\($0)\"" } ?? format!.typeName)")
        }
        let version = try root.requiredInt("version", in: 1...Int.max)
        guard version <= WorkspaceLibrary.version else {
            throw MapDecodingError(JSONPath.root.key("version"), "version \(version) was written by a newer journey (this one reads "
                                       + "up to \(WorkspaceLibrary.version)); update journey")
        }
        var library = WorkspaceLibrary(personas: try root.elements("personas").map(MapDecoder.persona),
                                       channels: try root.elements("channels").map(MapDecoder.channel),
                                       extra: root.extra(known: known))
        library.personas = library.personas.map(WorkspaceLibrary.entry)
        library.channels = library.channels.map(WorkspaceLibrary.entry)
        try validate(library)
        return library
    }

    /// Ids unique and not empty; a persona prefers channels of the library (a map may lack the map's own).
    static func validate(_ library: WorkspaceLibrary) throws(MapDecodingError) {
        let root = JSONPath.root
        try unique(library.personas.map(\.id), at: root.key("personas"))
        let channels = try unique(library.channels.map(\.id), at: root.key("channels"))
        for (p, persona) in library.personas.enumerated() {
            for (i, channel) in persona.preferredChannels.enumerated() where !channels.contains(channel) {
                throw MapDecodingError(root.key("personas").index(p).key("preferredChannels").index(i),
                                       "no channel of the library has the id \"\(channel)\"; share the channel too")
            }
        }
    }

    @discardableResult
    private static func unique(_ ids: [String], at path: JSONPath) throws(MapDecodingError) -> Set<String> {
        var seen: Set<String> = []
        for (index, id) in ids.enumerated() {
            guard !id.isEmpty else { throw MapDecodingError(path.index(index).key("id"), "an id may not be empty") }
            guard seen.insert(id).inserted else { throw MapDecodingError(path.index(index).key("id"), "the id \"\(id)\" is used twice") }
        }
        return seen
    }

    public static func encode(_ library: WorkspaceLibrary) -> JSONValue {
        var o = library.extra
        o["format"] = .string(WorkspaceLibrary.formatName)
        o["version"] = .int(WorkspaceLibrary.version)
        o["personas"] = .array(library.personas.map { MapEncoder.persona(WorkspaceLibrary.entry($0)) })
        o["channels"] = .array(library.channels.map { MapEncoder.channel(WorkspaceLibrary.entry($0)) })
        return .object(o)
    }
}
