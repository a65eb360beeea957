import Foundation
import Testing

/// The mouse in a real terminal under tmux: journey asks for mouse reports
/// only when told (`:set mouse`, `--mouse`), a click sent as the terminal
/// would send it moves the cursor, a double-click edits, the wheel scrolls,
/// and `:set nomouse` or quitting gives the terminal its mouse back.
@Suite(.serialized) struct MouseSessionTests {
    /// A terminal inside tmux, as journey runs in it (the pane's TERM: SGR
    /// 1006 reports for xterm-256color, the older X10 ones for tmux's own).
    static let terminals = ["xterm-256color", "tmux-256color"]

    @Test(arguments: terminals) func setMouseThenClickDoubleClickAndWheelThenNomouse(term: String) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try Tmux(width: 120, height: 40, command: "env PS1='$ ' bash --norc --noprofile")
        try tmux.waitFor("$")
        try tmux.type("cd \(scratch.path) && clear && TERM=\(term) JOURNEY_DOUBLE_CLICK=5 XDG_CONFIG_HOME=\(scratch.path)/xdg '\(Binary.journey)'; "
                      + "echo EXIT-$?\n")
        var screen = try tmux.waitFor("GRID")
        screen = try tmux.waitFor("the map") { $0.contains("\nThoughts ") }
        #expect(try tmux.reportsMouse() == false, "off by default: the terminal's own selection works")
        try tmux.type(":set mouse")
        try tmux.send("Enter")
        try tmux.waitFor("mouse on (remembered)")
        #expect(try tmux.reportsMouse())
        #expect(try String(contentsOfFile: scratch.path + "/xdg/journey/config.json", encoding: .utf8).contains("\"mouse\": true"))

        // A click on the Thoughts lane under "Parkrun pop-up".
        let lines = screen.components(separatedBy: "\n")
        let thoughts = try #require(lines.firstIndex { $0.hasPrefix("Thoughts") })
        let column = try #require(lines[2].range(of: "Parkrun pop-up").map { lines[2].distance(from: lines[2].startIndex, to: $0.lowerBound) })
        try tmux.click(x: column + 2, y: thoughts)
        try tmux.waitFor("Parkrun pop-up › Thoughts")
        // Twice on a cell: it opens for typing as Enter does. (Clicks that reach
        // ncurses in one read come out as one, so the second waits for the first;
        // JOURNEY_DOUBLE_CLICK=5 keeps that wait from counting on a loaded machine.)
        try tmux.click(x: column + 20, y: thoughts - 3)
        try tmux.waitFor("Product page › Actions")
        try tmux.click(x: column + 20, y: thoughts - 3)
        try tmux.waitFor("typing") { $0.contains("TYPING") && $0.contains("Product page › Actions") }
        try tmux.send("C-c")
        try tmux.waitFor("the grid again") { $0.split(separator: "\n").last?.contains("GRID") == true }
        // The wheel: the lanes scroll a lane a notch, and the cursor goes with the top lane.
        try tmux.wheel(down: true, x: 60, y: 20)
        // Both on one screen: one caught mid-frame may show the lanes scrolled and the old status line.
        try tmux.waitFor("scrolled, the cursor on the top lane") {
            $0.contains("\nThoughts ") && !$0.contains("\nActions ") && $0.contains("Product page › Thoughts")
        }
        try tmux.wheel(down: false, x: 60, y: 20)
        try tmux.waitFor("scrolled back") { $0.contains("\nActions ") }

        try tmux.type(":set nomouse")
        try tmux.send("Enter")
        try tmux.waitFor("mouse off (remembered)")
        #expect(try tmux.reportsMouse() == false, "copy and paste are the terminal's again at once")
        try tmux.type(":q!")
        try tmux.send("Enter")
        try tmux.waitFor("EXIT-0")
        #expect(try String(contentsOfFile: scratch.path + "/xdg/journey/config.json", encoding: .utf8).contains("\"mouse\": false"))
    }

    @Test func theMouseFlagIsForOneRunAndQuittingGivesTheMouseBack() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try Tmux(width: 80, height: 24, command: "env PS1='$ ' bash --norc --noprofile")
        try tmux.waitFor("$")
        try tmux.type("cd \(scratch.path) && clear && XDG_CONFIG_HOME=\(scratch.path)/xdg '\(Binary.journey)' present --mouse; "
                      + "echo EXIT-$?\n")
        try tmux.waitFor("stage 1 of 6")
        #expect(try tmux.reportsMouse())
        try tmux.click(x: 40, y: 12)
        try tmux.waitFor("stage 2 of 6")
        try tmux.send("q")
        try tmux.waitFor("the editor") { $0.split(separator: "\n").last?.contains("GRID") == true }
        try tmux.type(":q!")
        try tmux.send("Enter")
        try tmux.waitFor("EXIT-0")
        #expect(try tmux.reportsMouse() == false, "the shell gets a terminal without mouse reports")
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/xdg/journey/config.json"), "--mouse remembers nothing")
    }
}

extension Tmux {
    /// Whether the program in the pane asked for mouse reports.
    func reportsMouse() throws -> Bool {
        try tmux(["display-message", "-p", "-t", session, "#{mouse_any_flag}"]).hasPrefix("1")
    }

    /// Bytes into the pane as a terminal sends a mouse report, in the
    /// encoding the program asked for (SGR 1006, or the X10 bytes).
    func mouse(button: Int, x: Int, y: Int) throws {
        let sgr = try tmux(["display-message", "-p", "-t", session, "#{mouse_sgr_flag}"]).hasPrefix("1")
        let bytes: [UInt8] = sgr ? Array("\u{1b}[<\(button);\(x + 1);\(y + 1)M".utf8)
            : [0x1b, 0x5b, 0x4d, UInt8(32 + button), UInt8(33 + x), UInt8(33 + y)]
        try tmux(["send-keys", "-t", session, "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// A press and its release, in one write (ncurses reports the release).
    func click(x: Int, y: Int) throws {
        let sgr = try tmux(["display-message", "-p", "-t", session, "#{mouse_sgr_flag}"]).hasPrefix("1")
        let bytes = sgr ? Array("\u{1b}[<0;\(x + 1);\(y + 1)M\u{1b}[<0;\(x + 1);\(y + 1)m".utf8)
            : [0x1b, 0x5b, 0x4d, 32, UInt8(33 + x), UInt8(33 + y), 0x1b, 0x5b, 0x4d, 35, UInt8(33 + x), UInt8(33 + y)]
        try tmux(["send-keys", "-t", session, "-H"] + bytes.map { String($0, radix: 16) })
    }

    func wheel(down: Bool, x: Int, y: Int) throws { try mouse(button: down ? 65 : 64, x: x, y: y) }
}
