import Foundation
import JourneyView
import Testing

/// The real binary in a real terminal (tmux): open, move, resize, quit, and
/// find the shell as it was.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux (apt-get install tmux)"))
struct TerminalSessionTests {
    /// A shell in tmux that records its terminal settings before and after.
    func shell(width: Int, height: Int, scratch: Scratch) throws -> Tmux {
        let tmux = try Tmux(width: width, height: height, command: "env PS1='$ ' bash --norc --noprofile")
        try tmux.waitFor("$")
        try tmux.type("cd \(scratch.path) && stty -g > before && clear\n")
        return tmux
    }

    func expectShellRestored(_ tmux: Tmux, scratch: Scratch) throws {
        // Type into the shell only once it has the terminal back: keys sent
        // while journey still runs would reach journey instead.
        try tmux.waitForShellPrompt()
        try tmux.type("stty -g > after; cmp -s before after && echo TERMINAL-RESTORED-$STATUS\n")
        try tmux.waitFor("TERMINAL-RESTORED-")
    }

    @Test func openMoveAcrossStagesResizeAndQuit() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try shell(width: 80, height: 24, scratch: scratch)
        try tmux.type("'\(Binary.journey)'; STATUS=$?\n")
        // The status line may be drawn a moment after the grid: wait for both.
        var screen = try tmux.waitFor("the first frame whole") { $0.contains("Search ad") && $0.contains("1/18") }
        #expect(screen.contains("● Maya"))

        for stage in ["Consideration", "Decision", "Purchase", "Retention", "Advocacy"] {
            try tmux.send("Tab")
            try tmux.waitFor("status shows \(stage)") { $0.split(separator: "\n").last?.contains(" " + stage + " ›") == true }
        }
        try tmux.send("End")
        try tmux.waitFor("18/18")
        try tmux.send("BTab")
        try tmux.waitFor("Retention › Fit check-in")

        try tmux.resize(width: 120, height: 40)
        screen = try tmux.waitFor("the wide layout") { screen in
            screen.split(separator: "\n").first.map { $0.count > 100 } == true && screen.contains("Fit check-in")
        }
        try tmux.resize(width: 40, height: 12)
        try tmux.waitFor("the narrow layout") { $0.split(separator: "\n").first.map { $0.count <= 40 && $0.contains("Stride") } == true }
        try tmux.resize(width: 20, height: 6)
        try tmux.waitFor("too small")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("Fit check-in")

        try tmux.send("?")
        try tmux.waitFor("previous stage")
        try tmux.send("Escape")
        try tmux.waitFor("help closed") { !$0.contains("previous stage") }

