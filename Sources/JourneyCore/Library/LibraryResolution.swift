import JourneyJSON

/// A map brought up to date with its workspace library: each persona and
/// channel marked `shared` takes the library's fields (its id stays), and a
/// shared persona's preferred channels the map lacks come in as shared
/// copies. What the library does not hold is left as it is (`journey check`
/// says so). A map with no shared entries is untouched.
public struct LibraryResolution: Equatable, Sendable {
    public var map: JourneyMap
    /// What changed.
    public var updated = SharedNames()

    public init(_ map: JourneyMap, library: WorkspaceLibrary) {
        var resolved = map
        var updated = SharedNames()
        func takeLibrary<Entry: SharedEntry>(_ type: Entry.Type) {
            for index in resolved[keyPath: Entry.inMap].indices where resolved[keyPath: Entry.inMap][index].shared {
                guard let entry: Entry = library.entry(id: resolved[keyPath: Entry.inMap][index].id) else { continue }
                let copy = WorkspaceLibrary.copy(entry)
                if copy != resolved[keyPath: Entry.inMap][index] {
                    resolved[keyPath: Entry.inMap][index] = copy
                    updated[keyPath: Entry.inNames].append(copy.name)
                }
            }
        }
        takeLibrary(Channel.self)
        takeLibrary(Persona.self)
        for persona in resolved.personas where persona.shared {
            for id in persona.preferredChannels where resolved.channel(id: id) == nil {
                guard let channel = library.channel(id: id) else { continue }
                resolved.channels.append(WorkspaceLibrary.copy(channel))
                updated.channels.append(channel.name)
            }
        }
        self.map = resolved
        self.updated = updated
    }

    public var changed: Bool { !updated.isEmpty }

    /// "Maya and channel Email updated from the workspace library"; nil when nothing changed.
    public var sentence: String? {
        guard changed else { return nil }
        return updated.words + " updated from the workspace library"
    }

    static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: ""
        case 1: names[0]
        default: names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        }
    }
}

/// Shared personas and channels named in a message.
public struct SharedNames: Equatable, Sendable {
    public var personas: [String] = []
    public var channels: [String] = []

    public init(personas: [String] = [], channels: [String] = []) {
        self.personas = personas
        self.channels = channels
    }

    public var isEmpty: Bool { personas.isEmpty && channels.isEmpty }

    /// "Maya", "Maya and channel Email", "Maya, Tom and 5 channels".
    public var words: String {
        let channelWords = channels.count == 1 ? ["channel " + channels[0]] : channels.isEmpty ? [] : ["\(channels.count) channels"]
        return LibraryResolution.list(personas + channelWords)
    }
}

/// How a map's shared copy differs from the library's entry: the file's
/// member names, in sorted order ("name", "quote"); empty when they agree.
public enum LibraryDrift {
    public static func fields(_ copy: Persona, _ entry: Persona) -> [String] {
        members(MapEncoder.persona(WorkspaceLibrary.entry(copy)), MapEncoder.persona(WorkspaceLibrary.entry(entry)))
    }

    public static func fields(_ copy: Channel, _ entry: Channel) -> [String] {
        members(MapEncoder.channel(WorkspaceLibrary.entry(copy)), MapEncoder.channel(WorkspaceLibrary.entry(entry)))
    }

    private static func members(_ a: JSONValue, _ b: JSONValue) -> [String] {
        let x = a.objectMembers, y = b.objectMembers
        return Set(x.keys).union(y.keys).filter { x[$0] != y[$0] }.sorted()
    }
}
