import Foundation
@testable import JourneyCore
import JourneyTestSupport
import Testing

@Suite struct JournalTests {
    /// Random edits (and undos), each journaled as committed.
    func randomSession(seed: UInt64, edits: Int, path: String) throws -> EditingSession {
        var r = SeededRandom(seed: seed)
        #expect(MapStore.save(RandomMaps.map(&r), to: path).isSaved)
        var session = try #require(EditingSession(path: path))
        while session.states.count <= edits {
            if Int.random(in: 0..<5, using: &r) == 0 && session.document.history.canUndo {
                #expect(try session.undo().get() == .upToDate)
            } else if let edit = RandomMaps.edit(session.map, &r) {
                #expect(try session.edit(edit)?.get() == .upToDate)
            }
        }
        return session
    }

    func journalPaths(_ path: String) -> [String] { FoundJournal.all(MapPaths(path)).map(\.path) }

    /// The sample saved as `m.json` in `folder`, opened for editing.
    func sampleSession(_ folder: TemporaryFolder, fileSystem fs: FileSystem = PosixFileSystem.shared) throws
        -> (path: String, session: EditingSession) {
        let path = folder.file("m.json")
        #expect(MapStore.save(SampleMap.make(), to: path).isSaved)
        return (path, try #require(EditingSession(path: path, fileSystem: fs)))
    }

    /// Edits that each change a different touchpoint, so none depends on another.
    func independentSession(_ folder: TemporaryFolder, edits: Int) throws -> (path: String, session: EditingSession) {
        var (path, session) = try sampleSession(folder)
        for i in 0..<edits {
            let (s, t) = session.map.stages.indices.flatMap { s in session.map.stages[s].touchpoints.indices.map { (s, $0) } }[i]
            session.edit(Edits.renameTouchpoint(session.map, stage: s, index: t, name: "Edit \(i)"))
        }
        return (path, session)
    }

    @Test func replayRestoresEveryCommittedEdit() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        for seed in 0..<40 {
            let path = folder.file("map\(seed).json")
            let session = try randomSession(seed: UInt64(seed), edits: 20, path: path)
            let (map, results) = EditingSession.recover(path)
            #expect(results.count == 1)
            #expect(results.allSatisfy { $0.isComplete && $0.conflicts.isEmpty && $0.editsRead == 20 })
            #expect(map == session.states.last, "seed \(seed)")
        }
    }