        try tmux.send("q")
        try expectShellRestored(tmux, scratch: scratch)
        screen = try tmux.waitFor("TERMINAL-RESTORED-0")
        #expect(!screen.contains("Stride"), "the editor's screen is gone")
    }

    @Test func ctrlCAsksThenQuitsAndRestoresTheTerminal() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try shell(width: 80, height: 24, scratch: scratch)
        try tmux.type("'\(Binary.journey)'; STATUS=$?\n")
        try tmux.waitFor("Search ad")
        try tmux.send("C-c")
        try tmux.waitFor("Quit journey?")
        try tmux.send("y")
        try expectShellRestored(tmux, scratch: scratch)
        try tmux.waitFor("TERMINAL-RESTORED-0")
    }

    @Test func ctrlZSuspendsToTheShellAndFgRedraws() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try shell(width: 80, height: 24, scratch: scratch)
        try tmux.type("'\(Binary.journey)'; STATUS=$?\n")
        try tmux.waitFor("Search ad")
        try tmux.send("l", "C-z")
        try tmux.waitFor("Stopped")
        #expect(!(try tmux.screen().contains("Search ad")), "the shell has the screen back")
        try tmux.type("fg\n")
        try tmux.waitFor("Social video › Actions")
        try tmux.send("q")
        // $STATUS is the stop's (148): what matters is that the terminal settings are back.
        try expectShellRestored(tmux, scratch: scratch)
    }

    /// A terminal journey cannot drive says so, exits 64 and leaves no lock.
    @Test(arguments: [("dumb", "TERM=dumb cannot show a full-screen editor"),
                      ("no-such-terminal", "TERM=no-such-terminal is unknown here"),
                      ("", "TERM is not set")])
    func anUnusableTerminalIsRefusedClearly(term: String, message: String) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        _ = try Binary.run(["new", scratch.file("map.json")])
        let tmux = try shell(width: 100, height: 24, scratch: scratch)
        try tmux.type("env TERM='\(term)' '\(Binary.journey)' map.json; echo EXIT-$?\n")
        let screen = try tmux.waitFor("the exit status") { $0.range(of: #"EXIT-\d"#, options: .regularExpression) != nil }
        #expect(screen.replacingOccurrences(of: "\n", with: "").contains(message), "\(screen)")
        #expect(screen.contains("xterm-256color") || term == "dumb")
        #expect(screen.contains("EXIT-64"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file(".map.json.lock")))
    }

    /// A resize that reaches journey while it is still reading a burst of
    /// keys (over SSH the window change and the keys share one link) is
    /// drawn, not dropped with the keys' leftovers.
    @Test func aResizeBehindABurstOfKeysIsDrawn() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try shell(width: 80, height: 24, scratch: scratch)
        // A command line wider than the 80 columns is wrapped, and the resize
        // reflows it under the shell's next prompt, which then never reads "$ ".
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/journey", withDestinationPath: Binary.journey)
        try tmux.type("./journey; STATUS=$?\n")
        try tmux.waitFor("Search ad")
        try tmux.tmux(["send-keys", "-t", tmux.session, "-N", "3000", "Right"])
        try tmux.resize(width: 120, height: 40)
        try tmux.waitFor("the status line on the 40th row") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count >= 40 && rows[39].contains("GRID")
        }
        try tmux.send("q")
        try expectShellRestored(tmux, scratch: scratch)
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try shell(width: 80, height: 24, scratch: scratch)
        try tmux.type("'\(Binary.journey)'; STATUS=$?\n")
        try tmux.waitFor("Search ad")
        let pids = try Spawn.run("/usr/bin/pgrep", ["-f", "^" + Binary.journey + "$"], environment: [:]).stdout
        for pid in pids.split(separator: "\n").compactMap({ Int32($0) }) { kill(pid, SIGTERM) }
        try expectShellRestored(tmux, scratch: scratch)
        try tmux.waitFor("TERMINAL-RESTORED-143")
    }

    @Test func wideCharactersStayAligned() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        scratch.write("wide.json", """
            {"format": "journey-map", "version": 1, "title": "顧客 🛒",
             "personas": [{"id": "p", "name": "José"}],
             "stages": [{"id": "a", "name": "認知", "touchpoints": [
               {"id": "t1", "name": "サイト訪問", "text": {"actions": "商品を検索して比較する 🤔"}, "emotion": {"p": 1}},
               {"id": "t2", "name": "Cafe\u{301} 👋", "text": {"actions": "naïve résumé"}, "emotion": {"p": -1}}]}]}
            """)
        let tmux = try shell(width: 80, height: 24, scratch: scratch)
        try tmux.type("'\(Binary.journey)' wide.json; STATUS=$?\n")
        let screen = try tmux.waitFor("サイト訪問")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The separator after the first touchpoint is at the same column on every row of the grid.
        let columns = lines[2...6].map { line -> Int? in
            var column = 0
            for character in line {
                if column > 14 && (character == "┊" || character == "┼") { return column }
                column += TextWidth.of(character)
            }
            return nil
        }
        #expect(!columns.contains(nil))
        #expect(Set(columns).count == 1, "separator columns: \(columns)\n\(screen)")
        try tmux.send("q")
        try expectShellRestored(tmux, scratch: scratch)
        try tmux.waitFor("TERMINAL-RESTORED-0")
    }
}

