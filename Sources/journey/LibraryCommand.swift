import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyCore

struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "Personas and channels shared by the maps of a workspace (journey-library.json).",
        discussion: """
            A map finds its library in its folder or the nearest folder above it, up to the repository's root. \
            A map keeps a copy of each shared persona and channel (marked "shared"); journey brings the copies up \
            to date whenever it opens the map, and saving an edit of one in the editor writes it to the library.
            """,
        subcommands: [LibraryShareCommand.self, LibrarySyncCommand.self, LibraryListCommand.self]
    )
}

struct LibraryShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Move a map's persona (and the channels it prefers) into the workspace library.",
        discussion: """
            The library is the nearest journey-library.json; without one, it is made at the repository's root \
            (the folder holding .git), or beside the map outside a repository. The map keeps its copy, marked shared. \
            Exit codes: 0 shared, 64 no such persona, 65 the library holds a different persona or channel of that id \
            (--replace puts this one in its place) or cannot be read, 66 the map cannot be read, 73 a file cannot be written.
            """
    )

    @Argument(help: "The map file.", completion: .file(extensions: ["json"]))
    var map: String

    @Argument(help: "The persona, by id or name.")
    var persona: String

    @Flag(help: "Replace the library's persona (and channels) of the same ids with this map's: every map sharing them takes them when next opened.")
    var replace = false

    @Flag(name: .customLong("dry-run"), help: "Print what would change in the map; write nothing.")
    var dryRun = false

    func run() throws {
        let existing = FoundLibrary.forMap(map)
        var library = WorkspaceLibrary()
        let path: String
        var newLibraryNote = ""
        if let existing {
            path = existing.path
            switch existing.library {
            case .success(let found): library = found
            case .failure(let error): throw fail(error.description, code: 65)
            }
        } else {
            let home = LibraryLookup.home(forMap: map)
            path = home.path
            newLibraryNote = home.inRepository ? " (a new library at the repository's root)" : " (a new library beside the map: it is in no repository)"
        }
        try MapUpdate(map: map, verb: "library share").run(dryRun: dryRun, color: false) { before in
            let index = try personaIndex(in: before)
            var after = before
            let persona = after.personas[index]
            var put = SharedNames(personas: [persona.name])
            try check(library.persona(id: persona.id).map { LibraryDrift.fields(persona, $0) }, "persona", persona.id, persona.name)
            library.put(persona)
            after.personas[index].shared = true
            for id in persona.preferredChannels {
                guard let c = after.channels.firstIndex(where: { $0.id == id }) else { continue }
                let channel = after.channels[c]
                try check(library.channel(id: id).map { LibraryDrift.fields(channel, $0) }, "channel", id, channel.name)
                library.put(channel)
                after.channels[c].shared = true
                put.channels.append(channel.name)
            }
            if !dryRun, let problem = LibraryFile.save(library, to: path) { throw fail(problem + " The map is unchanged.", code: 73) }
            return (after, "shared " + put.words + " in \(path)\(newLibraryNote)")
        }
    }

    func personaIndex(in map: JourneyMap) throws -> Int {
        if let index = map.personas.firstIndex(where: { $0.id == persona }) { return index }
        let named = map.personas.indices.filter { map.personas[$0].name.lowercased() == persona.lowercased() }
        if named.count == 1 { return named[0] }
        let known = map.personas.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
        if named.isEmpty {
            throw fail("\(self.map) has no persona \"\(persona)\"; its personas: \(known.isEmpty ? "none" : known)", code: 64)
        }
        throw fail("\(self.map) has \(named.count) personas named \"\(persona)\"; give one by id: \(known)", code: 64)
    }

    /// Refuses to put an entry over a different one of its id, unless told to.
    func check(_ differing: [String]?, _ what: String, _ id: String, _ name: String) throws {
        guard let differing, !differing.isEmpty, !replace else { return }
        throw fail("the workspace library already has a different \(what) with the id \"\(id)\" (it differs from \(name) in "
                   + differing.joined(separator: ", ") + "); nothing was written. Give the \(what) another id in the map, or "
                   + "--replace to put this one in its place for every map that shares it", code: 65)
    }
}

