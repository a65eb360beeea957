import Foundation
@testable import JourneyApp
@testable import JourneyCore
import JourneyTerminal
import JourneyView
import Testing

/// Dot voting in the editor: `:vote start`, ballots arriving from the
/// folder, `:voter NAME` with `+` and `-`, reveal, undo and end, by a fake
/// clock, with the runtime's own voting effects on a map in a folder.
@Suite(.serialized) struct DotVotingTests {
    /// An editor on a map on disk, with the runtime's voting effects performed as the runtime does.
    struct Room {
        let disk: MapOnDisk
        var editor: Editor
        let voting: VotingEffects
        let file: MapFile
        let clock = WorkshopTimerTests.FakeClock()

        init(map: JourneyMap = SampleMap.make(), readOnly: Bool = false) throws {
            disk = try MapOnDisk(map)
            guard case .success(let opened) = MapFile.open(disk.path) else { throw CocoaError(.fileReadUnknown) }
            file = opened.file
            editor = Editor(document: Document(map: opened.map!, path: disk.path, isSaved: true), displayName: "map.json",
                            opening: Opening(claiming: opened.file), width: 100, height: 30)
            let clock = clock
            editor.clock = { clock.now }
            if readOnly { editor.readOnly = true }
            voting = VotingEffects(files: FileEffects(file: opened.file, attached: true))
        }

        func close() {
            file.close(keepJournal: false)
            disk.remove()
        }

        var box: BallotBox { BallotBox(paths: MapPaths(disk.path)) }

        mutating func send(_ event: Event) {
            var pending = [event]
            while !pending.isEmpty {
                for effect in editor.update(pending.removeFirst()) {
                    if case .voting(let request) = effect, let reply = voting.perform(request) { pending.append(reply) }
                }
            }
        }

        mutating func type(_ text: String) { for c in text { send(.key(.character(c))) } }

        mutating func command(_ line: String) {
            type(":" + line)
            send(.key(.enter))
        }

        /// What the runtime does when no key comes: look at the folder.
        mutating func idle() {
            clock.advance(0.5)
            if let found = voting.poll() { send(found) }
            send(.tick(clock.now))
        }

        var message: String { editor.view.message?.text ?? "" }
        var statusLine: String { editor.frame(theme: ThemeCatalog.builtinDefault).lines.last ?? "" }
        var round: VoteRound? { editor.voting?.round }

        func votes(_ id: String) -> Int {
            editor.map.stages.flatMap(\.touchpoints).flatMap { $0.painPoints + $0.opportunities }.first { $0.id == id }?.votes ?? -1
        }
    }

