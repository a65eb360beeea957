import Foundation
import Testing

/// `journey watch` against a real editor, each in its own terminal under
/// tmux: edits typed in one appear in the other, ten watchers at once, the
/// editor killed with -9 while watched and started again. The scenarios take
/// the command that starts a watcher, so the same ones run over SSH.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux (apt-get install tmux)"))
struct WatchSessionTests {
    /// `journey watch PATH` on this machine.
    static func localWatcher(_ path: String) -> String { "'\(Binary.journey)' watch '\(path)'" }

    @Test func editsTypedInTheEditorAppearInTheWatcher() throws {
        try WatchScenarios.editsAppear(watcher: Self.localWatcher)
    }

    @Test func tenWatchersAtOnceAllFollow() throws {
        try WatchScenarios.tenWatchers(watcher: Self.localWatcher)
    }

    @Test func theEditorKilledWhileWatchedThenRestarted() throws {
        try WatchScenarios.killedAndRestarted(watcher: Self.localWatcher)
    }

    /// `journey watch --mouse`: a click takes the watcher to a cell of its own choosing, away from the lead; f follows again.
    @Test func aWatcherWithTheMouseClicksAwayAndFollowsAgain() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let (_, editor, watcher) = try WatchScenarios.start(in: scratch) { Self.localWatcher($0) + " --mouse" }
        try editor.type(":lead\n")
        try watcher.waitFor("following the editor")
        #expect(try watcher.reportsMouse())
        try watcher.click(x: 40, y: 6)
        try watcher.waitFor("moved away from the editor")
        #expect(try watcher.screen().contains("── Awareness › Social video"))
        try watcher.send("f")
        try watcher.waitFor("back on the editor's cell") { $0.contains("── Awareness › Search ad") }
        try watcher.send("q")
        try watcher.waitFor("WATCH-EXIT-0")
    }

    /// A lead that cannot be written (beside a map in a folder the editor may not write) is said, and the
    /// editor does not claim to lead.
    @Test(.enabled(if: Accounts.isAvailable, "needs root and setpriv, to run as an account that may not write the folder"))
    func aLeadThatCannotBePublishedIsSaid() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = try WatchScenarios.sample(in: scratch)
        let editor = try Tmux(width: 100, height: 30,
                              command: "exec \(Accounts.setpriv(Accounts.owner).joined(separator: " ")) '\(Binary.journey)' '\(path)'")
        try editor.waitFor("Search ad")
        try editor.type(":lead\n")
        let screen = try editor.waitFor("not leading: cannot publish")
        #expect(!WatchScenarios.statusLine(screen).contains("[leading]"))
        try editor.type(":q\n")
    }

    @Test func aMapNobodyHasIsRefusedWithAReason() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let result = try Binary.run(["watch", scratch.file("nothing.json")])
        #expect(result.status == 66)
        #expect(result.stderr.contains("no such map, and no journey is editing it"))
        let folder = try Binary.run(["watch", scratch.file("no-folder/map.json")])
        #expect(folder.status == 66)
        #expect(folder.stderr.contains("does not exist"))
    }
}

enum WatchScenarios {
    /// The sample written to `map.json` in `scratch`: its path.
    static func sample(in scratch: Scratch) throws -> String {
        let path = scratch.file("map.json")
        _ = try Binary.run(["new", path])
        return path
    }

    /// An editor on the map at `path`, under tmux.
    static func editor(_ path: String, width: Int = 100, height: Int = 30) throws -> Tmux {
        let tmux = try Tmux(width: width, height: height, command: "'\(Binary.journey)' '\(path)'")
        try tmux.waitFor("Search ad")
        return tmux
    }

    /// A watcher, in a shell so its exit status shows.
    static func watcher(_ command: String, width: Int = 100, height: Int = 30) throws -> Tmux {
        try Tmux(width: width, height: height, command: command + "; echo WATCH-EXIT-$?; sleep 30")
    }

    /// The sample in `scratch`, its editor, and a watcher that has seen it.
    static func start(in scratch: Scratch, watcher command: (String) -> String) throws -> (path: String, editor: Tmux, watcher: Tmux) {
        let path = try sample(in: scratch)
        let editor = try editor(path)
        let watcher = try watcher(command(path))
        try watcher.waitFor("[watching]  the editor is not leading — move freely")
        return (path, editor, watcher)
    }

    /// Moves with `keys`, then types `text` into the cell there (a journaled, unsaved edit).
    static func edit(_ editor: Tmux, moving keys: [String], _ text: String) throws {
        try editor.tmux(["send-keys", "-t", editor.session] + keys + ["c"])
        try editor.waitFor("TYPING")
        try editor.type(text + "\n")
    }

