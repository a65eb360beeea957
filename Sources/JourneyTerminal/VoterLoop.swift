import FoundationEssentials
import JourneyApp
import JourneyCore
import JourneyView

/// `journey vote`'s loop on a terminal: draw, wait for a key or half a
/// second, ask the facilitator's journey for the round (over `vote.sock`),
/// submit ballots there. It never reads the voting folder's files, takes
/// the map's lock nor writes the map.
public final class VoterLoop {
    public private(set) var voter: Voter
    let terminal: Terminal
    let client: BallotClient
    let theme: Theme
    private var last: BallotClient.Outcome?
    /// Why the facilitator's journey will not take this participant's ballot at all (another account's name): the loop ends.
    public private(set) var refusal: String?

    public static let pollInterval = 0.5

    public init(voter: Voter, terminal: Terminal, client: BallotClient, theme: Theme) {
        self.voter = voter
        self.terminal = terminal
        self.client = client
        self.theme = theme
    }

    public func run() {
        look(force: true)
        while !voter.isFinished, refusal == nil {
            terminal.present(VoterScreen.render(voter.state, theme: theme, width: terminal.width, height: terminal.height))
            switch terminal.nextInput(timeout: Self.pollInterval) {
            case .keys(let keys):
                for key in keys where !voter.isFinished { send(.key(key)) }
            // The screen is drawn for the terminal's size each time round; the voter has no mouse.
            case .paste, .resize, .mouse: break
            case .timeout: look(force: false)
            case .end: return
            }
        }
    }

    func send(_ event: Voter.Event) {
        var pending = [event]
        while !pending.isEmpty {
            for effect in voter.update(pending.removeFirst()) {
                switch effect {
                case .quit: break
                case .submit(let ballot): pending.append(.submitted(submit(ballot)))
                }
            }
        }
    }

    /// Hands the ballot to the facilitator's journey, which checks it against the round it runs.
    func submit(_ ballot: Ballot) -> Result<Ballot, BallotBox.Failure> {
        switch client.ask(.submit(ballot)) {
        case .answered(let answer):
            guard let refused = answer.refused else { return .success(answer.mine ?? ballot) }
            look(force: true)
            return .failure(BallotBox.Failure(message: refused))
        case .unanswered(let why):
            return .failure(BallotBox.Failure(message: "\(why); Enter tries again"))
        }
    }

    func look(force: Bool) {
        let outcome = client.ask(.round(participant: voter.state.participant))
        guard force || outcome != last else { return }
        last = outcome
        switch outcome {
        case .answered(let answer):
            if let refused = answer.refused {
                refusal = refused
                return
            }
            send(.round(answer.round.map { .open($0) } ?? .none, mine: answer.mine))
        case .unanswered(let why):
            send(.unanswered(why))
        }
    }
}
