import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// The editor law (issue 8), over thousands of random sessions run through
/// the runtime on a headless terminal, each on a real map file so that every
/// step is journaled: (a) nothing crashes; (b) whatever the editor accepted
/// saves to a file that loads back equal; (c) the file as it is on disk with
/// the session's journal replayed is exactly the editor's map (unless the
/// session quit without saving: then no journal is left).
///
/// A failure names its seed and the shortest input found that still fails.
/// JOURNEY_LAW_SESSIONS=N runs N sessions (default 800); JOURNEY_LAW_SEED=N
/// runs that one; JOURNEY_LAW_TRACE=1 prints each seed before it runs, to
/// find the one behind a crash.
@Suite struct EditorLawTests {
    static let environment = ProcessInfo.processInfo.environment
    static let shards = 4

    static var seeds: [UInt64] {
        if let seed = environment["JOURNEY_LAW_SEED"].flatMap(UInt64.init) { return [seed] }
        return Array(0..<UInt64(environment["JOURNEY_LAW_SESSIONS"].flatMap(Int.init) ?? 800))
    }

    @Test(arguments: 0..<shards)
    func whateverTheEditorAcceptsSavesAndRecovers(shard: Int) {
        let folder = NSTemporaryDirectory() + "journey-law-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let clock = ContinuousClock()
        let started = clock.now
        var sessions = 0, inputs = 0, changes = 0
        for seed in Self.seeds where seed % UInt64(Self.shards) == UInt64(shard) {
            if Self.environment["JOURNEY_LAW_TRACE"] == "1" { print("editor law: seed \(seed)") }
            let session = LawSession.make(seed: seed, folder: folder + "/\(seed)")
            let outcome = Self.run(session)
            sessions += 1
            inputs += session.input.count
            changes += outcome.changes
            if let problem = outcome.problem {
                let smallest = Self.shrink(session)
                Issue.record("""
                    seed \(seed): \(problem)
                    the shortest input found that fails (\(smallest.width)x\(smallest.height), JOURNEY_LAW_SEED=\(seed)):
                    \(KeyNotation.text(of: smallest.input))
                    """)
            }
        }
        print("editor law, shard \(shard): \(sessions) sessions, \(inputs) inputs, \(changes) changes, \(clock.now - started)")
    }

    struct Outcome {
        var problem: String?
        var changes = 0
    }

    /// Runs a session on a fresh copy of its start map, and checks the law.
    static func run(_ law: LawSession) -> Outcome {
        let files = FileManager.default
        try? files.removeItem(atPath: law.folder)
        defer { try? files.removeItem(atPath: law.folder) }
        let path = law.folder + "/map.json"
        do {
            try files.createDirectory(atPath: law.folder, withIntermediateDirectories: true)
            try Data(law.start.file).write(to: URL(fileURLWithPath: path))
        } catch {
            return Outcome(problem: "cannot set up \(path): \(error)")
        }
        let editor = Session(law.input, width: law.width, height: law.height, map: law.start.map, path: path).editor
        return Outcome(problem: violation(editor, law), changes: editor.document.history.revisionCount)
    }

    static func violation(_ editor: Editor, _ law: LawSession) -> String? {
        let map = editor.map
        do {
            let loaded = try MapStore.decode(MapStore.encode(map), file: "law.json")
            if loaded != map { return "the saved map loads back different at " + difference(loaded, map) }
        } catch {
            return "the map the editor accepted does not save and load back: \(error)"
        }
        guard let path = editor.document.path, path.hasPrefix(law.folder + "/") else {
            return "saved outside the session's folder, to \(editor.document.path ?? "nowhere")"
        }
        do {
            let recovered = try recovered(mapPath: path, start: law.start)
            // Only quitting without saving may leave the file behind the editor, and then with no journal.
            if recovered == map || editor.isFinished && editor.document.isModified && !hasJournal(mapPath: path) { return nil }
            return "the file and its journal recover a different map, at " + difference(recovered, map)
        } catch {
            return "the file and its journal do not recover: \(error)"
        }
    }

    // MARK: the journal (its format is changing: this is the part to adapt)

    struct DamagedJournal: Error {}

    /// What recovery makes of the map at `mapPath`: the file as it is, with its journals replayed.
    static func recovered(mapPath: String, start: (map: JourneyMap, file: [UInt8])) throws -> JourneyMap {
        guard case .success(let opened) = MapFile.open(mapPath) else { throw DamagedJournal() }
        var map = opened.map ?? start.map
        for journal in FoundJournal.all(opened.file.paths) {
            let result = opened.file.recover(journal, onto: map)
            guard result.isComplete else { throw DamagedJournal() }
            map = result.map
        }
        return map
    }

    static func hasJournal(mapPath: String) -> Bool { !FoundJournal.all(MapPaths(mapPath)).isEmpty }

    // MARK: reporting

    /// Where the two maps differ, as saved.
    static func difference(_ found: JourneyMap, _ expected: JourneyMap) -> String {
        func text(_ map: JourneyMap) -> String {
            (try? MapStore.encode(map)).map { String(decoding: $0, as: UTF8.self) } ?? "\(map)"
        }
        return firstDifference(text(found), text(expected))
    }

    /// The shortest input found that still breaks the law: chunks of the
    /// input are dropped while it keeps failing, halving the chunk when none can go.
    static func shrink(_ law: LawSession) -> LawSession {
        var best = law
        var chunk = max(1, law.input.count / 2)
        var runs = 0
        while chunk > 0 && runs < 600 {
            var dropped = false
            var start = 0
            while start < best.input.count && runs < 600 {
                var trial = best
                trial.input.removeSubrange(start..<min(start + chunk, trial.input.count))
                runs += 1
                if run(trial).problem != nil {
                    best = trial
                    dropped = true
                } else {
                    start += chunk
                }
            }
            if !dropped { chunk /= 2 }
        }
        return best
    }
}
