#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open map's tie to its workspace library: where the library is (or
/// where `:share` would make it), the library as this editor last read or
/// wrote it, and the map's shared copies as they were then, so that a save
/// writes only what was edited here since.
public struct LibraryLink: Equatable, Sendable {
    public var path: String
    /// The path for messages, as seen from the map's folder (`LibraryLookup.shown`).
    public var shown: String
    /// Nil when there is no library yet, or it could not be read (`problem`).
    public var library: WorkspaceLibrary?
    /// Why the library could not be read: then nothing is written to it.
    public var problem: String?
    /// The map's shared copies, by id, as they were when last in step with the library.
    var personas: [String: Persona] = [:]
    var channels: [String: Channel] = [:]

    /// `map`: the map as opened, its shared copies in step with `library` (`LibraryResolution`).
    public init(path: String, shown: String? = nil, library: WorkspaceLibrary?, problem: String? = nil, map: JourneyMap) {
        self.path = path
        self.shown = shown ?? path
        self.library = library
        self.problem = problem
        remember(map.personas.filter(\.shared), map.channels.filter(\.shared))
    }

    private mutating func remember(_ personas: [Persona], _ channels: [Channel]) {
        for persona in personas { self.personas[persona.id] = WorkspaceLibrary.entry(persona) }
        for channel in channels { self.channels[channel.id] = WorkspaceLibrary.entry(channel) }
    }

    /// What saving `map` writes to the library: each shared persona and
    /// channel edited (or shared) since the last write. Nil when none is.
    /// A library that could not be read is tried again: the write says why not, if it still cannot.
    public func update(for map: JourneyMap) -> LibraryUpdate? {
        let personas = map.personas.filter { $0.shared && self.personas[$0.id] != WorkspaceLibrary.entry($0) }
        var channels = map.channels.filter { $0.shared && self.channels[$0.id] != WorkspaceLibrary.entry($0) }
        // A library persona prefers the library's channels: one it now prefers that the library lacks goes there too.
        for id in Set(personas.flatMap(\.preferredChannels)).sorted()
        where library?.channel(id: id) == nil && !channels.contains(where: { $0.id == id }) {
            if let channel = map.channel(id: id) { channels.append(channel) }
        }
        guard !personas.isEmpty || !channels.isEmpty else { return nil }
        return LibraryUpdate(path: path, base: library, personas: personas.map(WorkspaceLibrary.entry),
                             channels: channels.map(WorkspaceLibrary.entry))
    }

    /// After a write: the library as it is now, and the update's entries in
    /// step (those changed elsewhere too: said once, not written over at the next save).
    public mutating func wrote(_ update: LibraryUpdate, _ report: LibraryWriteReport) {
        guard report.problem == nil else { return }
        library = report.library ?? library
        remember(update.personas, update.channels)
    }
}

/// Entries to put in the library, and the library they were edited from.
public struct LibraryUpdate: Equatable, Sendable {
    public var path: String
    public var base: WorkspaceLibrary?
    public var personas: [Persona]
    public var channels: [Channel]
}

/// What writing a `LibraryUpdate` did.
public struct LibraryWriteReport: Equatable, Sendable {
    /// What went in.
    public var written = SharedNames()
    /// What was left out: changed in the library by someone else since this map read it.
    public var changedElsewhere = SharedNames()
    /// Why nothing could be written; nil when the write went well.
    public var problem: String?
    /// The library as it is now on disk (nil when it could not be read).
    public var library: WorkspaceLibrary?
    public var path: String

    /// In words, for the status line; nil when there is nothing to say.
    public var sentence: String? {
        if let problem { return "the map is saved, but not to the workspace library: " + problem }
        var parts: [String] = []
        if !written.isEmpty { parts.append(written.words + " saved to the workspace library too") }
        if !changedElsewhere.isEmpty {
            parts.append(changedElsewhere.words + " not written to the library: changed there by someone "
                         + "else since this map read it; the map keeps its copy (journey check shows how they differ)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    public var wentWell: Bool { problem == nil && changedElsewhere.isEmpty }
}

extension LibraryFile {
    /// Puts an update's entries in the library as it is on disk now (made
    /// when there is none), but not over an entry someone else changed
    /// there since the update's base was read.
    public static func write(_ update: LibraryUpdate, mapOwner: uid_t? = nil,
                             fileSystem fs: FileSystem = PosixFileSystem.shared) -> LibraryWriteReport {
        var report = LibraryWriteReport(path: update.path)
        var library: WorkspaceLibrary
        if (try? fs.lstat(update.path)) == nil {
            library = WorkspaceLibrary()
        } else {
            do {
                library = try read(update.path, mapOwner: mapOwner, fileSystem: fs)
            } catch {
                report.problem = error.description
                return report
            }
        }
        func take<Entry: SharedEntry>(_ copies: [Entry]) {
            for copy in copies {
                let now: Entry? = library.entry(id: copy.id)
                if let now, now != update.base?.entry(id: copy.id), now != WorkspaceLibrary.entry(copy) {
                    report.changedElsewhere[keyPath: Entry.inNames].append(copy.name)
                } else {
                    library.put(copy)
                    report.written[keyPath: Entry.inNames].append(copy.name)
                }
            }
        }
        take(update.personas)
        take(update.channels)
        do {
            try LibraryCodec.validate(library)
        } catch {
            report.problem = "\(update.path) would not load: \(error.path): \(error.message); the library on disk is unchanged."
            report.written = SharedNames()
            return report
        }
        if !report.written.isEmpty, let problem = save(library, to: update.path, fileSystem: fs) {
            report.problem = problem
            report.written = SharedNames()
            return report
        }
        report.library = library
        return report
    }
}
