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
        let fix = "`journey library sync` or opening the map in journey updates it"
        func check<Entry: SharedEntry>(_ copies: [Entry], _ key: String, noun: String, missing: CheckRule, drift: CheckRule,
                                       find: (WorkspaceLibrary, String) -> Entry?, fields: (Entry, Entry) -> [String],
                                       share: String) {
            for (n, copy) in copies.enumerated() where copy.shared {
                let path = JSONPath.root.key(key).index(n)
                guard let library else {
                    report(missing, path, "\(noun) \"\(copy.name)\" is marked shared but no workspace library "
                           + "(\(WorkspaceLibrary.fileName)) is found in its folder or above it")
                    continue
                }
                guard let entry = find(library, copy.id) else {
                    report(missing, path, "\(noun) \"\(copy.name)\" is marked shared but the workspace library has no \(noun) "
                           + "\"\(copy.id)\"" + share)
                    continue
                }
                let differ = fields(copy, entry)
                if !differ.isEmpty {
                    report(drift, path, "\(noun) \"\(copy.name)\" differs from the workspace library's in "
                           + LibraryResolution.list(differ) + "; \(fix)")
                }
            }
        }
        check(map.personas, "personas", noun: "persona", missing: .sharedPersonaMissing, drift: .sharedPersonaDrift,
              find: { $0.persona(id: $1) }, fields: LibraryDrift.fields, share: "; `journey library share` puts it there")
        check(map.channels, "channels", noun: "channel", missing: .sharedChannelMissing, drift: .sharedChannelDrift,
              find: { $0.channel(id: $1) }, fields: LibraryDrift.fields, share: "")
    }
}
