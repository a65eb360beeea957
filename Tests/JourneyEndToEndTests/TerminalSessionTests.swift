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
        try tmux.type("stty -g > after; cmp -s before after && echo TERMINAL-RESTORED-$STATUS\n")
        try tmux.waitFor("TERMINAL-RESTORED-")
    }

    @Test func openMoveAcrossStagesResizeAndQuit() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try shell(width: 80, height: 24, scratch: scratch)
        try tmux.type("'\(Binary.journey)'; STATUS=$?\n")
        var screen = try tmux.waitFor("Search ad")
        #expect(screen.contains("● Maya"))
        #expect(screen.contains("1/18"))

        for stage in ["Consideration", "Decision", "Purchase", "Retention", "Advocacy"] {
            try tmux.send("Tab")
            try tmux.waitFor("status shows \(stage)") { $0.split(separator: "\n").last?.contains(" " + stage + " ›") == true }
        }
        try tmux.send("End")
        try tmux.waitFor("18/18")
        try tmux.send("BTab", "BTab")
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

    @Test func ctrlCQuitsAndRestoresTheTerminal() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try shell(width: 80, height: 24, scratch: scratch)
        try tmux.type("'\(Binary.journey)'; STATUS=$?\n")
        try tmux.waitFor("Search ad")
        try tmux.send("C-c")
        try expectShellRestored(tmux, scratch: scratch)
        try tmux.waitFor("TERMINAL-RESTORED-0")
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
