import JourneyCore

/// What the editor asks of the voting folder beside the map (see `BallotBox`).
public enum VotingRequest: Sendable {
    /// Write `round.json` (clearing the last round's ballots) and answer voters; answered by `.found` or `.notOpened`.
    case open(VoteRound)
    /// Answer the voters of a round found in the folder (one this editor's account left open).
    case adopt(VoteRound)
    /// Write this participant's ballot whole (the facilitator's entry); answered by `.failed` only if it fails.
    case submit(Ballot)
    /// Mark the round revealed for the voters, then read every ballot; answered by `.revealed`.
    case reveal(VoteRound)
    /// Rewrite `round.json` as this (a reveal undone or redone); answered by `.failed` only if it fails.
    case update(VoteRound)
    /// Remove the round and its ballots.
    case close
}

/// What the voting folder said.
public enum VotingReport: Sendable, Equatable {
    /// The round on disk (none: no round is open) and its ballots, read because the folder changed.
    case found(VoteRound?, BallotReport)
    /// Every ballot, read after the round was marked revealed.
    case revealed(VoteRound, BallotReport)
    /// The round could not be opened: why, and what to do.
    case notOpened(String)
    case failed(String)
}

/// The round the editor runs: its ballots as last read, and whose ballot `+` and `-` fill.
struct VotingSession: Equatable {
    var round: VoteRound
    var ballots: [String: Ballot] = [:]
    var damaged: [String] = []
    /// Set by `:voter NAME`: the facilitator enters this participant's dots.
    var voter: String?

    /// Ballots of this round only.
    var counted: [Ballot] { ballots.values.filter { $0.round == round.id } }
    var dotsPlaced: Int { counted.reduce(0) { $0 + min($1.total, round.budget) } }
}
