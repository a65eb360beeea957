import Foundation
import Testing

/// A remote dot vote in real terminals: the facilitator opens a round, two
/// participants vote in `journey vote` panes of their own (one at 40x12),
/// their ballots arrive live without tallies, the reveal ranks the
/// insights by votes, and the map keeps who voted for what.
@Suite(.serialized) struct VotingSessionTests {
    @Test func twoParticipantsVoteTheFacilitatorRevealsAndTheMapKeepsTheBallots() throws {
        let room = try VotingRoom()
        let editor = try room.openEditor()
        let ana = try room.join("Ana")
        try ana.waitFor("No voting round is open for map.json")
        let bo = try room.join("Bo", width: 40, height: 12)

        try room.command("vote start budget 4 per 2")
        try room.waitForStatus("the round on the status line") { $0.contains("vote 0 voters 0 dots") }
        try ana.waitFor("4 of 4 left")
        try bo.waitFor("4 of 4 left")

        try ana.send("+", "+", "+")
        try ana.waitFor("at most 2 dots on one item")
        try ana.send("j", "+", "Enter")
        try ana.waitFor("submitted 3 dots at")
        try room.waitForStatus("Ana's ballot") { $0.contains("vote 1 voter 3 dots") }

        try bo.send("+", "j", "j", "+", "+", "Enter")
        try bo.waitFor("submitted 3 dots")
        try room.waitForStatus("Bo's ballot") { $0.contains("vote 2 voters 6 dots") }
        #expect(!(try editor.screen().contains("revealed")), "no tallies before the reveal")

        try room.command("vote reveal")
        // Both at once: a screen caught halfway through a redraw shows one without the other.
        try editor.waitFor("the insights ranked by votes, and the reveal said") {
            $0.contains("sort: votes, highest first") && $0.contains("revealed: 6 dots from 2 participants")
        }
        try ana.waitFor("revealed")
        try bo.waitFor("revealed")

        try room.command("vote end")
        try ana.waitFor("No voting round is open")
        try room.command("wq")
        try editor.waitFor("EXIT-0")
        let saved = try String(contentsOfFile: room.map, encoding: .utf8)
        #expect(saved.contains("\"votingRounds\": ["))
        #expect(saved.contains("\"Ana\": {") && saved.contains("\"Bo\": {"))
        #expect(!FileManager.default.fileExists(atPath: room.scratch.file(".map.json.votes")))
        try ana.send("q")
        try ana.waitFor("EXIT-0")
    }
}
