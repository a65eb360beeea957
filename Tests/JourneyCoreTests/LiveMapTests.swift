import Foundation
@testable import JourneyCore
import Testing

/// `journey watch` reads a map as its editor sees it: the file and the
/// journals beside it, as they grow, through saves, quits, crashes and restarts.
/// Journals written in this process read as left by a journey no longer
/// running (this process is never "another journey"): a lock or a journal
/// header naming a live process stands for a running editor.
@Suite struct LiveMapTests {
    let folder = TemporaryFolder()
    var path: String { folder.file("map.json") }

    init() {
        _ = MapStore.save(SampleMap.make(), to: folder.file("map.json"))
    }

    func names(_ map: JourneyMap?) -> [String] {
        map?.stages.flatMap { $0.touchpoints.map(\.name) } ?? []
    }

    func rename(_ session: inout EditingSession, to name: String) {
        session.edit(Edits.renameTouchpoint(session.map, stage: 2, index: 0, name: name))
    }

    /// The touchpoints of the map an update brings; nil when it brings none.
    func changed(_ update: WatchUpdate?) -> [String]? {
        guard let map = update?.map else { return nil }
        return names(map)
    }

    func journalPaths() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".map.json.journal-") }
            .map(folder.file)
    }

    /// Rewrites a journal's header to name the parent of this process, which runs: a running editor's journal.
    /// The header keeps its length (the user name gives or takes what the pid's digits change): the
    /// journal's writer goes on appending at its own offset, and a shifted line would read as damaged.
    func pretendRunning(_ journal: String) throws {
        var lines = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        guard case .object(var header)? = Journal.entry(Array(lines[0].utf8)[...]),
              case .string(let user)? = header["user"] else { throw CocoaError(.fileReadCorruptFile) }
        header["pid"] = .int(Int(getppid()))
        header["user"] = .string("")
        let room = lines[0].utf8.count - (Journal.line(.object(header)).count - 1)
        guard room >= 0 else { throw CocoaError(.fileWriteUnknown) }
        header["user"] = .string(String((user + String(repeating: " ", count: room)).prefix(room)))
        lines[0] = Substring(String(decoding: Journal.line(.object(header)).dropLast(), as: UTF8.self))
        try lines.joined(separator: "\n").write(toFile: journal, atomically: false, encoding: .utf8)
    }

    /// A lock naming the parent of this process, which runs: an editor has the map open.
    func lockByRunningEditor() {
        _ = folder.write(".map.json.lock", "\(getppid()) 0 \(ProcessInfo.processInfo.hostName) someone\n")
    }

    @Test func theFirstLookShowsTheSavedFileAndTheEditorClosed() throws {
        defer { folder.remove() }
        let live = LiveMap(path)
        let update = try #require(live.poll())
        #expect(names(update.map) == names(SampleMap.make()))
        #expect(update.editor == .closed)
        #expect(update.lead == nil)
        #expect(live.poll() == nil, "nothing changed: nothing to say")
    }

    @Test func editsAppearAsTheJournalGrows() throws {
        defer { folder.remove() }
        lockByRunningEditor()
        let live = LiveMap(path)
        #expect(live.poll()?.editor == .editing)
        var session = try #require(EditingSession(path: path))
        rename(&session, to: "First")
        #expect(changed(live.poll())?.contains("First") == true)
        rename(&session, to: "Second")
        session.edit(Edits.insertTouchpoint(session.map, stage: 1, at: 0, name: "Brand new").0)
        let update = try #require(live.poll())
        #expect(names(update.map) == names(session.map))
        #expect(live.poll() == nil)
    }

    @Test func aLastLineNotYetWholeWaitsForTheRest() throws {
        defer { folder.remove() }
        var session = try #require(EditingSession(path: path))
        rename(&session, to: "Whole")
        let journal = try #require(journalPaths().first)
        let live = LiveMap(path)
        #expect(changed(live.poll())?.contains("Whole") == true)
        // The next record, written in two pieces as a slow disk might.
        var next = session
        rename(&next, to: "Later")
        let bytes = try #require(FileManager.default.contents(atPath: journal))
        let whole = try String(contentsOfFile: journal, encoding: .utf8)
        let lastLine = whole.split(separator: "\n").last!
        let cut = bytes.count - lastLine.utf8.count - 1 + lastLine.utf8.count / 2
        try bytes.prefix(cut).write(to: URL(fileURLWithPath: journal))
        #expect(changed(live.poll()) == nil, "half a record is not an edit, nor damage")
        #expect(live.poll() == nil)
        try bytes.write(to: URL(fileURLWithPath: journal))
        let update = try #require(live.poll())
        #expect(names(update.map).contains("Later"))
        #expect(update.notes.isEmpty)
    }

    @Test func aSaveShowsTheSameMapAndNothingTwice() throws {
        defer { folder.remove() }
        var session = try #require(EditingSession(path: path))
        let live = LiveMap(path)
        _ = live.poll()
        session.edit(Edits.insertTouchpoint(session.map, stage: 0, at: 0, name: "Added once").0)
        #expect(names(live.poll()?.map) == names(session.map))
        #expect(session.save().isSaved)
        let saved = try #require(live.poll())
        #expect(saved.saved)
        #expect(changed(saved) == nil, "the file holds what the journal did")
        #expect(journalPaths().isEmpty)
        rename(&session, to: "After the save")
        #expect(names(live.poll()?.map) == names(session.map))
        #expect(names(session.map).filter { $0 == "Added once" }.count == 1)
    }

    @Test func aSaveSeenHalfWayIsRightAtEachStep() throws {
        defer { folder.remove() }
        var session = try #require(EditingSession(path: path))
        rename(&session, to: "Edited")
        let live = LiveMap(path)
        _ = live.poll()
        // The save marker is in the journal, the file not yet replaced: the edits still show.
        let journal = try #require(journalPaths().first)
        let copy = journal + ".copy"
        try FileManager.default.copyItem(atPath: journal, toPath: copy)
        #expect(session.save().isSaved)
        try FileManager.default.moveItem(atPath: copy, toPath: journal)
        // Now the file is replaced and the journal (with its marker) still there.
        let update = try #require(live.poll())
        #expect(update.saved)
        #expect(names(session.map).contains("Edited"))
        #expect(live.poll() == nil, "the saved file holds the journal's edits: the same map")
        try FileManager.default.removeItem(atPath: journal)
        #expect(changed(live.poll()) == nil)
    }

    @Test func quittingWithEverythingSavedLeavesTheFile() throws {
        defer { folder.remove() }
        lockByRunningEditor()
        var session = try #require(EditingSession(path: path))
        rename(&session, to: "Kept")
        let live = LiveMap(path)
        #expect(live.poll()?.editor == .editing)
        #expect(session.save().isSaved)
        session.file.close(keepJournal: false)
        try FileManager.default.removeItem(atPath: folder.file(".map.json.lock"))
        let update = try #require(live.poll())
        #expect(update.editor == .closed)
        #expect(names(try MapStore.load(path: path)).contains("Kept"))
    }

    @Test func aCrashLeavesTheJournalShownAndSaysSo() throws {
        defer { folder.remove() }
        // The editor's lock and journal name a process that is gone.
        var session = try #require(EditingSession(path: path))
        rename(&session, to: "Unsaved")
        let live = LiveMap(path)
        let update = try #require(live.poll())
        #expect(update.editor == .stopped(unsaved: true))
        #expect(names(update.map).contains("Unsaved"))
    }

    @Test func aRestartRecoveringTheOldJournalAppliesNothingTwice() throws {
        defer { folder.remove() }
        var crashed = try #require(EditingSession(path: path))
        crashed.edit(Edits.insertTouchpoint(crashed.map, stage: 0, at: 0, name: "Before the crash").0)
        let live = LiveMap(path)
        #expect(names(live.poll()?.map) == names(crashed.map))
        // A new editor recovers the old journal into its own (one step), then the old one goes.
        let old = try #require(FoundJournal.all(MapPaths(path)).first)
        var restarted = try #require(EditingSession(path: path))
        let result = restarted.file.recover(old, onto: restarted.map)
        restarted.edit(Edits.replaceMap(restarted.map, with: result.map))
        try pretendRunning(try #require(restarted.file.journalWriter.path))
        let both = live.poll()
        #expect(changed(both) == nil, "the two journals together make the same map")
        restarted.file.retire(result)
        rename(&restarted, to: "After the restart")
        let update = try #require(live.poll())
        #expect(names(update.map) == names(restarted.map))
        #expect(names(update.map).filter { $0 == "Before the crash" }.count == 1)
    }

    @Test func aDamagedLineIsSkippedAndSaidOnce() throws {
        defer { folder.remove() }
        var session = try #require(EditingSession(path: path))
        rename(&session, to: "One")
        let journal = try #require(journalPaths().first)
        let handle = try #require(FileHandle(forWritingAtPath: journal))
        handle.seekToEndOfFile()
        handle.write(Data("0000000000000000 {\"seq\": 99, \"changes\": []}\n".utf8))
        try handle.close()
        let live = LiveMap(path)
        let update = try #require(live.poll())
        #expect(names(update.map).contains("One"))
        #expect(update.notes.count == 1)
        #expect(update.notes.first?.contains("damaged") == true)
        #expect(live.poll() == nil, "said once")
    }

    @Test func aMissingFileWaitsAndComesBack() throws {
        defer { folder.remove() }
        let live = LiveMap(path)
        _ = live.poll()
        try FileManager.default.removeItem(atPath: path)
        let gone = try #require(live.poll())
        #expect(gone.editor == .missing)
        _ = MapStore.save(SampleMap.make(), to: path)
        #expect(live.poll()?.editor == .closed)
    }

    @Test func aNewMapNeverSavedIsTheBlankMapWithItsJournal() throws {
        defer { folder.remove() }
        let newPath = folder.file("new.json")
        var session = try #require(EditingSession(path: newPath))
        session.edit(Edits.insertTouchpoint(session.map, stage: 0, at: 0, name: "Unsaved start").0)
        let update = try #require(LiveMap(newPath).poll())
        #expect(names(update.map) == names(session.map))
        #expect(update.editor == .stopped(unsaved: true))
    }

    @Test func aFileThatDoesNotLoadKeepsTheLastGoodMap() throws {
        defer { folder.remove() }
        let live = LiveMap(path)
        _ = live.poll()
        _ = folder.write("map.json", "{ not json")
        let update = try #require(live.poll())
        #expect(changed(update) == nil)
        #expect(update.notes.first?.contains("not valid JSON") == true)
        #expect(live.fileError != nil)
    }

    @Test func watchingWritesNothing() throws {
        defer { folder.remove() }
        var session = try #require(EditingSession(path: path))
        rename(&session, to: "Untouched")
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let live = LiveMap(path)
        for _ in 0..<3 { _ = live.poll() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
    }

    /// Issue 25, finding 8: a last line without its newline waits for the
    /// journal to grow; a watcher that looked at it does not read it again at every look.
    @Test func aPartialLineIsNotReadAgainUntilTheJournalGrows() throws {
        defer { folder.remove() }
        let journal = folder.write(".map.json.journal-partial", String(repeating: "x", count: 1 << 20))
        let fs = FaultyFileSystem()
        let live = LiveMap(path, fileSystem: fs)
        _ = live.poll()
        let looked = fs.calls.count
        for _ in 0..<3 { _ = live.poll() }
        let reads = fs.calls[looked...].filter { $0 == "read \(journal)" }
        #expect(reads.isEmpty, "read the partial line again \(reads.count) times")
    }
}
