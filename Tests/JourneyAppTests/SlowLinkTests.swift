import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// On a slow link (`:set slowlink`, `--slow-link`) the terminal's own cursor
/// marks the cell and nothing else follows a move, so what a move costs the
/// link is a cursor movement: no cell of the frame changes.
@Suite struct SlowLinkTests {
    func keys(_ text: String) -> [HeadlessTerminal.Input] { (try? KeyNotation.parse(text)) ?? [] }

    /// The benchmark's moves (Benchmarks/compare.py): they stay on the first screen at these sizes.
    static let moves = "lljjhklj<right><down><left><up><right><down><left><up>"

    @Test(arguments: [(120, 40), (100, 30)])
    func aMoveChangesNoCellOnlyTheTerminalsCursor(width: Int, height: Int) {
        let moves = keys(Self.moves)
        let session = Session(keys(":set slowlink<enter>") + moves, width: width, height: height)
        // The first move clears the message `:set slowlink` left; from there each frame draws the same cells.
        let frames = Array(session.terminal.screens.suffix(moves.count))
        #expect(frames.count == moves.count)
        var cursors = Set<String>()
        for (before, after) in zip(frames, frames.dropFirst()) {
            let redrawn = zip(before.cells, after.cells).filter { $0 != $1 }.count
            #expect(redrawn == 0, "a move redrew \(redrawn) cells:\n\(after.text)")
            guard let cursor = after.cursor else {
                Issue.record("no terminal cursor on the cell:\n\(after.text)")
                continue
            }
            cursors.insert("\(cursor.x),\(cursor.y)")
        }
        #expect(cursors.count >= 8, "the terminal's cursor moved with the keys")
        #expect(session.view.gridPlace.column == 2 && session.view.gridPlace.lane == 2)
    }

    @Test func ctrlGSaysWhereTheCursorIsAndTheStatusLineSaysSlowLink() {
        let session = Session(keys(":set slowlink<enter>lj"), width: 120, height: 40)
        #expect(session.grid.statusLine.contains("[slow link]"))
        #expect(!session.screen.contains("2/18"), "the position is not redrawn at every move")
        let asked = Session(keys(":set slowlink<enter>lj") + [.key(.control("g"))], width: 120, height: 40)
        #expect(asked.grid.statusLine.contains("Awareness › Social video › Thoughts  2/18"))
    }

    @Test func theDetailPaneClosesAndDOpensIt() {
        let text = "Those people look like me"
        // In the pane below the grid, under the cell's title.
        let shown = Session(keys("lj"), width: 120, height: 40).grid
        #expect(shown.paneTitle == "Awareness › Social video (Social media, online) › Thoughts")
        #expect(shown.paneRows.first == " " + text + ", not like athletes.")
        #expect(!Session(keys(":set slowlink<enter>lj"), width: 120, height: 40).screen.contains(text + ", not like athletes"))
        let opened = Session(keys(":set slowlink<enter>ljd"), width: 120, height: 40).grid
        #expect(opened.paneTitle == "Awareness › Social video (Social media, online) › Thoughts")
        #expect(opened.paneRows.first == " " + text + ", not like athletes.")
    }

    @Test func typingIntoACellShowsTheTextAndTheCursorInIt() throws {
        let session = Session(keys(":set slowlink<enter>lj<enter><c-u>Fits me"), width: 120, height: 40)
        let frame = try #require(session.terminal.screen)
        let cursor = try #require(frame.cursor)
        #expect(frame.cursorRow?.contains("┊Fits me         ┊") == true)
        #expect(frame[cursor.x - 7, cursor.y].text == "F")
    }

    @Test func offHighlightsAgainAndAMalformedLineSaysTheUsage() {
        let off = Session(keys(":set slowlink<enter>:set noslowlink<enter>l"), width: 120, height: 40)
        #expect(!off.view.settings.slowLink && off.view.settings.showDetail)
        #expect(off.grid.statusLine.contains("2/18"))
        #expect(Session(keys(":slowlink off<enter>"), width: 120, height: 40).view.settings.slowLink == false)
        #expect(Session(keys(":slowlink<enter>"), width: 120, height: 40).view.settings.slowLink)
        let wrong = Session(keys(":set slowlink maybe<enter>"), width: 120, height: 40)
        let slowlink = Commands.named("slowlink")!
        #expect(wrong.view.message?.text == "“maybe” is not on or off; usage: \(slowlink.typed) — \(slowlink.summary)")
        #expect(!wrong.view.settings.slowLink)
    }
}
