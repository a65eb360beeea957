import Foundation
import Testing

/// The workshop the README walks through, key by key, in real terminals: the
/// facilitator presents the map, timeboxes a capture round and captures
/// notes, three participants vote over SSH, the facilitator reveals and
/// presents the ranked result, and a watcher follows the lead throughout.
@Suite(.serialized, .enabled(if: Tmux.isAvailable && SSHServer.isAvailable,
                             "needs tmux and Debian's openssh-server, whose sshd the test starts on loopback (.ci/run installs both)"))
struct WorkshopFlowTests {
    @Test func presentTimeboxCaptureVoteOverSSHRevealAndPresentTheRanking() throws {
        let server = try SSHServer.start()
        defer { server.stop() }
        let room = try VotingRoom { command in server.login(running: "LANG=C.UTF-8 bash -c \(SSHServer.quoted(command))") }
        let editor = try room.openEditor()
        let watcher = try WatchScenarios.watcher(server.journey("watch \(SSHServer.quoted(room.map))"), width: 120, height: 40)
        try room.command("lead")
        try watcher.waitFor("[following]")

        // Present the current map, a stage at a time, and come back.
        try room.command("present")
        try editor.waitFor("stage 1 of 6")
        try watcher.waitFor("the watcher presenting too") { $0.contains("stage 1 of 6") }
        try editor.send("Space")
        try editor.waitFor("stage 2 of 6")
        try editor.send("q")
        try room.waitForStatus("the grid") { $0.contains("GRID") }

        // Timebox a capture round, and capture notes on Search ad's pain points.
        try room.command("timer 5m")
        try room.waitForStatus("the timer") { $0.contains("timer 5:00") || $0.contains("timer 4:") }
        try editor.send("j", "j", "j")
        try editor.waitFor("› Search ad (Search, online) › Pain points")
        try editor.send("A")
        try room.waitForStatus("capturing") { $0.contains("CAPTURE") }
        try editor.type("Queue at the till\n")
        try room.waitForStatus("one note kept") { $0.contains("1 kept") }
        try editor.type("Card reader down\n")
        try room.waitForStatus("two notes kept") { $0.contains("2 kept") }
        try editor.send("Escape")
        try room.waitForStatus("the grid, the timer still running") { $0.contains("GRID") && $0.contains("timer 4:") }
        try watcher.waitFor("Card reader down")

        // A remote dot vote: three participants log in over SSH.
        try room.command("vote start pain budget 3 per 2")
        try room.waitForStatus("the round") { $0.contains("vote 0 voters 0 dots") }
        for (name, other) in [("Ana", 1), ("Bo", 0), ("Chen", 1)] {
            let voter = try room.join(name)
            try voter.waitFor("3 of 3 left")
            // The list runs in map order: the first note above the second.
            if other == 1 {
                try select(voter, "Queue at the till")
                try voter.send("+")
                try voter.waitFor("2 of 3 left")
            }
            try select(voter, "Card reader down")
            try voter.send("+", "+")
            try voter.waitFor("\(1 - other) of 3 left")
            try voter.send("Enter")
            try voter.waitFor("submitted")
        }
        try room.waitForStatus("three ballots, no tallies") { $0.contains("vote 3 voters 8 dots") }

        // Reveal: the insights ranked by votes, the captured note first.
        try room.command("vote reveal")
        let ranked = try editor.waitFor("the ranked insights") {
            $0.contains("sort: votes, highest first") && $0.contains("revealed: 8 dots from 3 participants")
        }
        let rows = ranked.split(separator: "\n")
        let card = rows.firstIndex { $0.contains("Card reader down") }, queue = rows.firstIndex { $0.contains("Queue at the till") }
        #expect(card != nil && (queue == nil || card! < queue!), "six votes rank above two: \(ranked)")
        try watcher.waitFor("the room's screen ranked by votes too") { $0.contains("sort: votes, highest first") }
        for voter in room.voters.values { try voter.waitFor("revealed") }

        // Present the ranked result: Awareness lists the voted notes first.
        try room.command("present")
        _ = try editor.waitFor("the first stage, its KPIs above the ranking") { $0.contains("stage 1 of 6") && $0.contains("KPIs") }
        try editor.send("j", "j", "j", "j", "j", "j")
        let slide = try editor.waitFor("the first stage's end, ranked by votes") {
            $0.contains("stage 1 of 6") && $0.contains("6 votes") && $0.contains("2 votes")
        }
        let order = ["6 votes", "2 votes"].map { slide.range(of: $0)?.lowerBound }
        #expect(order[0] != nil && order[1] != nil && order[0]! < order[1]!, "\(slide)")
        #expect(slide.contains("Card reader down"))
        try watcher.waitFor("the watcher on the ranked slide") { $0.contains("6 votes") }

        try editor.send("q")
        try room.waitForStatus("back in the insights") { $0.contains("INSIGHTS") }
        try room.command("vote end")
        try room.waitForStatus("the round closed") { !$0.contains("vote ") }
        try room.command("wq")
        try editor.waitFor("EXIT-0")
        try watcher.waitFor("editor closed")
        let saved = try String(contentsOfFile: room.map, encoding: .utf8)
        #expect(saved.contains("Card reader down") && saved.contains("\"Chen\": {"))
    }

    /// Moves a `journey vote` screen's selection (▸) down to the item whose text starts with `text`.
    func select(_ voter: Tmux, _ text: String) throws {
        func selected(_ screen: String) -> String { screen.split(separator: "\n").first { $0.contains("▸") }.map(String.init) ?? "" }
        var current = selected(try voter.screen())
        for _ in 0..<60 where !current.contains(text) {
            let before = current
            try voter.send("j")
            // A screen caught between unmarking the old row and marking the new one has no ▸ at all.
            current = selected(try voter.waitFor("the selection to move") { !selected($0).isEmpty && selected($0) != before })
        }
        #expect(current.contains(text), "\(text) is among the round's items")
    }
}