struct LibrarySyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Rewrite every map in a folder whose copies of shared personas and channels differ from the library.",
        discussion: """
            Looks at every *.json map in FOLDER and the folders below it (hidden ones left out), each with its own \
            library. A map open in journey is left alone (its editor updates it). \
            Exit codes: 0 every map is up to date, 65 a library cannot be read, 66 no such folder, 73 a map could not be written.
            """
    )

    @Argument(help: "The folder of maps (default: this one).", completion: .directory)
    var folder = "."

    @Flag(name: .customLong("dry-run"), help: "Print what would change in each map; write nothing.")
    var dryRun = false

    func run() throws {
        let files = try mapFiles(in: folder)
        var updated = 0, failed: Int32 = 0
        for file in files {
            guard let map = try? MapStore.load(path: file), let found = FoundLibrary.forMap(file) else { continue }
            guard map.personas.contains(where: \.shared) || map.channels.contains(where: \.shared) else { continue }
            guard let resolution = found.resolve(map) else {
                if case .failure(let error) = found.library { warn(error.description) }
                failed = max(failed, 65)
                continue
            }
            guard resolution.changed else { continue }
            do {
                try MapUpdate(map: file, verb: "library sync").run(dryRun: dryRun, color: false) { before in
                    let again = found.resolve(before) ?? resolution
                    return (again.map, again.sentence ?? "up to date")
                }
                updated += 1
            } catch {
                failed = 73
            }
        }
        let maps = "\(updated) map\(updated == 1 ? "" : "s")"
        say(dryRun ? "\(maps) would be updated (a dry run: nothing written)" : updated == 0 ? "every map is up to date" : "\(maps) updated")
        if failed != 0 { throw ExitCode(failed) }
    }
}

struct LibraryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print the workspace library's personas and channels, and how many maps share each.",
        discussion: "The library is the nearest journey-library.json in FOLDER or above it. Exit codes: 0 listed, 65 the library cannot be read, 66 none is found."
    )

    @Argument(help: "A folder of the workspace (default: this one).", completion: .directory)
    var folder = "."

    func run() throws {
        let start = try realFolder(folder)
        guard let path = LibraryLookup.find(from: start) else {
            throw fail("no \(WorkspaceLibrary.fileName) in \(folder) or above it (up to the repository's root); "
                       + "`journey library share MAP PERSONA` makes one", code: 66)
        }
        let library: WorkspaceLibrary
        do {
            library = try LibraryFile.read(path)
        } catch {
            throw fail(error.description, code: 65)
        }
        var personaUses: [String: Int] = [:], channelUses: [String: Int] = [:]
        for file in LibraryMapFiles.find(in: LibraryLookup.folder(of: path)) where LibraryLookup.find(forMap: file) == path {
            guard let map = try? MapStore.load(path: file) else { continue }
            for persona in map.personas where persona.shared { personaUses[persona.id, default: 0] += 1 }
            for channel in map.channels where channel.shared { channelUses[channel.id, default: 0] += 1 }
        }
        func uses(_ count: Int?) -> String { "\(count ?? 0) map\(count == 1 ? "" : "s")" }
        var lines = ["\(path)"]
        lines.append("personas (\(library.personas.count)):")
        for p in library.personas { lines.append("  \(p.name) (\(p.id)): \(uses(personaUses[p.id]))") }
        lines.append("channels (\(library.channels.count)):")
        for c in library.channels { lines.append("  \(c.name) (\(c.id), \(c.kind.rawValue)): \(uses(channelUses[c.id]))") }
        let out = StandardOutput()
        out.write(lines.map(DisplayText.singleLine).joined(separator: "\n") + "\n")
        try out.check()
    }
}

/// The map files of a folder (`LibraryMapFiles`), named from it as given, or a refusal when it is not a folder.
func mapFiles(in folder: String) throws -> [String] {
    _ = try realFolder(folder)
    return LibraryMapFiles.find(in: folder).map { $0.hasPrefix("./") ? String($0.dropFirst(2)) : $0 }
}

func realFolder(_ folder: String) throws -> String {
    guard let real = try? PosixFileSystem.shared.realpath(folder) else {
        throw fail("\(folder): no such folder. Check the path.", code: 66)
    }
    var info = stat()
    guard stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
        throw fail("\(folder) is not a folder; give the folder of the maps.", code: 66)
    }
    return real
}
