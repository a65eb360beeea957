import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// Opening a map whose journal meets a file changed since: the edits merge
/// by id, and each collision is asked about, one at a time.
@Suite final class RecoveryTests {
    let folder: String
    var path: String { folder + "/m.json" }

    init() throws {
        folder = NSTemporaryDirectory() + "journey-recovery-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func typed(_ text: String) -> [HeadlessTerminal.Input] { text.map { .key(.character($0)) } + [.key(.enter)] }

    /// A session that retitles the map and renames its first touchpoint, then
    /// loses its terminal (the journal stays); meanwhile the file changes under it.
    func leaveAJournalThenChangeTheFile() throws {
        #expect(MapStore.save(SampleMap.make(), to: path).isSaved)
        _ = Session([.key(.character(":"))] + typed("title Mine") + [.key(.character(":"))] + typed("rename Ad (mine)")
                    + [.key(.character(":"))] + typed("purpose Only mine"), path: path)
        var theirs = SampleMap.make()
        theirs.title = "Theirs"
        theirs.stages[0].touchpoints[0].name = "Ad (theirs)"
        #expect(MapStore.save(theirs, to: path).isSaved)
    }

    @Test func eachCollisionIsAskedAboutOneAtATime() throws {
        try leaveAJournalThenChangeTheFile()
        let asked = Session([.key(.character("r"))], path: path)
        // A box titled with the count, both sides of the conflict in it.
        let conflict = asked.grid.box(titled: "─ Conflict 1 of 2 ")
        #expect(conflict.contains { $0.hasPrefix("Yours: “") } && conflict.contains { $0.hasPrefix("The file's: “") }, "\(conflict)")

        let session = Session([.key(.character("r")), .key(.character("m")), .key(.character("t"))], path: path)
        #expect(session.editor.modeName == "GRID")
        #expect(session.map.objectives.purpose == "Only mine", "what only I changed merges")
        let answers = [session.map.title, session.map.stages[0].touchpoints[0].name]
        #expect(Set(answers) == ["Mine", "Ad (theirs)"] || Set(answers) == ["Theirs", "Ad (mine)"],
                "one conflict went my way, the other the file's: \(answers)")
        #expect(session.view.message?.text.hasPrefix("recovered") == true)
    }

    @Test func oneAnswerCanSettleEveryConflictLeft() throws {
        try leaveAJournalThenChangeTheFile()
        let session = Session([.key(.character("r")), .key(.character("T"))], path: path)
        #expect(session.map.title == "Theirs")
        #expect(session.map.stages[0].touchpoints[0].name == "Ad (theirs)")
        #expect(session.map.objectives.purpose == "Only mine")
    }

    @Test func cancellingKeepsTheJournalsAndOpensReadOnly() throws {
        try leaveAJournalThenChangeTheFile()
        let session = Session([.key(.character("r")), .key(.character("c"))], path: path)
        #expect(session.view.file.isReadOnly)
        #expect(session.map.title == "Theirs")
        #expect(!FoundJournal.all(MapPaths(path)).isEmpty, "the journal stays for later")
    }
}
