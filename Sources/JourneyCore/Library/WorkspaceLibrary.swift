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

    public func persona(id: String) -> Persona? { entry(id: id) }
    public func channel(id: String) -> Channel? { entry(id: id) }

    /// The library's persona or channel of this id.
    public func entry<Entry: SharedEntry>(id: String) -> Entry? { self[keyPath: Entry.inLibrary].first { $0.id == id } }

    /// Puts a map's persona or channel in as the library's entry of its id (replacing one there).
    public mutating func put<Entry: SharedEntry>(_ copy: Entry) {
        let entry = Self.entry(copy)
        if let index = self[keyPath: Entry.inLibrary].firstIndex(where: { $0.id == copy.id }) {
            self[keyPath: Entry.inLibrary][index] = entry
        } else {
            self[keyPath: Entry.inLibrary].append(entry)
        }
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
    /// Where a map and the library keep entries of this kind, and where their names are said.
    static var inMap: WritableKeyPath<JourneyMap, [Self]> { get }
    static var inLibrary: WritableKeyPath<WorkspaceLibrary, [Self]> { get }
    static var inNames: WritableKeyPath<SharedNames, [String]> { get }
}

extension Persona: SharedEntry {
    public static var inMap: WritableKeyPath<JourneyMap, [Persona]> { \.personas }
    public static var inLibrary: WritableKeyPath<WorkspaceLibrary, [Persona]> { \.personas }
    public static var inNames: WritableKeyPath<SharedNames, [String]> { \.personas }
}

extension Channel: SharedEntry {
    public static var inMap: WritableKeyPath<JourneyMap, [Channel]> { \.channels }
    public static var inLibrary: WritableKeyPath<WorkspaceLibrary, [Channel]> { \.channels }
    public static var inNames: WritableKeyPath<SharedNames, [String]> { \.channels }
}
