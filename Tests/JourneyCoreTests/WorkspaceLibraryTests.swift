import Foundation
@testable import JourneyCore
import JourneyJSON
import Testing

/// Issue 31: personas and channels defined once for a workspace, in
/// journey-library.json, and used by id from its maps.
@Suite struct WorkspaceLibraryTests {
    /// A workspace: a repository (or not) with the sample saved as two maps sharing Maya.
    struct Workspace {
        let folder = TemporaryFolder()
        var root: String { folder.path }
        var library: String { folder.file(WorkspaceLibrary.fileName) }

        init(repository: Bool = true) throws {
            if repository { try FileManager.default.createDirectory(atPath: folder.file(".git"), withIntermediateDirectories: true) }
            try FileManager.default.createDirectory(atPath: folder.file("maps/web"), withIntermediateDirectories: true)
            var map = SampleMap.make()
            map.personas[0].shared = true
            for c in map.channels.indices where map.personas[0].preferredChannels.contains(map.channels[c].id) {
                map.channels[c].shared = true
            }
            #expect(MapStore.save(map, to: folder.file("a.json")).isSaved)
            #expect(MapStore.save(map, to: folder.file("maps/web/b.json")).isSaved)
            var library = WorkspaceLibrary()
            library.put(map.personas[0])
            for channel in map.channels where channel.shared { library.put(channel) }
            #expect(LibraryFile.save(library, to: self.library) == nil)
        }

        func remove() { folder.remove() }

        /// The map as journey opens it: its shared entries as the library has them.
        func opened(_ name: String) throws -> JourneyMap {
            let map = try MapStore.load(path: folder.file(name))
            return try #require(FoundLibrary.forMap(folder.file(name))).resolve(map)?.map ?? map
        }
    }

