import FoundationEssentials
import JourneyApp
import JourneyCore
import JourneyView

/// `journey vote`'s loop on a terminal: draw, wait for a key or half a
/// second, look at `round.json` (its folder's stat first), submit ballots.
/// It never takes the map's lock nor writes the map.
public final class VoterLoop {
    public private(set) var voter: Voter
    let terminal: Terminal
    let box: BallotBox
    let theme: Theme
    private var watch = FolderWatch()
    private var lastRound: BallotBox.RoundState?

    public static let pollInterval = 0.5

    public init(voter: Voter, terminal: Terminal, box: BallotBox, theme: Theme) {
        self.voter = voter
        self.terminal = terminal
        self.box = box
        self.theme = theme
    }

    public func run() {
        look(force: true)
        while !voter.isFinished {
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

    /// Writes the ballot, unless the round moved on since it was last read.
    func submit(_ ballot: Ballot) -> Result<Ballot, BallotBox.Failure> {
        let round = box.round()
        guard case .open(let current) = round, current.id == ballot.round, current.revealed == nil else {
            look(force: true)
            return .failure(BallotBox.Failure(message: "the round is closed or revealed; too late to change"))
        }
        do {
            try box.submit(ballot)
            return .success(ballot)
        } catch {
            return .failure(error)
        }
    }

    func look(force: Bool) {
        guard watch.shouldLook(at: box.stamp()) || force else { return }
        let round = box.round()
        guard force || round != lastRound else { return }
        lastRound = round
        send(.round(round, mine: box.ballot(of: voter.state.participant)))
    }
}
