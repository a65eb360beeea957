import Foundation
import JourneyCore
import Testing

/// `journey library share`, `sync` and `list`, and the library's part in
/// `check`, `show` and `export`: issue 31's shared personas from the command line.
@Suite struct LibraryCommandTests {
    /// A repository with two maps made from the sample, one in a folder below.
    struct Workspace {
        let scratch = Scratch()
        var library: String { scratch.file(WorkspaceLibrary.fileName) }

        init(repository: Bool = true) throws {
            if repository { try FileManager.default.createDirectory(atPath: scratch.file(".git"), withIntermediateDirectories: true) }
            try FileManager.default.createDirectory(atPath: scratch.file("web"), withIntermediateDirectories: true)
            for map in ["a.json", "web/b.json"] { #expect(try run(["new", map]).status == 0) }
        }

        func run(_ arguments: [String]) throws -> Spawn.Result { try Binary.run(arguments, in: scratch.path) }
        func map(_ name: String) throws -> JourneyMap { try MapStore.load(path: scratch.file(name)) }
        func remove() { scratch.remove() }
    }

    @Test func shareMakesTheLibraryAtTheRepositoryRootAndMarksThePersonaShared() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let shared = try workspace.run(["library", "share", "web/b.json", "Maya"])
        #expect(shared.status == 0, "\(shared.stderr)")
        #expect(shared.stderr.contains("shared Maya and 5 channels in "), "\(shared.stderr)")
        #expect(shared.stderr.contains("(a new library at the repository's root); wrote web/b.json"), "\(shared.stderr)")
        let library = try LibraryFile.read(workspace.library)
        #expect(library.personas.map(\.id) == ["maya"])
        let map = try workspace.map("web/b.json")
        #expect(map.personas[0].shared && !map.personas[1].shared)
        #expect(library.channels.map(\.id) == map.personas[0].preferredChannels)
        #expect(map.channels.filter(\.shared).map(\.id).sorted() == map.personas[0].preferredChannels.sorted())

        // By id, into the library that is there now: nothing new, the map marked.
        let again = try workspace.run(["library", "share", "a.json", "maya"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!again.stderr.contains("new library"))
        #expect(try workspace.map("a.json").personas[0].shared)
    }

    @Test func outsideARepositoryTheLibraryGoesBesideTheMap() throws {
        let workspace = try Workspace(repository: false)
        defer { workspace.remove() }
        let shared = try workspace.run(["library", "share", "web/b.json", "Tom"])
        #expect(shared.status == 0, "\(shared.stderr)")
        #expect(shared.stderr.contains("a new library beside the map: it is in no repository"), "\(shared.stderr)")
        #expect(FileManager.default.fileExists(atPath: workspace.scratch.file("web/" + WorkspaceLibrary.fileName)))
    }

