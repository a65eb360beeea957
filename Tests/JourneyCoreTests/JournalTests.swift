import Foundation
import Testing
@testable import JourneyCore

@Suite struct JournalTests {
    /// Random edits journaled as they are committed; returns the map after each.
    func journaledSession(seed: UInt64, edits: Int, mapPath: String) throws -> (base: JourneyMap, states: [JourneyMap]) {
        var r = SeededRandom(seed: seed)
        let base = RandomMaps.map(&r)
        try MapStore.save(base, to: mapPath)
        let writer = try JournalWriter(mapPath: mapPath, base: Journal.fingerprint([UInt8](FileManager.default.contents(atPath: mapPath)!)))
        var document = Document(map: base, path: mapPath, isSaved: true)
        var states = [base]
        while states.count <= edits {
            if Int.random(in: 0..<5, using: &r) == 0 && document.history.canUndo {
                _ = document.undo()
                try writer.append(document.history.lastApplied)
            } else if let edit = RandomMaps.edit(document.map, &r) {
                document.commit(edit, at: nil)
                try writer.append(edit)
            } else {
                continue
            }
            states.append(document.map)
        }
        return (base, states)
    }

    @Test func replayRestoresEveryCommittedEdit() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        for seed in 0..<50 {
            let path = folder.file("map\(seed).json")
            let (base, states) = try journaledSession(seed: UInt64(seed), edits: 20, mapPath: path)
            let journal = try #require(JournalContents.read(mapPath: path))
            #expect(journal.editCount == 20)
            #expect(!journal.isDamaged)
            #expect(journal.matches(base: Journal.fingerprint([UInt8](FileManager.default.contents(atPath: path)!))))
            var recovered = base
            try journal.replay(onto: base).apply(to: &recovered)
            #expect(recovered == states.last, "seed \(seed)")
        }
    }

    @Test func aJournalCutAnywhereRecoversEverythingBeforeTheCut() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("map.json")
        let (base, states) = try journaledSession(seed: 99, edits: 12, mapPath: path)
        let journalPath = Journal.path(for: path)
        let full = [UInt8](FileManager.default.contents(atPath: journalPath)!)
        let lineEnds = full.indices.filter { full[$0] == UInt8(ascii: "\n") }
        for cut in stride(from: lineEnds[0] + 1, through: full.count, by: 7) + [full.count - 1, full.count] {
            try Data(full[..<cut]).write(to: URL(fileURLWithPath: journalPath))
            let journal = try #require(JournalContents.read(mapPath: path))
            let complete = lineEnds.filter { $0 < cut }.count - 1
            #expect(journal.editCount == complete, "cut at \(cut)")
            #expect(journal.isDamaged == (cut != full.count && !lineEnds.contains(cut - 1)))
            var recovered = base
            try journal.replay(onto: base).apply(to: &recovered)
            #expect(recovered == states[complete], "cut at \(cut)")
        }
    }

    @Test func aFlippedByteEndsTheJournalThere() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("map.json")
        let (base, states) = try journaledSession(seed: 5, edits: 6, mapPath: path)
        let journalPath = Journal.path(for: path)
        var bytes = [UInt8](FileManager.default.contents(atPath: journalPath)!)
        let lineEnds = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }
        bytes[lineEnds[3] + 30] ^= 0x20  // inside the fourth edit
        try Data(bytes).write(to: URL(fileURLWithPath: journalPath))
        let journal = try #require(JournalContents.read(mapPath: path))
        #expect(journal.editCount == 3 && journal.isDamaged)
        var recovered = base
        try journal.replay(onto: base).apply(to: &recovered)
        #expect(recovered == states[3])
    }

    @Test func aChangedMapFileIsNoticed() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("map.json")
        _ = try journaledSession(seed: 1, edits: 2, mapPath: path)
        try MapStore.save(BlankMap.make(), to: path)
        let journal = try #require(JournalContents.read(mapPath: path))
        #expect(!journal.matches(base: Journal.fingerprint([UInt8](FileManager.default.contents(atPath: path)!))))
    }
}
