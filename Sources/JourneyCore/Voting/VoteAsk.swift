/// What a voter's `journey vote` asks the facilitator's journey over
/// `vote.sock`: one ask per connection, one answer.
public enum VoteAsk: Equatable, Sendable {
    /// The open round, and this participant's ballot in it.
    case round(participant: String)
    /// This ballot, its participant's, in place of the one before.
    case submit(Ballot)

    public var participant: String {
        switch self {
        case .round(let participant): participant
        case .submit(let ballot): ballot.participant
        }
    }
}

/// The facilitator's journey's answer: the round (none when no round is
/// open), the asker's own ballot and no other, or why the ask was refused.
public struct VoteAnswer: Equatable, Sendable {
    public var round: VoteRound?
    public var mine: Ballot?
    /// Why the ask was not done, in words; nil when it was.
    public var refused: String?

    public init(round: VoteRound? = nil, mine: Ballot? = nil, refused: String? = nil) {
        self.round = round
        self.mine = mine
        self.refused = refused
    }
}