    @Test func shareRefusesADifferentPersonaOfThatIDUnlessToldToReplaceIt() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["library", "share", "a.json", "Maya"]).status == 0)
        var map = try workspace.map("web/b.json")
        map.personas[0].name = "Maya Rossi"
        #expect(MapStore.save(map, to: workspace.scratch.file("web/b.json")).isSaved)
        let refused = try workspace.run(["library", "share", "web/b.json", "maya"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("the workspace library already has a different persona with the id \"maya\" (it differs "
                                        + "from Maya Rossi in name); nothing was written"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--replace"))
        #expect(try LibraryFile.read(workspace.library).persona(id: "maya")?.name == "Maya")
        #expect(!(try workspace.map("web/b.json")).personas[0].shared)

        let replaced = try workspace.run(["library", "share", "web/b.json", "maya", "--replace"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try LibraryFile.read(workspace.library).persona(id: "maya")?.name == "Maya Rossi")
    }

    @Test func shareSaysWhichPersonasThereAre() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let missing = try workspace.run(["library", "share", "a.json", "Nobody"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("a.json has no persona \"Nobody\"; its personas: Maya (maya), Tom (tom)"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.library))
        let noMap = try workspace.run(["library", "share", "gone.json", "Maya"])
        #expect(noMap.status == 66, "\(noMap.stderr)")
    }

    /// The issue's "done when", from the command line: renamed once in the library, renamed in every map.
    @Test func syncRewritesTheMapsWhoseCopiesDriftedAndCheckFlagsThemBefore() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["library", "share", "a.json", "Maya"]).status == 0)
        #expect(try workspace.run(["library", "share", "web/b.json", "Maya"]).status == 0)
        var library = try LibraryFile.read(workspace.library)
        library.personas[0].name = "Maya Rossi"
        #expect(LibraryFile.save(library, to: workspace.library) == nil)

        let checked = try workspace.run(["check", "a.json", "web/b.json", "--only", "shared-persona-drift"])
        #expect(checked.status == 1)
        #expect(checked.stdout == """
            a.json: personas[0]: warning: persona "Maya" differs from the workspace library's in name; `journey library sync` \
            or opening the map in journey updates it (shared-persona-drift)
            web/b.json: personas[0]: warning: persona "Maya" differs from the workspace library's in name; `journey library \
            sync` or opening the map in journey updates it (shared-persona-drift)

            """, "\(checked.stdout)")

        let shown = try workspace.run(["show", "web/b.json", "--view", "personas", "--color", "never"])
        #expect(shown.status == 0 && shown.stdout.contains("Maya Rossi"), "\(shown.stdout)")
        #expect(shown.stderr.contains("Maya Rossi updated from the workspace library"), "\(shown.stderr)")
        let plain = try workspace.run(["show", "web/b.json", "--plain"])
        #expect(plain.stdout.contains("persona Maya\n") && plain.stderr.isEmpty, "git's textconv shows the file as it is")

        let dry = try workspace.run(["library", "sync", "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("renamed persona \"Maya\" → \"Maya Rossi\""), "\(dry.stdout)")
        #expect(dry.stdout.contains("2 maps would be updated (a dry run: nothing written)"))
        #expect(try workspace.map("a.json").personas[0].name == "Maya")

        let synced = try workspace.run(["library", "sync"])
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stderr.contains("Maya Rossi updated from the workspace library; wrote a.json"), "\(synced.stderr)")
        #expect(synced.stderr.contains("wrote web/b.json"))
        #expect(synced.stdout.contains("2 maps updated"))
        for name in ["a.json", "web/b.json"] { #expect(try workspace.map(name).personas[0].name == "Maya Rossi") }
        let clean = try workspace.run(["check", "a.json", "web/b.json", "--only", "shared-persona-drift"])
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(try workspace.run(["library", "sync"]).stdout.contains("every map is up to date"))
    }

    @Test func checkFlagsASharedPersonaTheLibraryLacksAndALibraryThatDoesNotLoad() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["library", "share", "a.json", "Maya"]).status == 0)
        var library = try LibraryFile.read(workspace.library)
        library.personas = []
        #expect(LibraryFile.save(library, to: workspace.library) == nil)
        let missing = try workspace.run(["check", "a.json", "--only", "shared-persona-missing"])
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("a.json: personas[0]: warning: persona \"Maya\" is marked shared but the workspace library has "
                                        + "no persona \"maya\""), "\(missing.stdout)")

        _ = workspace.scratch.write(WorkspaceLibrary.fileName, "{\"format\": \"journey-library\",")
        let broken = try workspace.run(["check", "a.json", "web/b.json"])
        #expect(broken.status == 2)
        #expect(broken.stderr.components(separatedBy: "not valid JSON").count == 2, "said once: \(broken.stderr)")
        let sync = try workspace.run(["library", "sync"])
        #expect(sync.status == 65, "\(sync.stderr)")
    }

    @Test func listNamesTheEntriesAndHowManyMapsShareEach() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let none = try workspace.run(["library", "list"])
        #expect(none.status == 66 && none.stderr.contains("`journey library share MAP PERSONA` makes one"), "\(none.stderr)")
        #expect(try workspace.run(["library", "share", "a.json", "Maya"]).status == 0)
        #expect(try workspace.run(["library", "share", "web/b.json", "Maya"]).status == 0)
        #expect(try workspace.run(["library", "share", "web/b.json", "Tom"]).status == 0)
        let listed = try workspace.run(["library", "list", "web"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let lines = listed.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix("/" + WorkspaceLibrary.fileName) == true)
        #expect(lines.contains("  Maya (maya): 2 maps"), "\(listed.stdout)")
        #expect(lines.contains("  Tom (tom): 1 map"), "\(listed.stdout)")
        #expect(lines.contains("personas (2):"))
        let folder = try workspace.run(["library", "list", "nowhere"])
        #expect(folder.status == 66 && folder.stderr.contains("nowhere: no such folder"), "\(folder.stderr)")
    }

    /// `journey schema --library` passes the library `share` writes and fails one that is not a library.
    @Test func theLibrarySchemaPassesAWrittenLibrary() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run(["library", "share", "a.json", "Maya"]).status == 0)
        let schema = try workspace.run(["schema", "--library"])
        #expect(schema.status == 0 && schema.stdout.contains("\"journey-library\""), "\(schema.stderr)")
        workspace.scratch.write("library.schema.json", schema.stdout)
        let wrong = workspace.scratch.write("wrong.json", #"{"format": "journey-library", "version": 1, "personas": [{"id": ""}]}"#)
        let verdicts = try SchemaValidator.verdicts(schema: workspace.scratch.file("library.schema.json"),
                                                    files: [workspace.library, wrong])
        #expect(verdicts == [true, false])
    }
}