    @Test func aWholeRoundStartBallotsEntryRevealUndoAndEnd() throws {
        var room = try Room()
        defer { room.close() }
        room.command("vote start pain budget 4 per 2")
        let round = try #require(room.round)
        #expect(round.kinds == [.painPoints] && round.budget == 4 && round.perItem == 2)
        #expect(room.box.round() == .open(round), "round.json is on disk for the voters")
        #expect(room.statusLine.hasSuffix("vote 0 voters 0 dots"))

        // A remote participant submits; the editor sees it at its next look, without the tallies.
        let (a, b) = (round.items[0].id, round.items[1].id)
        try room.box.submit(Ballot(participant: "Ana", round: round.id, dots: [a: 2, b: 1]))
        let before = room.editor.map
        room.idle()
        #expect(room.message == "Ana voted (1 ballot in)")
        #expect(room.statusLine.hasSuffix("vote 1 voter 3 dots"))
        #expect(room.editor.map == before, "no tally before the reveal")

        // The facilitator enters Bo's ballot in the insights view: the budget and the limit per item hold.
        room.command("voter Bo")
        #expect(room.message.hasPrefix("Bo's ballot: + and - place dots on pain points (4 of 4 left)"))
        room.command("view insights")
        room.editor.screens.insights.selected = a
        room.type("+++")
        #expect(room.message == "Bo: at most 2 dots on one item")
        room.editor.screens.insights.selected = b
        room.type("++")
        #expect(room.message.hasPrefix("Bo: 2 dots on "))
        room.editor.screens.insights.selected = round.items[2].id
        room.type("+")
        #expect(room.message == "Bo: all 4 dots are placed; take one back with - to place it elsewhere")
        #expect(room.statusLine.hasSuffix("vote 2 voters 7 dots · Bo 0 left"))
        #expect(room.box.ballot(of: "Bo")?.dots == [a: 2, b: 2])
        #expect(room.editor.map == before, "placing dots is not a change to the map")

        // Reveal: the tallies go into the items as one step, and the insights are ranked by votes.
        room.clock.advance(60)
        room.command("vote reveal")
        #expect(room.message.hasPrefix("revealed: 7 dots from 2 participants, ranked by votes"))
        #expect(room.votes(a) == before.stages.flatMap(\.touchpoints).flatMap(\.painPoints).first { $0.id == a }!.votes + 4)
        #expect(room.editor.map.votingRounds.count == 1)
        #expect(room.editor.map.votingRounds[0].ballots == ["Ana": [a: 2, b: 1], "Bo": [a: 2, b: 2]])
        #expect(room.editor.map.votingRounds[0].revealed == VoteClock.stamp(room.clock.now))
        #expect(room.editor.view.screen == .insights)
        #expect(room.editor.screens.insights.query.sort == .votes && room.editor.view.screens.insights.query.descending)
        let ranked = room.editor.insightRows.map(\.item.votes)
        #expect(ranked == ranked.sorted(by: >))
        if case .open(let onDisk) = room.box.round() { #expect(onDisk.revealed != nil, "the voters see it revealed") }
        #expect(room.statusLine.hasSuffix("vote revealed"))
        let top = try #require(room.editor.selectedInsight)
        room.type("+")
        #expect(room.message.hasSuffix("\(top.item.votes + 1) votes"), "+ votes by hand again")

        // Undo takes the whole reveal back, and the round can be revealed again.
        room.type("uu")
        #expect(room.editor.map == before)
        #expect(room.message.hasPrefix("took back the vote reveal ("), "the undo names what it took back: \(room.message)")
        #expect(room.message.hasSuffix("; Ctrl-R brings it back"))
        if case .open(let onDisk) = room.box.round() { #expect(onDisk.revealed == nil, "the voters may change their dots again") }
        room.send(.key(.control("r")))
        #expect(room.message.hasPrefix("brought back the vote reveal ("), "\(room.message)")
        if case .open(let onDisk) = room.box.round() { #expect(onDisk.revealed != nil, "redone: revealed again for the voters") }
        room.type("u")
        room.command("vote end")
        #expect(room.message.hasPrefix("the round is not revealed: :vote reveal adds its 7 dots"))
        room.command("vote reveal")
        #expect(room.editor.map.votingRounds.count == 1)
        room.command("vote end")
        #expect(room.message == "round closed; its ballots are kept in the map")
        #expect(room.round == nil)
        #expect(!FileManager.default.fileExists(atPath: MapPaths(room.disk.path).votes))
    }

    @Test func endBeforeRevealAsksAndEndBangDiscards() throws {
        var room = try Room()
        defer { room.close() }
        room.command("vote start")
        let round = try #require(room.round)
        try room.box.submit(Ballot(participant: "Ana", round: round.id, dots: [round.items[0].id: 1]))
        room.idle()
        room.command("vote end")
        #expect(room.round != nil)
        room.command("vote end!")
        #expect(room.message == "round closed, 1 dot discarded")
        #expect(room.round == nil && room.box.round() == .none)
        #expect(room.editor.map.votingRounds.isEmpty)
    }

    @Test(arguments: [
        ("vote start budget", "the N after budget is missing; usage: :vote [start|reveal|end|end!] [ITEMS] [budget N] [per N]"),
        ("vote start per many", "the N after per is a whole number, not “many”; usage: :vote"),
        ("vote start budget 3 budget 4", "budget is given twice"),
        ("vote start BUDGET 2 Pain per x", "the N after per is a whole number, not “x”"),
        ("vote reveal budget 3", "only :vote start takes more words"),
        ("vote start budget 0", "a budget of 0 dots? give 1 to 99"),
        ("vote start budget 3 per 4", "at most 4 on one item? give 1 to the budget, 3"),
        ("vote start quotes", "“quotes” is not pain, opportunities or both"),
        ("vote tally", "“tally” is not start, reveal, end or end!"),
        ("vote reveal", "no voting round is open; :vote start opens one"),
        ("voter Ana", "no voting round is open; :vote start opens one"),
        ("vote", "no voting round; :vote start opens one"),
    ])
    func clearMessagesForWhatCannotBeDone(line: String, expected: String) throws {
        var room = try Room()
        defer { room.close() }
        room.command(line)
        #expect(room.message.hasPrefix(expected), "\(room.message)")
        #expect(room.round == nil)
    }

    @Test func hostileVoterNamesAreRefusedAndShownEscaped() throws {
        var room = try Room()
        defer { room.close() }
        room.command("vote start")
        room.command("voter " + String(repeating: "x", count: 41))
        #expect(room.message.hasPrefix("a name of at most 40 characters"))
        room.command("voter ../../etc")
        #expect(room.message.hasPrefix("../../etc's ballot"))
        // A participant's file written by hand, with a name journey vote would refuse.
        let evil = Ballot(participant: "\u{1B}[2Jevil", round: room.round!.id, dots: [room.round!.items[0].id: 1])
        try room.box.write(VotingFiles.json(evil), to: ParticipantName.fileName(evil.participant))
        room.idle()
        #expect(room.message == "^[[2Jevil voted (1 ballot in)", "escaped, never sent to the terminal")
    }

    @Test func aReadOnlyEditorRunsNoRoundAndTheSampleNeedsAFile() throws {
        var room = try Room(readOnly: true)
        defer { room.close() }
        room.command("vote start")
        #expect(room.message.hasPrefix("read-only"))
        #expect(room.round == nil)
        var sample = Editor(document: Document(map: SampleMap.make(), path: nil, isSaved: true), displayName: "sample")
        for c in ":vote start" { _ = sample.update(.key(.character(c))) }
        _ = sample.update(.key(.enter))
        #expect(sample.view.message?.text.hasPrefix("a voting round lives beside the map's file") == true)
    }

    @Test func aRoundLeftOpenByACrashIsTakenUpWithItsBallots() throws {
        var first = try Room()
        first.command("vote start")
        let round = try #require(first.round)
        try first.box.submit(Ballot(participant: "Ana", round: round.id, dots: [round.items[0].id: 3]))
        first.file.close(keepJournal: false)
        // The editor is gone; the next one finds the round at its first look.
        guard case .success(let opened) = MapFile.open(first.disk.path) else { Issue.record("reopen"); return }
        defer { opened.file.close(keepJournal: false); first.disk.remove() }
        var room = first
        room.editor = Editor(document: Document(map: opened.map!, path: first.disk.path, isSaved: true), displayName: "map.json",
                             opening: Opening(claiming: opened.file), width: 100, height: 30)
        let voting = VotingEffects(files: FileEffects(file: opened.file, attached: true))
        if let found = voting.poll() { room.send(found) }
        #expect(room.round?.id == round.id)
        #expect(room.message.hasPrefix("a voting round is open since"))
        room.command("vote reveal")
        #expect(room.editor.map.votingRounds.first?.ballots == ["Ana": [round.items[0].id: 3]])
    }

    @Test func aHandEditedBallotIsClippedAtTheRevealAndSaidSo() throws {
        var room = try Room()
        defer { room.close() }
        room.command("vote start budget 5 per 3")
        let round = try #require(room.round)
        try room.box.submit(Ballot(participant: "Eve", round: round.id, dots: [round.items[0].id: 50, round.items[1].id: 9]))
        room.command("vote reveal")
        #expect(room.editor.map.votingRounds[0].ballots["Eve"] == [round.items[0].id: 3, round.items[1].id: 2])
        #expect(room.message.contains("Eve: more than 3 on one item cut to 3, dots over the budget of 5 left out"))
    }

    @Test func twentyVotersAtOnceThenRevealCountsEveryDot() throws {
        var room = try Room()
        defer { room.close() }
        room.command("vote start budget 5 per 3")
        let round = try #require(room.round)
        let path = room.disk.path
        let before = room.editor.map
        DispatchQueue.concurrentPerform(iterations: 20) { n in
            let box = BallotBox(paths: MapPaths(path))
            var ballot = Ballot(participant: "Voter \(n)", round: round.id)
            // Two voters try to cheat past the budget by hand; the rest place what the rules allow.
            for dot in 0..<8 {
                let item = round.items[(n * 3 + dot) % round.items.count].id
                if n < 2 { ballot.dots[item, default: 0] += 1 } else if case .success(let next) = VoteRules.placing(1, on: item, in: ballot, round: round) {
                    ballot = next
                }
            }
            try? box.submit(ballot)
        }
        room.idle()
        #expect(room.statusLine.contains("vote 20 voters 100 dots"))
        room.command("vote reveal")
        let record = try #require(room.editor.map.votingRounds.first)
        #expect(record.ballots.count == 20)
        #expect(record.ballots.values.allSatisfy { $0.values.reduce(0, +) <= 5 && $0.values.allSatisfy { $0 <= 3 } })
        #expect(record.dots == 100, "every dot counted, none over the budget")
        let added = round.items.reduce(0) { sum, item in
            sum + room.votes(item.id) - (before.stages.flatMap(\.touchpoints).flatMap { $0.painPoints + $0.opportunities }.first { $0.id == item.id }!.votes)
        }
        #expect(added == 100)
    }
}
