import FoundationEssentials
import JourneyCore
import JourneyView

/// `journey vote FILE [--as NAME]`: one participant's screen, as state and a
/// pure update step. Events in (keys, what the facilitator's journey says, what became of
/// a submit), effects out (submit a ballot, quit) for a small loop to do.
public struct Voter {
    public enum Event: Sendable {
        case key(Key)
        /// The round as the facilitator's journey runs it, and this participant's ballot in it.
        case round(BallotBox.RoundState, mine: Ballot?)
        /// No facilitator's journey answers (none runs, or no round was opened yet): why, in words.
        case unanswered(String)
        case submitted(Result<Ballot, BallotBox.Failure>)
    }

    public enum Effect: Sendable, Equatable {
        case submit(Ballot)
        case quit
    }

    public private(set) var state: VoterState
    public private(set) var isFinished = false
    /// The time, for the submitted stamp; tests set a clock of their own.
    public var clock: @Sendable () -> Date = { Date() }

    public init(fileName: String, participant: String) {
        state = VoterState(fileName: fileName, participant: participant)
    }

    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .key(let key): return handle(key)
        case .round(let found, let mine): follow(found, mine: mine)
        case .unanswered(let why):
            follow(.none, mine: nil)
            state.message = "waiting for the facilitator's journey: \(why)"
        case .submitted(.success(let ballot)):
            state.submitted = ballot
            let dots = ballot.total
            state.message = "submitted \(VoteRules.dots(dots)) at \(VoteClock.timeOfDay(clock())); "
                + "you can change them until the round closes"
        case .submitted(.failure(let failure)):
            state.message = "not submitted: " + failure.message
        }
        return []
    }

    // MARK: keys

    mutating func handle(_ key: Key) -> [Effect] {
        if state.confirmingQuit {
            state.confirmingQuit = false
            if key == .character("y") || key == .character("q") { return finish() }
            state.message = "not quitting; Enter submits your dots"
            return []
        }
        state.message = nil
        switch key {
        case .character("q"), .escape, .control("c"):
            guard state.hasUnsubmitted else { return finish() }
            state.confirmingQuit = true
            state.message = "your dots are not submitted: y quits without them, any other key stays (Enter then submits)"
        case .character("j"), .down: move(by: 1)
        case .character("k"), .up: move(by: -1)
        case .home, .character("g"): move(by: -Int.max / 2)
        case .end, .character("G"): move(by: Int.max / 2)
        case .character("+"), .character("="), .character("l"), .right: place(1)
        case .character("-"), .character("_"), .character("h"), .left: place(-1)
        case .enter: return submit()
        default:
            state.message = state.phase == .open ? "j k move · + - place a dot · Enter submits · q quits" : "q quits"
        }
        return []
    }

    mutating func finish() -> [Effect] {
        isFinished = true
        return [.quit]
    }

    mutating func move(by step: Int) {
        guard let round = state.round, !round.items.isEmpty else { return }
        let target = step > 0 ? min(round.items.count - 1, state.selected + min(step, round.items.count))
            : max(0, state.selected + max(step, -round.items.count))
        state.selected = target
    }

    mutating func place(_ step: Int) {
        guard state.phase == .open, let round = state.round, round.items.indices.contains(state.selected) else {
            if state.phase == .revealed { state.message = "the round is revealed: your dots can no longer change" }
            return
        }
        let ballot = state.ballot ?? Ballot(participant: state.participant, round: round.id)
        switch VoteRules.placing(step, on: round.items[state.selected].id, in: ballot, round: round) {
        case .success(let next):
            state.ballot = next
            state.message = next.total == round.budget ? "all \(VoteRules.dots(round.budget)) placed: Enter submits them" : nil
        case .failure(let refusal): state.message = refusal.description
        }
    }

    mutating func submit() -> [Effect] {
        guard state.phase == .open, let round = state.round else {
            state.message = state.phase == .revealed ? "the round is revealed: your dots can no longer change" : "no round is open yet"
            return []
        }
        var ballot = state.ballot ?? Ballot(participant: state.participant, round: round.id)
        ballot.submitted = VoteClock.stamp(clock())
        state.ballot = ballot
        return [.submit(ballot)]
    }

    // MARK: the round

    mutating func follow(_ found: BallotBox.RoundState, mine: Ballot?) {
        switch found {
        case .none:
            if state.phase != .waiting, state.round != nil { state.message = "the round has ended; waiting for the next one" }
            state.phase = .waiting
            state.round = nil
            state.ballot = nil
            state.submitted = nil
            state.confirmingQuit = false
        case .damaged(let why):
            state.phase = .damaged(why)
        case .open(let round):
            let mine = mine?.round == round.id ? mine : nil
            if state.round?.id != round.id {
                state.ballot = mine.map { VoteRules.clipped($0, round: round).0 }
                state.submitted = mine
                state.selected = 0
                state.message = mine.map { "your ballot is back: \(VoteRules.dots($0.total)) placed; change them and Enter" }
                    ?? "place your \(VoteRules.dots(round.budget)) with + and -, then Enter"
            }
            state.round = round
            state.selected = min(state.selected, max(0, round.items.count - 1))
            if round.revealed != nil {
                if state.phase != .revealed {
                    state.message = "the round is revealed; your dots can no longer change"
                    state.confirmingQuit = false
                }
                state.phase = .revealed
                // What counted is what was submitted.
                state.ballot = state.submitted
            } else {
                if state.phase == .revealed { state.message = "the reveal was taken back: your dots may change again" }
                state.phase = .open
            }
        }
    }
}