    @Test func theLibraryRoundTripsThroughItsFileAndKeepsWhatItDoesNotKnow() throws {
        let map = SampleMap.make()
        var library = WorkspaceLibrary(personas: [WorkspaceLibrary.copy(map.personas[0])], extra: ["owner": .string("CX team")])
        library.channels = map.channels.filter { map.personas[0].preferredChannels.contains($0.id) }
        library.channels[0].extra = ["note": .string("kept")]
        let bytes = try LibraryFile.bytes(library)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"channels\": [\n"), "sorted keys, two-space indent")
        #expect(!text.contains("\"shared\""), "the library's entries are not copies")
        let read = try LibraryCodec.decode(try JSONParser.parse(bytes))
        #expect(read.personas == [WorkspaceLibrary.entry(map.personas[0])])
        #expect(read.channels == library.channels)
        #expect(read.extra == ["owner": .string("CX team")])
    }

    @Test(arguments: [
        (#"{"format":"journey-map","version":1}"#, #"format: expected "journey-library", found "journey-map""#),
        (#"{"format":"journey-library","version":2}"#, "version: version 2 was written by a newer journey"),
        (#"{"format":"journey-library","version":1,"personas":[{"id":"a","name":"A"},{"id":"a","name":"B"}]}"#,
         #"personas[1].id: the id "a" is used twice"#),
        (#"{"format":"journey-library","version":1,"personas":[{"id":"a","name":"A","preferredChannels":["web"]}]}"#,
         #"personas[0].preferredChannels[0]: no channel of the library has the id "web""#),
        (#"{"format":"journey-library","version":1,"channels":[{"id":"web","name":"Web","kind":"smoke"}]}"#,
         #"channels[0].kind: unknown channel kind "smoke""#),
    ])
    func aWrongLibrarySaysWhatAndWhere(text: String, expected: String) throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.write(WorkspaceLibrary.fileName, text)
        #expect(throws: LibraryLoadError.self) { try LibraryFile.read(path) }
        do {
            _ = try LibraryFile.read(path)
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test func notJSONSaysLineAndColumn() {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.write(WorkspaceLibrary.fileName, "{\n  \"format\": \"journey-library\",\n  oops\n}")
        #expect(throws: LibraryLoadError.self) { try LibraryFile.read(path) }
        #expect((try? LibraryFile.read(path)) == nil)
        do { _ = try LibraryFile.read(path) } catch { #expect(error.description.hasPrefix(path + ":3:3: not valid JSON"), "\(error)") }
    }

    @Test func aMapFindsTheNearestLibraryAboveItUpToTheRepositoryRoot() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(LibraryLookup.find(forMap: workspace.folder.file("maps/web/b.json")) == workspace.library)
        #expect(LibraryLookup.find(forMap: workspace.folder.file("a.json")) == workspace.library)
        // A nearer one wins.
        let nearer = workspace.folder.file("maps/" + WorkspaceLibrary.fileName)
        #expect(LibraryFile.save(WorkspaceLibrary(), to: nearer) == nil)
        #expect(LibraryLookup.find(forMap: workspace.folder.file("maps/web/b.json")) == nearer)
    }

    @Test func theLookStopsAtTheRepositoryRoot() throws {
        let outer = TemporaryFolder()
        defer { outer.remove() }
        #expect(LibraryFile.save(WorkspaceLibrary(), to: outer.file(WorkspaceLibrary.fileName)) == nil)
        let repository = outer.file("repo")
        try FileManager.default.createDirectory(atPath: repository + "/.git", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: repository + "/maps", withIntermediateDirectories: true)
        let map = repository + "/maps/m.json"
        #expect(MapStore.save(SampleMap.make(), to: map).isSaved)
        #expect(LibraryLookup.find(forMap: map) == nil, "the library above the repository is not its workspace's")
        #expect(LibraryLookup.home(forMap: map) == (repository + "/" + WorkspaceLibrary.fileName, true))
        // Outside a repository, a new library goes beside the map.
        let loose = outer.file("loose")
        try FileManager.default.createDirectory(atPath: loose, withIntermediateDirectories: true)
        #expect(LibraryLookup.home(forMap: loose + "/m.json").inRepository == false)
        #expect(LibraryLookup.home(forMap: loose + "/m.json").path == realpath(loose, nil).map { String(cString: $0) }! + "/" + WorkspaceLibrary.fileName)
    }

    /// The issue's "done when": a shared persona renamed once shows renamed in every map that uses it.
    @Test func aSharedPersonaRenamedOnceShowsRenamedInEveryMapThatUsesIt() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        var library = try LibraryFile.read(workspace.library)
        library.personas[0].name = "Maya Rossi"
        library.personas[0].quote = "Fit first, then price."
        #expect(LibraryFile.save(library, to: workspace.library) == nil)
        for name in ["a.json", "maps/web/b.json"] {
            let map = try workspace.opened(name)
            #expect(map.personas[0].name == "Maya Rossi", "\(name)")
            #expect(map.personas[0].quote == "Fit first, then price.")
            #expect(map.personas[0].shared && map.personas[0].id == "maya")
            #expect(map.personas[1].name == "Tom", "a map's own persona is its own")
        }
        // `journey watch` shows the map as its editor opened it.
        #expect(LiveMap(workspace.folder.file("maps/web/b.json")).poll()?.map?.personas[0].name == "Maya Rossi")
        let resolution = try #require(FoundLibrary.forMap(workspace.folder.file("a.json"))?.resolve(try MapStore.load(path: workspace.folder.file("a.json"))))
        #expect(resolution.sentence == "Maya Rossi updated from the workspace library")
    }

    @Test func aMapWithNoLibraryNearbyOrNoSharedEntriesIsUntouched() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file(".git"), withIntermediateDirectories: true)
        #expect(MapStore.save(SampleMap.make(), to: folder.file("m.json")).isSaved)
        #expect(FoundLibrary.forMap(folder.file("m.json")) == nil)
        var library = WorkspaceLibrary(personas: [WorkspaceLibrary.entry(SampleMap.make().personas[0])])
        library.personas[0].name = "Someone else"
        #expect(!LibraryResolution(SampleMap.make(), library: library).changed, "Maya here is the map's own")
    }

    @Test func aSharedPersonasPreferredChannelsComeInAsSharedCopies() throws {
        var map = SampleMap.make()
        map.personas[0].shared = true
        var library = WorkspaceLibrary(personas: [WorkspaceLibrary.entry(map.personas[0])],
                                       channels: [Channel(id: "podcast", name: "Podcast", kind: .online)])
        library.personas[0].preferredChannels.append("podcast")
        let resolved = LibraryResolution(map, library: library)
        #expect(resolved.map.channel(id: "podcast")?.shared == true)
        #expect(resolved.sentence == "Maya and channel Podcast updated from the workspace library")
        #expect(MapStore.checkedBytes(resolved.map, file: "m.json").map { _ in true } == .success(true), "it still loads")
    }

    /// A save writes what this map changed, and never over what someone else changed in the library since.
    @Test func writingPutsWhatWasEditedAndNotOverWhatChangedElsewhere() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let base = try LibraryFile.read(workspace.library)
        var map = try workspace.opened("a.json")
        var link = LibraryLink(path: workspace.library, library: base, map: map)
        #expect(link.update(for: map) == nil, "nothing edited, nothing to write")
        map.personas[0].name = "Maya Rossi"
        let update = try #require(link.update(for: map))
        #expect(update.personas.map(\.name) == ["Maya Rossi"] && update.channels.isEmpty)
        let report = LibraryFile.write(update)
        #expect(report.written == SharedNames(personas: ["Maya Rossi"]) && report.wentWell)
        link.wrote(update, report)
        #expect(link.update(for: map) == nil)
        #expect(try LibraryFile.read(workspace.library).persona(id: "maya")?.name == "Maya Rossi")

        // Another map, opened before that write, edits Maya's quote: the library's newer name is not written over.
        var other = try MapStore.load(path: workspace.folder.file("maps/web/b.json"))
        let stale = LibraryLink(path: workspace.library, library: base, map: other)
        other.personas[0].quote = "Mine"
        let late = LibraryFile.write(try #require(stale.update(for: other)))
        #expect(late.changedElsewhere == SharedNames(personas: ["Maya"]) && late.written.isEmpty)
        #expect(late.sentence?.contains("changed there by someone else since this map read it") == true)
        #expect(try LibraryFile.read(workspace.library).persona(id: "maya")?.name == "Maya Rossi")
    }

    /// Sharing shows in `journey diff` and in git's textconv, as any other change of a persona or channel.
    @Test func sharingIsADifferenceAndAFact() {
        let old = SampleMap.make()
        var new = old
        new.personas[0].shared = true
        new.channels[0].shared = true
        #expect(MapDiff.compare(old, new) == [
            MapDifference(.changed, "persona", place: "Maya", field: "shared", old: "no", new: "yes", ids: ["maya"]),
            MapDifference(.changed, "channel", place: "Search", field: "shared", old: "no", new: "yes", ids: ["search"]),
        ])
        let facts = MapFacts.lines(new)
        #expect(facts.contains("persona Maya › shared: from the workspace library\n"), "\(facts)")
        #expect(facts.contains("channel Search (online, shared)\n"))
    }

    /// A shared persona that comes to prefer a channel of the map's own takes the channel into the library, which still loads.
    @Test func aChannelASharedPersonaNowPrefersGoesToTheLibraryToo() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        var map = try workspace.opened("a.json")
        let link = LibraryLink(path: workspace.library, library: try LibraryFile.read(workspace.library), map: map)
        let own = try #require(map.channels.first { !$0.shared })
        map.personas[0].preferredChannels.append(own.id)
        let update = try #require(link.update(for: map))
        #expect(update.channels.map(\.id) == [own.id])
        #expect(LibraryFile.write(update).wentWell)
        #expect(try LibraryFile.read(workspace.library).channel(id: own.id)?.name == own.name)
    }

    @Test func aLibraryThatCannotBeWrittenIsSaidAndChangesNothing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        var map = try workspace.opened("a.json")
        let link = LibraryLink(path: workspace.folder.file("gone/" + WorkspaceLibrary.fileName), library: nil, map: map)
        map.personas[0].name = "Maya Rossi"
        let report = LibraryFile.write(try #require(link.update(for: map)))
        #expect(report.problem != nil && report.library == nil)
        #expect(report.sentence?.hasPrefix("the map is saved, but not to the workspace library: ") == true)
    }
}

