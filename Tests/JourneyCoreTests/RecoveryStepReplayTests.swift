import Foundation
@testable import JourneyCore
import Testing

/// A session that recovered another's journal holds the recovery as one
/// step that takes out every stage and puts it back as recovered. Replaying
/// that journal (a second crash, or `journey watch`) must give the recovered
/// map whole: the moved stages keep what the journal changed in them, and a
/// touchpoint whose id a channel also uses ("delivery" in the sample) is
/// not taken for a duplicate.
@Suite struct RecoveryStepReplayTests {
    @Test func aJournalHoldingARecoveryStepReplaysWhole() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("map.json")
        _ = MapStore.save(SampleMap.make(), to: path)
        var crashed = try #require(EditingSession(path: path))
        crashed.edit(Edits.insertTouchpoint(crashed.map, stage: 0, at: 0, name: "Before the crash").0)
        let old = try #require(FoundJournal.all(MapPaths(path)).first)
        var restarted = try #require(EditingSession(path: path))
        let result = restarted.file.recover(old, onto: restarted.map)
        restarted.edit(Edits.replaceMap(restarted.map, with: result.map))
        restarted.file.retire(result)
        let own = try #require(FoundJournal.all(MapPaths(path)).first)
        let file = try MapStore.load(path: path)
        let replayed = Recovery.replay(own, onto: file, fileFingerprint: Journal.fingerprint(try MapStore.readFile(path: path)))
        #expect(replayed.map.stages.map(\.id) == restarted.map.stages.map(\.id))
        #expect(replayed.map == restarted.map)
        #expect(replayed.unresolved.isEmpty)
    }
}
