import JourneyCore

/// What `journey vote` shows a participant: the round's items by stage,
/// their dots, and what became of their ballot. Plain data, changed by the
/// voter's update step (JourneyApp), drawn by `VoterScreen`.
public struct VoterState: Equatable, Sendable {
    public enum Phase: Equatable, Sendable {
        /// No round is open: wait for the facilitator.
        case waiting
        case open
        /// The tallies are out: the ballot no longer changes.
        case revealed
        /// `round.json` cannot be read.
        case damaged(String)
    }

    public var fileName: String
    public var participant: String
    public var phase: Phase = .waiting
    public var round: VoteRound?
    /// The dots as placed on this screen.
    public var ballot: Ballot?
    /// The ballot as last submitted (or found from an earlier session).
    public var submitted: Ballot?
    /// The selected item, as an index into the round's items.
    public var selected = 0
    public var message: String?
    /// q with dots not submitted: asks first.
    public var confirmingQuit = false

    public init(fileName: String, participant: String) {
        self.fileName = fileName
        self.participant = participant
    }

    /// Dots placed here but not submitted.
    public var hasUnsubmitted: Bool {
        guard phase == .open, let ballot else { return false }
        return ballot.dots != (submitted?.dots ?? [:])
    }

    public var left: Int {
        guard let round else { return 0 }
        return ballot.map { VoteRules.left($0, in: round) } ?? round.budget
    }
}
