import Foundation
import Testing

/// A workshop in a real terminal under tmux: present the map, switch to a
/// projector theme, run a timer, go back to the editor and quit.
@Suite(.serialized) struct WorkshopSessionTests {
    @Test func presentWithAClickerThemeAndTimerThenBackToTheEditor() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try Tmux(width: 100, height: 30, command: "env PS1='$ ' bash --norc --noprofile")
        try tmux.waitFor("$")
        try tmux.type("cd \(scratch.path) && clear && '\(Binary.journey)' present; echo EXIT-$?\n")
        // "stage 1 of 6" is on the top row: wait for the rows below it too.
        var screen = try tmux.waitFor("the first slide, its block letters and goal") {
            $0.contains("stage 1 of 6") && $0.contains("█") && $0.contains("Runners who need new shoes")
        }
        try tmux.send("Space")
        screen = try tmux.waitFor("stage 2 of 6")
        try tmux.send("PageUp")
        try tmux.waitFor("stage 1 of 6")
        try tmux.type(":theme projector-light")
        try tmux.send("Enter")
        try tmux.waitFor("theme projector-light")
        try tmux.type(":timer 2m")
        try tmux.send("Enter")
        try tmux.waitFor("a running timer") { screen in
            let status = screen.split(separator: "\n").last ?? ""
            return status.contains("timer 2:00") || status.contains("timer 1:")
        }
        try tmux.send("q")
        screen = try tmux.waitFor("the editor again") { $0.split(separator: "\n").last?.contains("GRID") == true }
        #expect(screen.contains("Search ad"))
        try tmux.type(":q!")
        try tmux.send("Enter")
        try tmux.waitFor("EXIT-0")
    }
}
