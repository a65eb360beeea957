import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// Saving asks before it overwrites what is not obviously the user's to
/// overwrite: another file (save as), a read-only file, a file changed on disk.
@Suite final class SavingTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "journey-saving-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func file(_ name: String) -> String { folder + "/" + name }

    func typed(_ text: String) -> [HeadlessTerminal.Input] { text.map { .key(.character($0)) } + [.key(.enter)] }

    func write(_ map: JourneyMap, to path: String) throws {
        #expect(MapStore.save(map, to: path).isSaved)
    }

    @Test func saveAsOntoAnExistingFileAsksFirst() throws {
        var other = BlankMap.make(title: "Someone else's map")
        other.stages[0].name = "Theirs"
        try write(other, to: file("other.json"))
        try write(SampleMap.make(), to: file("mine.json"))
        let asked = Session([.key(.character(":"))] + typed("w \(file("other.json"))"), path: file("mine.json"))
        #expect(asked.grid.statusText.contains("exists. Overwrite it?"))
        #expect(try MapStore.load(path: file("other.json")) == other, "nothing written yet")

        let declined = Session([.key(.character(":"))] + typed("w \(file("other.json"))") + [.key(.character("n"))],
                               path: file("mine.json"))
        #expect(declined.view.message?.text == "not saved")
        #expect(try MapStore.load(path: file("other.json")) == other)

        let confirmed = Session([.key(.character(":"))] + typed("w \(file("other.json"))") + [.key(.character("y"))],
                                path: file("mine.json"))
        #expect(confirmed.view.message?.text.hasPrefix("saved") == true)
        #expect(try MapStore.load(path: file("other.json")) == SampleMap.make())
    }

    @Test func aReadOnlyFileIsNotOverwrittenWithoutAsking() throws {
        // Two files: the first session quits unsaved, and its journal would greet the second.
        for name in ["locked.json", "forced.json"] {
            try write(SampleMap.make(), to: file(name))
            chmod(file(name), 0o444)
        }
        let retitle: [HeadlessTerminal.Input] = [.key(.character(":"))] + typed("title Changed")
        let asked = Session(retitle + [.key(.control("s"))], path: file("locked.json"))
        #expect(asked.grid.statusText.contains("is read-only. Write it anyway"))
        #expect(try MapStore.load(path: file("locked.json")).title == SampleMap.make().title)

        let forced = Session(retitle + [.key(.character(":"))] + typed("w!"), path: file("forced.json"))
        #expect(forced.view.message?.text.hasPrefix("saved") == true, "\(forced.view.message?.text ?? "")")
        #expect(try MapStore.load(path: file("forced.json")).title == "Changed")
    }

    @Test func aFailedSaveSaysSoInFull() throws {
        let missingFolder = file("no/such/folder/map.json")
        let session = Session([.key(.character(":"))] + typed("w \(missingFolder)"), width: 80, height: 24)
        let message = try #require(session.view.message?.text)
        #expect(message.contains("the file on disk is unchanged"))
        // The whole message shows, wrapped above the status line, at 80 columns.
        #expect(session.grid.statusText.contains("could not save") && session.grid.statusText.contains("the file on disk is unchanged"))
    }
}
