import JourneyJSON

/// Personas and channels defined once for a workspace (a folder of maps,
/// usually a git repository) in `journey-library.json` at its root, and used
/// by id from its maps. A map keeps a copy of each one it uses, marked
/// `shared`, so the map alone still reads, exports and diffs whole; journey
/// brings the copies up to date when it opens the map (`LibraryResolution`).
public struct WorkspaceLibrary: Equatable, Sendable {
    public static let fileName = "journey-library.json"
    public static let formatName = "journey-library"
    public static let version = 1

    /// The library's own entries: never marked `shared` (that marks a map's copy).
    public var personas: [Persona]
    public var channels: [Channel]
    public var extra: Extra

    public init(personas: [Persona] = [], channels: [Channel] = [], extra: Extra = [:]) {
        self.personas = personas
        self.channels = channels
        self.extra = extra
    }

    public func persona(id: String) -> Persona? { personas.first { $0.id == id } }
    public func channel(id: String) -> Channel? { channels.first { $0.id == id } }

    /// Puts a map's persona in as the library's entry of its id (replacing one there).
    public mutating func put(_ persona: Persona) {
        let entry = Self.entry(persona)
        if let index = personas.firstIndex(where: { $0.id == persona.id }) { personas[index] = entry } else { personas.append(entry) }
    }

    public mutating func put(_ channel: Channel) {
        let entry = Self.entry(channel)
        if let index = channels.firstIndex(where: { $0.id == channel.id }) { channels[index] = entry } else { channels.append(entry) }
    }

    /// A map's copy as the library holds it.
    public static func entry<Entry: SharedEntry>(_ copy: Entry) -> Entry {
        var entry = copy
        entry.shared = false
        return entry
    }

    /// The library's entry as a map's copy.
    public static func copy<Entry: SharedEntry>(_ entry: Entry) -> Entry {
        var copy = entry
        copy.shared = true
        return copy
    }
}

/// What a workspace library shares with its maps, by id: a persona or a channel. A map's copy is marked `shared`.
public protocol SharedEntry: Equatable, Sendable {
    var id: String { get }
    var name: String { get }
    var shared: Bool { get set }
}

extension Persona: SharedEntry {}
extension Channel: SharedEntry {}
