import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// `journey vote`'s screen: its pure update step, and its loop on a
/// headless terminal with a real ballot box at 40x12.
@Suite struct VoterTests {
    static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_800_000_000) }

    static func round(revealed: String? = nil) -> VoteRound {
        var round = VoteRound.make(SampleMap.make(), id: "round-1", opened: "2026-11-24T10:00:00Z", budget: 3, perItem: 2,
                                   kinds: [.painPoints, .opportunities])
        round.revealed = revealed
        return round
    }

    static func voter() -> Voter {
        var voter = Voter(fileName: "map.json", participant: "Ana")
        voter.clock = clock
        return voter
    }

    static func keys(_ voter: inout Voter, _ keys: [Key]) -> [Voter.Effect] {
        keys.flatMap { voter.update(.key($0)) }
    }

    @Test func itWaitsForARoundThenPlacesDotsWithinTheRulesAndSubmits() {
        var voter = Self.voter()
        _ = voter.update(.round(.none, mine: nil))
        #expect(voter.state.phase == .waiting)
        let round = Self.round()
        _ = voter.update(.round(.open(round), mine: nil))
        #expect(voter.state.phase == .open && voter.state.left == 3)
        _ = Self.keys(&voter, [.character("+"), .character("+"), .character("+")])
        #expect(voter.state.message == "at most 2 dots on one item")
        _ = Self.keys(&voter, [.character("j"), .character("+"), .character("+")])
        #expect(voter.state.message == "all 3 dots are placed; take one back with - to place it elsewhere")
        #expect(voter.state.ballot?.dots == [round.items[0].id: 2, round.items[1].id: 1])
        #expect(voter.state.hasUnsubmitted)
        let effects = Self.keys(&voter, [.enter])
        guard case .submit(let ballot)? = effects.first else { Issue.record("no submit"); return }
        #expect(ballot.participant == "Ana" && ballot.round == "round-1" && ballot.total == 3)
        #expect(ballot.submitted == VoteClock.stamp(Self.clock()))
        _ = voter.update(.submitted(.success(ballot)))
        #expect(voter.state.message == "submitted 3 dots at \(VoteClock.timeOfDay(Self.clock())); you can change them until the round closes")
        #expect(!voter.state.hasUnsubmitted)
        #expect(Self.keys(&voter, [.character("q")]) == [.quit])
        #expect(voter.isFinished)
    }

    @Test func quittingWithDotsNotSubmittedAsksFirst() {
        var voter = Self.voter()
        _ = voter.update(.round(.open(Self.round()), mine: nil))
        _ = Self.keys(&voter, [.character("+")])
        #expect(Self.keys(&voter, [.character("q")]).isEmpty)
        #expect(voter.state.message?.hasPrefix("your dots are not submitted: y quits") == true)
        #expect(Self.keys(&voter, [.character("n")]).isEmpty)
        #expect(!voter.isFinished)
        _ = Self.keys(&voter, [.escape])
        #expect(Self.keys(&voter, [.character("y")]) == [.quit])
    }

    @Test func anEarlierBallotComesBackAndTheRevealFreezesIt() {
        var voter = Self.voter()
        let round = Self.round()
        let mine = Ballot(participant: "Ana", round: round.id, dots: [round.items[2].id: 2], submitted: "2026-11-24T10:01:00Z")
        _ = voter.update(.round(.open(round), mine: mine))
        #expect(voter.state.ballot?.dots == mine.dots && !voter.state.hasUnsubmitted)
        #expect(voter.state.left == 1)
        _ = Self.keys(&voter, [.character("+")])
        var revealed = round
        revealed.revealed = "2026-11-24T10:30:00Z"
        _ = voter.update(.round(.open(revealed), mine: mine))
        #expect(voter.state.phase == .revealed)
        #expect(voter.state.ballot == mine, "what counted is what was submitted")
        _ = Self.keys(&voter, [.character("+")])
        #expect(voter.state.message == "the round is revealed: your dots can no longer change")
        #expect(Self.keys(&voter, [.enter]).isEmpty)
        #expect(Self.keys(&voter, [.character("q")]) == [.quit], "nothing unsubmitted after the reveal")
        _ = voter.update(.round(.none, mine: nil))
    }

    /// The facilitator's `u` takes a reveal back: the voter is told, and may place dots again.
    @Test func aRevealTakenBackIsSaidAndOpensTheBallot() {
        var voter = Self.voter()
        var revealed = Self.round()
        revealed.revealed = "2026-11-24T10:30:00Z"
        _ = voter.update(.round(.open(revealed), mine: nil))
        #expect(voter.state.phase == .revealed)
        _ = voter.update(.round(.open(Self.round()), mine: nil))
        #expect(voter.state.phase == .open)
        #expect(voter.state.message == "the reveal was taken back: your dots may change again")
    }

    @Test func aRoundThatEndsLeavesItWaitingForTheNext() {
        var voter = Self.voter()
        _ = voter.update(.round(.open(Self.round()), mine: nil))
        _ = voter.update(.round(.none, mine: nil))
        #expect(voter.state.phase == .waiting && voter.state.round == nil)
        #expect(voter.state.message == "the round has ended; waiting for the next one")
        _ = voter.update(.round(.damaged("round.json is damaged"), mine: nil))
        #expect(voter.state.phase == .damaged("round.json is damaged"))
    }

    @Test func theLoopOnAHeadlessTerminalAt40x12() throws {
        let disk = try MapOnDisk()
        defer { disk.remove() }
        let box = BallotBox(paths: MapPaths(disk.path))
        let client = BallotClient(paths: MapPaths(disk.path))
        // No round yet: it says so plainly and keeps waiting.
        var terminal = HeadlessTerminal(width: 40, height: 12, input: [.idle, .key(.character("q"))])
        VoterLoop(voter: Self.voter(), terminal: terminal, client: client, theme: ThemeCatalog.builtinDefault).run()
        // The body of the screen, then what the status says below it.
        let waiting = try #require(terminal.screens.first)
        #expect(waiting.paragraph(from: "No voting round")
                == "No voting round is open for map.json; wait for the facilitator's :vote start. This screen follows by itself.")
        #expect(waiting.statusText.hasPrefix("waiting for the facilitator's journey: no round has been opened on this map "))
        try box.open(Self.round())
        let server = try BallotServer(box: box, round: Self.round())
        defer { server.stop() }
        terminal = HeadlessTerminal(width: 40, height: 12, input: [.key(.character("+")), .key(.down), .key(.character("+")),
                                                                    .key(.enter), .idle, .key(.character("q"))])
        let loop = VoterLoop(voter: Self.voter(), terminal: terminal, client: client, theme: ThemeCatalog.builtinDefault)
        loop.run()
        let lines = terminal.screen?.lines ?? []
        #expect(lines.count == 12 && lines.allSatisfy { TextWidth.of(String($0)) <= 40 })
        #expect(lines[0].contains("Vote: Ana · map.json") && lines[0].contains("1 of 3 left"))
        let voted = try #require(terminal.screen)
        // The stage's heading on a row of its own, its first item (two dots given) under it.
        #expect(voted.row(holding: "AWARENESS") == " AWARENESS")
        #expect(voted.row(below: "AWARENESS")?.hasPrefix("   ●· pain Ad shows a generic sale") == true)
        #expect(voted.statusText.hasPrefix("submitted 2 dots at "))
        #expect(box.ballot(of: "Ana")?.total == 2)
        #expect(loop.voter.isFinished)
    }
}