    @Test func aJournalCutAnywhereRecoversEverythingBeforeTheCut() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("map.json")
        let session = try randomSession(seed: 99, edits: 12, path: path)
        let journal = try #require(journalPaths(path).first)
        let full = [UInt8](FileManager.default.contents(atPath: journal)!)
        let lineEnds = full.indices.filter { full[$0] == UInt8(ascii: "\n") }
        for cut in stride(from: lineEnds[0] + 1, through: full.count, by: 7) + [full.count - 1, full.count] {
            try Data(full[..<cut]).write(to: URL(fileURLWithPath: journal))
            let complete = lineEnds.filter { $0 < cut }.count - 1
            let (map, results) = EditingSession.recover(path)
            #expect(results.first?.editsRead == complete, "cut at \(cut)")
            #expect(results.first?.isComplete == true, "a line cut short is an edit never confirmed, not damage")
            #expect(map == session.states[complete], "cut at \(cut)")
        }
    }

    @Test func aDamagedRecordLosesOnlyItselfAndIsReported() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let (path, session) = try independentSession(folder, edits: 6)
        let journal = try #require(journalPaths(path).first)
        var bytes = [UInt8](FileManager.default.contents(atPath: journal)!)
        let lineEnds = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }
        bytes[lineEnds[3] + 30] ^= 0x20  // inside the fourth edit
        try Data(bytes).write(to: URL(fileURLWithPath: journal))
        let (map, results) = EditingSession.recover(path)
        let result = try #require(results.first)
        #expect(result.damaged.map(\.line) == [5])
        #expect(!result.isComplete)
        var expected = session.states[6]
        let (s, t) = expected.touchpointPosition(id: session.states[3].stages.flatMap(\.touchpoints)[3].id)!
        expected.stages[s].touchpoints[t].name = SampleMap.make().stages[s].touchpoints[t].name
        #expect(map == expected, "every edit but the fourth")
        // Never deleted: kept aside under a name that says so.
        let aside = try #require(session.file.retire(result))
        #expect(aside.hasSuffix(".damaged") && FileManager.default.fileExists(atPath: aside))
        #expect(journalPaths(path).isEmpty, "a damaged journal set aside is not offered again")
    }

    @Test func aDamagedHeaderKeepsTheJournalAndItsEdits() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let (path, session) = try independentSession(folder, edits: 3)
        let journal = try #require(journalPaths(path).first)
        var bytes = [UInt8](FileManager.default.contents(atPath: journal)!)
        bytes[20] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: journal))
        let found = try #require(FoundJournal.all(MapPaths(path)).first)
        #expect(found.headerDamaged && found.records == 3)
        let (map, results) = EditingSession.recover(path)
        #expect(results.first?.damaged.map(\.line) == [1])
        #expect(map == session.states.last)
    }

    /// Issue 9's first repro, in Core: the journal from before a save, put
    /// back after it, must not add its edits a second time.
    @Test func aJournalFromBeforeTheSaveThatHoldsItsEditsReplaysNothing() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        var (path, session) = try sampleSession(folder)
        session.edit(Edits.insertTouchpoint(session.map, stage: 0, at: 1, name: "New step").0)
        let journal = try #require(journalPaths(path).first)
        let copy = FileManager.default.contents(atPath: journal)!
        #expect(session.save() == .saved(fingerprint: Journal.fingerprint([UInt8](FileManager.default.contents(atPath: path)!))))
        #expect(journalPaths(path).isEmpty)
        #expect(FileManager.default.createFile(atPath: journal, contents: copy))
        let (map, results) = EditingSession.recover(path)
        #expect(map == session.map)
        #expect(results.first?.changesApplied == 0)
        #expect(map?.stages[0].touchpoints.filter { $0.name == "New step" }.count == 1)
    }

    @Test func theSaveMarkerNamesTheSavedEditsAndTheNewFile() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        var (path, session) = try sampleSession(folder)
        session.edit(Edits.updateInfo(session.map) { $0.title = "Saved" })
        let journal = try #require(journalPaths(path).first)
        session.file.journalWriter.markSaving(fingerprint: "0123456789abcdef")
        let last = try #require(String(decoding: FileManager.default.contents(atPath: journal)!, as: UTF8.self)
            .split(separator: "\n").last)
        #expect(last.contains(#""saved":{"fingerprint":"0123456789abcdef","through":1}"#))
    }

    @Test func editsMergeByIDOntoAFileChangedSince() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        var (path, session) = try sampleSession(folder)
        let firstID = session.map.stages[0].touchpoints[0].id
        session.edit(Edits.renameTouchpoint(session.map, stage: 0, index: 0, name: "Mine"))
        let (insert, added) = Edits.insertTouchpoint(session.map, stage: 0, at: 1, name: "Added by me")
        session.edit(insert)
        // Someone else, meanwhile: a touchpoint at the front of the same stage, another renamed, the title.
        var theirs = SampleMap.make()
        theirs.title = "Their title"
        theirs.stages[0].touchpoints.insert(Touchpoint(id: "tp-theirs", name: "Theirs first"), at: 0)
        theirs.stages[1].touchpoints[0].name = "Their rename"
        #expect(MapStore.save(theirs, to: path).isSaved)
        let (map, results) = EditingSession.recover(path)
        #expect(results.first?.conflicts == [])
        let names = try #require(map).stages[0].touchpoints.map(\.name)
        #expect(names.prefix(3) == ["Theirs first", "Mine", "Added by me"])
        #expect(map?.title == "Their title" && map?.stages[1].touchpoints[0].name == "Their rename")
        #expect(map?.stages[0].touchpoints.filter { $0.id == added.id }.count == 1)
        #expect(map?.stages[0].touchpoints[1].id == firstID)
    }

    @Test func aCollisionIsAConflictWithBothValuesAndNeverASilentOverwrite() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        var (path, session) = try sampleSession(folder)
        session.edit(Edits.renameTouchpoint(session.map, stage: 0, index: 0, name: "Mine"))
        session.edit(Edits.updateInfo(session.map) { $0.title = "My title" })
        var theirs = SampleMap.make()
        theirs.stages[0].touchpoints[0].name = "Theirs"
        theirs.objectives.purpose = "Their purpose"
        #expect(MapStore.save(theirs, to: path).isSaved)

        let (undecided, results) = EditingSession.recover(path)
        let conflict = try #require(results.first?.unresolved.first)
        #expect(results.first?.unresolved.count == 1)
        #expect(conflict.what.contains("touchpoint 'Theirs'") && conflict.what.hasSuffix(": name"))
        #expect(conflict.mine == "Mine" && conflict.theirs == "Theirs")
        #expect(undecided?.stages[0].touchpoints[0].name == "Theirs", "undecided keeps theirs")
        #expect(undecided?.title == "My title" && undecided?.objectives.purpose == "Their purpose", "the rest merges")
        #expect(results.first?.isComplete == false)

        #expect(EditingSession.recover(path, otherwise: .mine).map?.stages[0].touchpoints[0].name == "Mine")
        #expect(EditingSession.recover(path, otherwise: .theirs).map?.stages[0].touchpoints[0].name == "Theirs")
        let found = try #require(FoundJournal.all(MapPaths(path)).first)
        let chosen = session.file.recover(found, onto: theirs, choices: [conflict.id: .mine])
        #expect(chosen.isComplete && chosen.map.stages[0].touchpoints[0].name == "Mine")
    }

    @Test func aDeletionMeetsAChangeAsAConflict() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        var (path, session) = try sampleSession(folder)
        session.edit(Edits.renameTouchpoint(session.map, stage: 0, index: 0, name: "Mine"))
        var theirs = SampleMap.make()
        let gone = theirs.stages[0].touchpoints.remove(at: 0)
        #expect(MapStore.save(theirs, to: path).isSaved)
        let (map, results) = EditingSession.recover(path)
        #expect(results.first?.unresolved.first?.what.contains("deleted in the file") == true)
        #expect(map?.containsID(gone.id) == false)
        #expect(EditingSession.recover(path, otherwise: .mine).map?.touchpointPosition(id: gone.id) != nil)
    }

    @Test func anOlderJournalIsRefusedByNameAndKept() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("m.json")
        #expect(MapStore.save(SampleMap.make(), to: path).isSaved)
        let header = Journal.line(.object(["journal": .string(Journal.format), "version": .int(1), "file": .string("m.json")]))
        #expect(FileManager.default.createFile(atPath: folder.file(".m.json.journal"), contents: Data(header)))
        let (_, results) = EditingSession.recover(path)
        #expect(results.first?.refusal?.contains("older journey (journal version 1)") == true)
        #expect(results.first?.isComplete == false)
    }

    @Test func journalingResumesAfterTheDiskFillsAndCatchesUp() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let fs = FaultyFileSystem()
        var (path, session) = try sampleSession(folder, fileSystem: fs)
        session.edit(Edits.updateInfo(session.map) { $0.title = "One" })
        fs.diskFull = true
        #expect(try session.edit(Edits.updateInfo(session.map) { $0.title = "Two" })?.get()
                == .behind(edits: 1, reason: "cannot write the recovery journal (No space left on device)"))
        if case .success(.behind(let edits, _))? = session.edit(Edits.updateInfo(session.map) { $0.title = "Three" }) {
            #expect(edits == 2)
        } else {
            Issue.record("expected the journal to be behind")
        }
        #expect(EditingSession.recover(path).map?.title == "One")
        fs.diskFull = false
        #expect(try session.edit(Edits.updateInfo(session.map) { $0.title = "Four" })?.get() == .upToDate)
        let (map, results) = EditingSession.recover(path)
        #expect(map == session.map && results.first?.editsRead == 4)
    }

    @Test func aValueTheLoaderRefusesNeverReachesTheJournalOrTheFile() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        var (path, session) = try sampleSession(folder)
        for bad in [Double.infinity, -Double.infinity, Double.nan] {
            let edit = Edits.updateTouchpoint(session.map, stage: 0, index: 0) { $0.metrics[.csat] = bad }
            guard case .failure? = session.edit(edit) else {
                Issue.record("journaled \(bad)")
                continue
            }
            #expect(session.map == SampleMap.make(), "the refused edit is taken back")
        }
        let outOfScale = Edits.updateTouchpoint(session.map, stage: 0, index: 0) { $0.emotion["maya"] = 9 }
        if case .success? = session.edit(outOfScale) { Issue.record("journaled a score outside the scale") }
        #expect(journalPaths(path).allSatisfy { !String(decoding: FileManager.default.contents(atPath: $0)!, as: UTF8.self).contains("inf") })
        var broken = SampleMap.make()
        broken.stages[0].metrics[.nps] = .nan
        guard case .failed(let error) = MapStore.save(broken, to: path) else {
            Issue.record("saved a NaN")
            return
        }
        #expect(error.reason.contains("nan"))
        #expect(try MapStore.load(path: path) == SampleMap.make())
    }

    @Test func eachSessionHasItsOwnJournal() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("m.json")
        #expect(MapStore.save(SampleMap.make(), to: path).isSaved)
        var first = try #require(EditingSession(path: path))
        var second = try #require(EditingSession(path: path))  // "open anyway"
        first.edit(Edits.renameTouchpoint(first.map, stage: 0, index: 0, name: "First's"))
        second.edit(Edits.renameTouchpoint(second.map, stage: 1, index: 0, name: "Second's"))
        #expect(second.save().isSaved)
        second.edit(Edits.renameTouchpoint(second.map, stage: 2, index: 0, name: "Second's again"))
        first.edit(Edits.renameTouchpoint(first.map, stage: 3, index: 0, name: "First's again"))
        let journals = journalPaths(path)
        #expect(journals.count == 2)
        let (map, results) = EditingSession.recover(path)
        #expect(results.allSatisfy { $0.isComplete })
        let names = try #require(map).stages.prefix(4).map { $0.touchpoints[0].name }
        #expect(names == ["First's", "Second's", "Second's again", "First's again"])
    }
}
