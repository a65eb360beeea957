import JourneyJSON

/// What `journey check` knows of a map's workspace library.
public enum LibraryContext: Sendable {
    /// Not looked for: the shared rules say nothing.
    case notLooked
    /// Looked for, and none is there.
    case none
    case found(WorkspaceLibrary)
}

/// The shared rules: a map's shared copies that drifted from the workspace
/// library, and copies of entries the library does not hold.
enum SharedCheck {
    static func run(_ map: JourneyMap, library context: LibraryContext, report: (CheckRule, JSONPath, String) -> Void) {
        let library: WorkspaceLibrary?
        switch context {
        case .notLooked: return
        case .none: library = nil
        case .found(let found): library = found
        }
        let root = JSONPath.root
        let fix = "`journey library sync` or opening the map in journey updates it"
        for (p, persona) in map.personas.enumerated() where persona.shared {
            let path = root.key("personas").index(p)
            guard let library else {
                report(.sharedPersonaMissing, path, "persona \"\(persona.name)\" is marked shared but no workspace library "
                       + "(\(WorkspaceLibrary.fileName)) is found in its folder or above it")
                continue
            }
            guard let entry = library.persona(id: persona.id) else {
                report(.sharedPersonaMissing, path, "persona \"\(persona.name)\" is marked shared but the workspace library has "
                       + "no persona \"\(persona.id)\"; `journey library share` puts it there")
                continue
            }
            let fields = LibraryDrift.fields(persona, entry)
            if !fields.isEmpty {
                report(.sharedPersonaDrift, path, "persona \"\(persona.name)\" differs from the workspace library's in "
                       + LibraryResolution.list(fields) + "; \(fix)")
            }
        }
        for (c, channel) in map.channels.enumerated() where channel.shared {
            let path = root.key("channels").index(c)
            guard let library else {
                report(.sharedChannelMissing, path, "channel \"\(channel.name)\" is marked shared but no workspace library "
                       + "(\(WorkspaceLibrary.fileName)) is found in its folder or above it")
                continue
            }
            guard let entry = library.channel(id: channel.id) else {
                report(.sharedChannelMissing, path, "channel \"\(channel.name)\" is marked shared but the workspace library has "
                       + "no channel \"\(channel.id)\"")
                continue
            }
            let fields = LibraryDrift.fields(channel, entry)
            if !fields.isEmpty {
                report(.sharedChannelDrift, path, "channel \"\(channel.name)\" differs from the workspace library's in "
                       + LibraryResolution.list(fields) + "; \(fix)")
            }
        }
    }
}
