import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import Testing

/// Issue 31 in the editor: a map opened in a workspace takes its shared
/// personas from the library, and saving an edit of one writes the library.
@Suite final class SharedPersonaEditingTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "journey-library-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/.git", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/web", withIntermediateDirectories: true)
        var map = SampleMap.make()
        map.personas[0].shared = true
        for c in map.channels.indices where map.personas[0].preferredChannels.contains(map.channels[c].id) {
            map.channels[c].shared = true
        }
        #expect(MapStore.save(map, to: file("a.json")).isSaved)
        #expect(MapStore.save(map, to: file("web/b.json")).isSaved)
        var library = WorkspaceLibrary()
        library.put(map.personas[0])
        for channel in map.channels where channel.shared { library.put(channel) }
        #expect(LibraryFile.save(library, to: file(WorkspaceLibrary.fileName)) == nil)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func file(_ name: String) -> String { folder + "/" + name }

    func command(_ text: String) -> [HeadlessTerminal.Input] {
        [.key(.character(":"))] + text.map { .key(.character($0)) } + [.key(.enter)]
    }

    @Test func aSharedPersonaRenamedInOneMapShowsRenamedInTheOther() throws {
        let renaming = Session(command("view personas") + command("set name Maya Rossi") + [.key(.control("s"))], path: file("a.json"))
        #expect(renaming.grid.statusText.contains("Maya Rossi saved to the workspace library too"), "\(renaming.grid.statusText)")
        #expect(try LibraryFile.read(file(WorkspaceLibrary.fileName)).persona(id: "maya")?.name == "Maya Rossi")
        #expect(try MapStore.load(path: file("a.json")).personas[0].name == "Maya Rossi")

        let other = Session(command("view personas"), path: file("web/b.json"))
        #expect(other.map.personas[0].name == "Maya Rossi")
        #expect(other.screen.contains("● Maya Rossi  persona 1 of 2 · shared"), "\(other.screen)")
        let opened = Session([], path: file("web/b.json"))
        #expect(opened.grid.statusText.contains("Maya Rossi updated from the workspace library"), "\(opened.grid.statusText)")
        #expect(other.editor.document.isModified, "the updated copy is for :w to save")
        #expect(try MapStore.load(path: file("web/b.json")).personas[0].name == "Maya", "opening writes nothing")
    }

    @Test func aMapsOwnPersonaIsNotWrittenToTheLibrary() throws {
        let session = Session(command("set Tom name Thomas") + [.key(.control("s"))],
                              path: file("a.json"))
        #expect(session.map.personas[1].name == "Thomas")
        #expect(try LibraryFile.read(file(WorkspaceLibrary.fileName)).persona(id: "tom") == nil)
        #expect(session.grid.statusText.contains("saved"), "\(session.grid.statusText)")
    }

    @Test func shareMarksThePersonaAndTheSavePutsItInTheLibrary() throws {
        let marked = Session(command("share Tom"), path: file("web/b.json"))
        #expect(marked.map.personas[1].shared && marked.editor.document.isModified)
        #expect(marked.grid.statusText.contains("Tom and 5 channels shared: Ctrl-S writes to ../journey-library.json · u undoes"),
                "\(marked.grid.statusText)")
        let session = Session(command("share Tom") + [.key(.control("s"))], path: file("a.json"))
        let library = try LibraryFile.read(file(WorkspaceLibrary.fileName))
        #expect(library.persona(id: "tom")?.name == "Tom")
        #expect(try MapStore.load(path: file("a.json")).personas[1].shared)
        #expect(session.grid.statusText.contains("Tom"), "\(session.grid.statusText)")
    }

    @Test func shareIsRefusedOverADifferentPersonaOfTheSameID() throws {
        var library = try LibraryFile.read(file(WorkspaceLibrary.fileName))
        library.put(Persona(id: "tom", name: "Tomasz"))
        #expect(LibraryFile.save(library, to: file(WorkspaceLibrary.fileName)) == nil)
        let session = Session(command("share Tom"), path: file("a.json"))
        #expect(!session.map.personas[1].shared)
        #expect(session.grid.statusText.contains("already has a different persona of this id"), "\(session.grid.statusText)")
    }

    @Test func aLibraryThatCannotBeWrittenIsSaidAndTheMapIsSaved() throws {
        let library = file(WorkspaceLibrary.fileName)
        // Made unreadable as a library (a folder where the file was): the save says so, the map is saved all the same.
        try FileManager.default.removeItem(atPath: library)
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        let saving = Session(command("view personas") + command("set name Maya Rossi") + [.key(.control("s"))], path: file("a.json"))
        #expect(try MapStore.load(path: file("a.json")).personas[0].name == "Maya Rossi")
        #expect(saving.screen.contains("the map is saved, but not to the workspace library"), "\(saving.screen)")
    }
}