/// The library is read with a map's rules on a shared host.
@Suite(.serialized, .enabled(if: geteuid() == 0, "needs root to make files of another account"))
struct WorkspaceLibraryTrustTests {
    static let other: uid_t = 65_534

    /// In a folder anyone may write to (as /tmp), another account's link at the library's name is not followed,
    /// nor is another account's library believed; the owner's own is.
    @Test func anotherAccountsLibraryInASharedFolderIsNotUsed() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        chmod(folder.path, 0o1777)
        let map = folder.file("m.json")
        #expect(MapStore.save(SampleMap.make(), to: map).isSaved)
        let elsewhere = folder.file("elsewhere.json")
        #expect(LibraryFile.save(WorkspaceLibrary(), to: elsewhere) == nil)
        let library = folder.file(WorkspaceLibrary.fileName)
        symlink(elsewhere, library)
        lchown(library, Self.other, Self.other)
        let linked = try #require(FoundLibrary.forMap(map))
        guard case .failure(let refused) = linked.library else { Issue.record("another account's link was followed"); return }
        #expect(refused.description.contains("a link another account (uid 65534) made in a folder anyone may write to"), "\(refused)")

        unlink(library)
        #expect(LibraryFile.save(WorkspaceLibrary(), to: library) == nil)
        chown(library, Self.other, Self.other)
        guard case .failure(let planted) = try #require(FoundLibrary.forMap(map)).library else {
            Issue.record("another account's library in a shared folder was believed")
            return
        }
        #expect(planted.description.contains("a folder anyone may write to"), "\(planted)")

        chown(library, 0, 0)
        guard case .success = try #require(FoundLibrary.forMap(map)).library else { Issue.record("the owner's own library was refused"); return }
    }

    @Test func aFIFOAtTheLibrarysNameHangsNothing() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let map = folder.file("m.json")
        #expect(MapStore.save(SampleMap.make(), to: map).isSaved)
        mkfifo(folder.file(WorkspaceLibrary.fileName), 0o644)
        guard case .failure(let refused) = try #require(FoundLibrary.forMap(map)).library else { Issue.record("a FIFO was read"); return }
        #expect(refused.description.contains("not a regular file"), "\(refused)")
    }
}
