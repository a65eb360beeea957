import Foundation
import JourneyCore
import Testing

/// Never lose a committed edit: kill -9 at random moments, SIGHUP from a
/// dropped session, two editors on one file, a file changed underneath.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux (apt-get install tmux)"))
struct CrashSafetyTests {
    static let trials = Int(ProcessInfo.processInfo.environment["JOURNEY_KILL_TRIALS"] ?? "") ?? 200

    /// The sample written to `path` and opened in an editor under tmux.
    func openSample(at path: String, width: Int = 100, height: Int = 30) throws -> Tmux {
        _ = try Binary.run(["new", path])
        let tmux = try Tmux(width: width, height: height, command: "'\(Binary.journey)' '\(path)'")
        try tmux.waitFor("Search ad")
        return tmux
    }

    func objectives(_ path: String) throws -> [String] {
        try MapStore.load(path: path).objectives.goals
    }

    /// Each trial: open the sample, make a few edits (add objectives, undo,
    /// save), each confirmed on screen, then kill -9 at a random moment —
    /// possibly in the middle of an edit or a save. Afterwards the file must
    /// parse, and recovery must give exactly the confirmed edits (plus the
    /// one in flight, if it got far enough).
    @Test func killNineAtRandomMomentsNeverLosesACommittedEdit() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        var random = SystemRandomNumberGenerator()
        var killsDuringSave = 0
        var inFlightKept = 0
        for trial in 0..<Self.trials {
            let path = scratch.file("map\(trial).json")
            _ = try Binary.run(["new", path])
            let tmux = try Tmux(width: 100, height: 30, command: "'\(Binary.journey)' '\(path)'")
            try tmux.waitFor("Search ad")
            var confirmed = try objectives(path)
            let initial = confirmed.count
            let steps = Int.random(in: 1...6, using: &random)
            var inFlight: [String]?
            var killedDuringSave = false
            for step in 0..<steps {
                let last = step == steps - 1
                // A key whose message differs from what the step will say, so the step's effect can be seen.
                try tmux.send("Q")
                try tmux.waitFor("no key Q here")
                var expected = confirmed
                let roll = Int.random(in: 0..<10, using: &random)
                let confirmation: String
                if roll < 2 && confirmed.count > initial {
                    expected.removeLast()
                    try tmux.send("u")
                    confirmation = "took back"
                } else if roll < 4 {
                    try tmux.send("C-s")
                    confirmation = "saved"
                    killedDuringSave = last
                } else {
                    let goal = "goal-\(trial)-\(step)"
                    expected.append(goal)
                    try tmux.type(":objective \(goal)\n")
                    confirmation = "objective added"
                }
                if last {
                    usleep(UInt32.random(in: 0...15_000, using: &random))
                    inFlight = expected
                    break
                }
                try tmux.waitFor(confirmation)
                confirmed = expected
            }
            try Editors.kill(of: path)
            _ = try? tmux.waitFor("the editor to be gone", timeout: 5) { !$0.contains("Search ad") }
            if killedDuringSave { killsDuringSave += 1 }

            let onDisk = try MapStore.load(path: path)  // throws if the file does not parse
            #expect(onDisk.stages.count == 6)
            let recovered = try Binary.run(["recover", path])
            #expect(recovered.status == 0, "trial \(trial): \(recovered.stderr)")
            let goals = try objectives(path)
            let ok = goals == confirmed || goals == inFlight
            #expect(ok, "trial \(trial): recovered \(goals), confirmed \(confirmed), in flight \(String(describing: inFlight))")
            if goals == inFlight && inFlight != confirmed { inFlightKept += 1 }
            if !ok { return }
        }
        print("kill -9 trials: \(Self.trials), \(killsDuringSave) during a save, \(inFlightKept) kept the edit in flight; no committed edit lost")
    }

    /// The window SQLite's and git's designs are about: a save stopped
    /// (by a test hook) just before or just after its rename, then killed;
    /// in some trials a second editor ("open anyway") has its own edits.
    /// Recovery must give every confirmed edit of both, exactly once.
    @Test func killNineAtTheRenameWindowNeverLosesOrRepeatsAnEdit() throws {
        var hits = 0
        var withSecond = 0
        let trials = max(8, Self.trials / 5)
        for trial in 0..<trials {
            let scratch = Scratch()  // a folder per trial: the hook marks it
            defer { scratch.remove() }
            let path = scratch.file("window\(trial).json")
            _ = try Binary.run(["new", path])
            let hook = trial % 2 == 0 ? "before-rename" : "after-rename"
            let tmux = try Tmux(width: 100, height: 30, command: "JOURNEY_TEST_PAUSE=\(hook) exec '\(Binary.journey)' '\(path)'")
            try tmux.waitFor("Search ad")
            var goals = try objectives(path)
            for step in 0..<(1 + trial % 3) {
                let goal = "window-\(trial)-\(step)"
                try tmux.send("Q")
                try tmux.waitFor("no key Q here")
                try tmux.type(":objective \(goal)\n")
                try tmux.waitFor("objective added")
                goals.append(goal)
            }
            var second: Tmux?
            if trial % 4 >= 2 {
                withSecond += 1
                let other = try Tmux(width: 100, height: 30, command: "'\(Binary.journey)' '\(path)'")
                try other.waitFor("Open elsewhere")
                try other.send("a")
                try other.waitFor("opened anyway")
                try other.retitle("Second editor \(trial)")
                second = other
            }
            try tmux.send("C-s")
            let paused = scratch.file(".journey-test-paused")
            let deadline = Date().addingTimeInterval(10)
            while !FileManager.default.fileExists(atPath: paused) && Date() < deadline { usleep(10_000) }
            #expect(FileManager.default.fileExists(atPath: paused), "trial \(trial): the save did not reach the \(hook) hook")
            if FileManager.default.fileExists(atPath: paused) { hits += 1 }
            try Editors.kill(of: path)
            _ = try? tmux.waitFor("the editor to be gone", timeout: 5) { !$0.contains("Search ad") }
            _ = try? second?.waitFor("the second editor to be gone", timeout: 5) { !$0.contains("Search ad") }

            #expect((try? MapStore.load(path: path)) != nil, "trial \(trial): the map does not load")
            let recovered = try Binary.run(["recover", path])
            #expect(recovered.status == 0, "trial \(trial) (\(hook)): \(recovered.stderr)")
            let map = try MapStore.load(path: path)
            #expect(map.objectives.goals == goals, "trial \(trial) (\(hook)): \(map.objectives.goals) for \(goals)")
            if second != nil { #expect(map.title == "Second editor \(trial)", "trial \(trial): the second editor's edit") }
            if map.objectives.goals != goals { return }
        }
        print("kill -9 at the rename window: \(trials) trials, \(hits) held and killed there "
              + "(before and after the rename in turn), \(withSecond) with a second editor")
    }

    @Test func hangupFromADroppedSessionKeepsTheEditsForRecovery() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("map.json")
        _ = try Binary.run(["new", path])
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let tmux = try Tmux(width: 100, height: 30, command: "'\(Binary.journey)' '\(path)'")
        try tmux.waitFor("Search ad")
        try tmux.type(":objective survives the hangup\n")
        try tmux.waitFor("objective added")
        try tmux.retitle("Renamed before the link dropped")
        try tmux.tmux(["kill-server"])  // the terminal goes away: SIGHUP
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            let running = try Spawn.run("/usr/bin/pgrep", ["-f", "journey.*" + path], environment: [:]).stdout
            if running.isEmpty { break }
            usleep(20_000)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original, "the map is untouched")
        // The lock goes with the process (from another host a left lock looks held); the journal stays.
        #expect(!FileManager.default.fileExists(atPath: MapPaths(path).lock))
        let journals = FoundJournal.all(MapPaths(path))
        #expect(journals.count == 1 && journals.first?.records == 2)
        #expect(try Binary.run(["recover", path]).status == 0)
        let map = try MapStore.load(path: path)
        #expect(map.title == "Renamed before the link dropped")
        #expect(map.objectives.goals.last == "survives the hangup")
    }

    @Test func reopeningAfterACrashOffersRecovery() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("map.json")
        let first = try openSample(at: path)
        try first.retitle("Before the crash")
        try Editors.kill(of: path)
        _ = try? first.waitFor("the editor to be gone") { !$0.contains("Search ad") }  // the server ends with it

        let second = try Tmux(width: 80, height: 24, command: "'\(Binary.journey)' '\(path)'")
        try second.waitFor("Unsaved edits found")
        try second.waitFor("Recover them")
        try second.send("r")
        try second.waitFor("recovered 1 edit")
        #expect(try second.screen().contains("Before the crash"))
        try second.send("C-s")
        try second.waitFor("saved /")
        #expect(try MapStore.load(path: path).title == "Before the crash")
        #expect(FoundJournal.all(MapPaths(path)).isEmpty, "a save leaves no journal behind")
    }

    @Test func aMapNeverSavedIsRecoveredToo() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("new.json")
        let tmux = try Tmux(width: 100, height: 30, command: "'\(Binary.journey)' '\(path)'")
        try tmux.waitFor("[new file]")
        try tmux.send("o")
        try tmux.type("First touchpoint\n")
        try tmux.waitFor("First touchpoint")
        try Editors.kill(of: path)
        #expect(!FileManager.default.fileExists(atPath: path))
        let recovered = try Binary.run(["recover", path])
        #expect(recovered.status == 0, "\(recovered.stderr)")
        #expect(try MapStore.load(path: path).stages[0].touchpoints.map(\.name) == ["First touchpoint"])
    }

    @Test func aSecondEditorSaysWhoHasTheMapAndOffersReadOnly() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("map.json")
        let first = try openSample(at: path)
        let second = try Tmux(width: 100, height: 30, command: "'\(Binary.journey)' '\(path)'")
        try second.waitFor("the question, and who holds the map") {
            $0.contains("Open elsewhere") && $0.contains("process") && $0.contains("since")
        }
        try second.send("r")
        try second.waitFor("[read-only]")
        try second.send("t")
        try second.waitFor("read-only: nothing")
        #expect(!(try second.screen().contains("Map title:")))
        #expect(try first.screen().contains("Search ad"), "the first editor goes on undisturbed")
    }

    @Test func aStaleLockFromADeadProcessIsCleared() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("map.json")
        _ = try Binary.run(["new", path])
        // pid 999999 does not run here.
        scratch.write(".map.json.lock", "999999 1700000000 \(ProcessInfo.processInfo.hostName) someone\n")
        let tmux = try Tmux(width: 100, height: 30, command: "'\(Binary.journey)' '\(path)'")
        let screen = try tmux.waitFor("Search ad")
        #expect(!screen.contains("Open elsewhere"))
        let lock = try String(contentsOfFile: scratch.file(".map.json.lock"), encoding: .utf8)
        #expect(!lock.hasPrefix("999999 "), "the stale lock was replaced by ours")
    }

    @Test func aFileChangedUnderneathIsCaughtBeforeSaving() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("map.json")
        let tmux = try openSample(at: path)
        try tmux.retitle("Mine")
        // Someone else saves the file meanwhile.
        var theirs = try MapStore.load(path: path)
        theirs.title = "Theirs"
        #expect(MapStore.save(theirs, to: path).isSaved)
        try tmux.send("C-s")
        try tmux.waitFor("Changed on disk")
        try tmux.send("r")
        try tmux.waitFor("reloaded")
        #expect(try tmux.screen().contains("Theirs"))
        try tmux.send("u")
        try tmux.waitFor(" Mine ")
        // The disk holds what was reloaded, so saving now is no surprise to anyone.
        try tmux.send("C-s")
        try tmux.waitFor("saved /")
        #expect(try MapStore.load(path: path).title == "Mine")
        // Changed underneath again: this time overwrite.
        theirs.title = "Theirs again"
        #expect(MapStore.save(theirs, to: path).isSaved)
        // The title prompt starts with "Mine" selected: End keeps it to add to.
        try tmux.send("t")
        try tmux.send("End")
        try tmux.type(" too\n")
        try tmux.waitFor("Mine too")
        try tmux.send("C-s")
        try tmux.waitFor("Changed on disk")
        try tmux.send("o")
        try tmux.waitFor("saved /")
        let final = try MapStore.load(path: path).title
        #expect(final == "Mine too", "the file has \(final)")
    }
}