/// A facilitator builds a map from an empty file by typing, saves, quits,
/// reopens it and finds everything there; undo and redo across structure.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux (apt-get install tmux)"))
struct BuildAMapTests {
    @Test func buildSaveQuitReopen() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try Tmux(width: 100, height: 30, command: "env PS1='$ ' bash --norc --noprofile")
        try tmux.waitFor("$")
        try tmux.type("cd \(scratch.path) && '\(Binary.journey)' edit empty.json; echo EXIT-$?\n")
        try tmux.waitFor("[new file]")

        // Two stages of our own: rename the first, then a new stage after it.
        try tmux.send("R", "C-u"); try tmux.type("Discover\n")
        try tmux.waitFor(" Discover ")
        try tmux.send("S"); try tmux.type("Buy\n")
        try tmux.waitFor(" Buy ")
        // Three touchpoints: two in Discover, one in Buy.
        try tmux.send("BTab", "o"); try tmux.type("Search\n")
        try tmux.waitFor("Search")
        try tmux.send("o"); try tmux.type("Blog post\n")
        try tmux.waitFor("Blog post")
        try tmux.send("Tab", "o"); try tmux.type("Checkout\n")
        try tmux.waitFor("Checkout")
        // Text in lanes, and emotion scores.
        try tmux.send("Enter"); try tmux.type("Pays by card\n")
        try tmux.waitFor("Pays by card")
        // The emotion lane takes the value its scale shows.
        try tmux.send("j", "j", "-", "1")
        try tmux.waitFor("Customer: -1")
        try tmux.send("BTab", "2")
        try tmux.waitFor("Customer: +2")
        // A pain point with an impact.
        try tmux.send("Tab", "j", "Enter")
        try tmux.waitFor("New pain point:")
        try tmux.type("Card declined\n")
        try tmux.waitFor("Card declined")
        try tmux.send("I", "4", "Escape")
        try tmux.waitFor("[+]")

        // Undo and redo across a structural change: delete a touchpoint, get it back.
        try tmux.send("x")
        try tmux.waitFor("deleted touchpoint “Checkout”")
        try tmux.send("u")
        try tmux.waitFor("Checkout")
        try tmux.send("C-r")
        try tmux.waitFor("Checkout gone") { !$0.split(separator: "\n").dropLast().joined().contains("Checkout") }
        try tmux.send("u")
        try tmux.waitFor("Pays by card")

        try tmux.send("C-s")
        try tmux.waitFor("saved empty.json")
        try tmux.send("q")
        try tmux.waitFor("EXIT-0")

        try tmux.type("clear; '\(Binary.journey)' empty.json; echo AGAIN-$?\n")
        let kept = ["Discover", "Buy", "Search", "Blog post", "Checkout", "Pays by card"]
        try tmux.waitFor("every text survived save, quit and reopen") { screen in kept.allSatisfy { screen.contains($0) } }
        try tmux.send("q")
        try tmux.waitFor("AGAIN-0")
        let saved = try String(contentsOfFile: scratch.file("empty.json"), encoding: .utf8)
        #expect(saved.contains("\"impact\": 4") && saved.contains("Card declined"))
        #expect(saved.contains("\"persona-1\": -1") && saved.contains("\"persona-1\": 2"))
    }

    @Test func quittingWithUnsavedChangesAsks() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        _ = try Binary.run(["new", scratch.file("shop.json")])
        let tmux = try Tmux(width: 100, height: 30, command: "env PS1='$ ' bash --norc --noprofile")
        try tmux.waitFor("$")
        try tmux.type("cd \(scratch.path) && '\(Binary.journey)' shop.json; echo EXIT-$?\n")
        try tmux.waitFor("Search ad")
        try tmux.send("t", "C-u"); try tmux.type("Renamed map\n")
        try tmux.waitFor("Renamed map")
        try tmux.send("q")
        try tmux.waitFor("Unsaved changes")
        try tmux.send("Escape")
        try tmux.waitFor("still here")
        try tmux.send("q")
        try tmux.waitFor("Unsaved changes")
        try tmux.send("n")
        try tmux.waitFor("EXIT-0")
        #expect(try String(contentsOfFile: scratch.file("shop.json"), encoding: .utf8).contains("Stride"))
    }
}