    static func statusLine(_ screen: String) -> String { String(screen.split(separator: "\n").last ?? "") }

    static func editsAppear(watcher command: (String) -> String) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let (_, editor, watcher) = try start(in: scratch, watcher: command)
        // An unsaved edit shows, read from the journal.
        try edit(editor, moving: ["j"], "Typed live")
        try watcher.waitFor("Typed live")
        // Leading: the watcher goes where the editor goes, into another view too.
        try editor.type(":lead\n")
        try watcher.waitFor("following the editor")
        try editor.send("Tab", "l")
        try watcher.waitFor("the cursor on Size guide") { $0.contains("── Consideration › Size guide") }
        try editor.send("v", "o")
        try watcher.waitFor("the overview") { statusLine($0).contains("OVERVIEW") }
        try editor.send("Escape")
        try watcher.waitFor("the grid again") { statusLine($0).contains("GRID") }
        // Moving away stops following; f follows again.
        try watcher.send("l")
        try watcher.waitFor("f follows it again")
        try editor.send("l")
        try editor.waitFor("── Consideration › Read reviews")
        try watcher.send("f")
        try watcher.waitFor("following the editor, on Read reviews") { $0.contains("── Consideration › Read reviews") }
        // The timer counts down on the watcher's screen too.
        try editor.type(":timer 10m\n")
        try watcher.waitFor("the timer") { statusLine($0).contains("timer 10:00") || statusLine($0).contains("timer 9:") }
        // Saving, then quitting, is said.
        try editor.send("C-s")
        try watcher.waitFor("the editor saved the map")
        try editor.type(":q\n")
        try watcher.waitFor("editor closed; showing the saved file; waiting")
        try watcher.send("q")
        try watcher.waitFor("WATCH-EXIT-0")
        // Nothing of the watcher's is left beside the map.
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
        #expect(left == ["map.json"], "left beside the map: \(left)")
    }

    static func tenWatchers(watcher command: (String) -> String) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = try sample(in: scratch)
        let editor = try editor(path)
        let watchers = try (0..<10).map { _ in try watcher(command(path), width: 80, height: 24) }
        for watcher in watchers { try watcher.waitFor("[watching]") }
        try editor.type(":lead\n")
        try editor.waitFor("[leading]")
        try edit(editor, moving: ["j"], "Seen by ten")
        for watcher in watchers {
            try watcher.waitFor("Seen by ten")
            try watcher.waitFor("[following]")
        }
        try editor.type(":wq\n")
        for watcher in watchers {
            try watcher.waitFor("editor closed")
            try watcher.send("q")
            try watcher.waitFor("WATCH-EXIT-0")
        }
    }

    static func killedAndRestarted(watcher command: (String) -> String) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let (path, first, watcher) = try start(in: scratch, watcher: command)
        try edit(first, moving: ["j"], "Killed unsaved")
        try watcher.waitFor("Killed unsaved")
        try killJourney(in: first)
        try watcher.waitFor("editor stopped: showing its unsaved edits from the journal; waiting")
        #expect(try watcher.screen().contains("Killed unsaved"))
        let second = try Tmux(width: 100, height: 30, command: "'\(Binary.journey)' '\(path)'")
        try second.waitFor("Unsaved edits found")
        try second.send("r")
        try second.waitFor("recovered 1 edit")
        try watcher.waitFor("the editor is back")
        var screen = try watcher.screen()
        #expect(screen.components(separatedBy: "Killed unsaved").count == 2, "shown once")
        try edit(second, moving: ["j", "l"], "Restarted")
        screen = try watcher.waitFor("Restarted")
        #expect(screen.contains("Killed unsaved"))
        try second.type(":wq\n")
        try watcher.waitFor("editor closed")
        try watcher.send("q")
        try watcher.waitFor("WATCH-EXIT-0")
    }

    /// kill -9 the journey running in `tmux` (the editor, not its watchers), and wait until it is gone.
    static func killJourney(in tmux: Tmux) throws {
        let pane = Int32(try tmux.tmux(["display-message", "-p", "-t", tmux.session, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        let children = try Spawn.run("/usr/bin/pgrep", ["-P", "\(pane)"], environment: [:]).stdout
            .split(separator: "\n").compactMap { Int32($0) }
        let journeys = ([pane] + children).filter { pid in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe"))
                .map { URL(fileURLWithPath: $0).lastPathComponent == "journey" } == true
        }
        #expect(journeys.count == 1, "one editor in the pane")
        for pid in journeys { kill(pid, SIGKILL) }
        let deadline = Date().addingTimeInterval(10)
        while journeys.contains(where: { kill($0, 0) == 0 }) && Date() < deadline { usleep(10_000) }
    }
}
