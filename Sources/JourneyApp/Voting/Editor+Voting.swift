import FoundationEssentials
import JourneyCore
import JourneyView

/// Dot voting run from the editor: `:vote start` opens a round beside the
/// map, participants vote with `journey vote FILE` (or the
/// facilitator enters their dots after `:voter NAME`), ballots arrive live
/// on the status line without their tallies, `:vote reveal` adds the
/// tallies to the items as one undoable step and ranks them, `:vote end`
/// closes the round.
extension Editor {
    /// Whether a round is open, so the runtime looks at the ballots often.
    public var isVoting: Bool { voting != nil }

    /// `:vote [start|reveal|end|end!] [ITEMS] [budget N] [per N]`: only start takes the rest.
    mutating func voteCommand(_ round: String?, _ start: VoteStart) {
        guard round == "start" || start == VoteStart() else {
            return refuse("only :vote start takes more words", usageOf: "vote")
        }
        switch round {
        case "start": startVoting(start)
        case "reveal": revealVoting()
        case "end", "end!": endVoting(discard: round == "end!")
        default: showVoting()
        }
    }

    // MARK: start

    mutating func startVoting(_ start: VoteStart) {
        if let session = voting {
            refuse("a round is already open since \(Self.openedTime(session.round)); :vote shows it, :vote end closes it")
            return
        }
        guard document.path != nil else {
            refuse("a voting round lives beside the map's file: save the map first (:w FILE)")
            return
        }
        let kinds: [LaneKind] = switch start.items {
        case "pain": [.painPoints]
        case "opportunities": [.opportunities]
        default: [.painPoints, .opportunities]
        }
        let budget = start.budget ?? VoteRules.defaultBudget
        let per = start.perItem ?? min(VoteRules.defaultPerItem, budget)
        if let problem = VoteRules.check(budget: budget, perItem: per) {
            refuse(problem)
            return
        }
        let round = VoteRound.make(map, id: IDs.fresh("round", in: map), opened: VoteClock.stamp(clock()), budget: budget,
                                   perItem: per, kinds: kinds)
        guard !round.items.isEmpty else {
            refuse("no \(round.kindsWords.replacing(" and ", with: " or ")) to vote on yet; add some first")
            return
        }
        voting = VotingSession(round: round)
        effects.append(.voting(.open(round)))
        say("voting on \(round.items.count) \(round.kindsWords), \(VoteRules.dots(budget)) each, at most \(per) on one: "
            + "participants run journey vote \(file.name); :voter NAME enters a ballot here; :vote reveal")
    }

    // MARK: the round's state

    mutating func showVoting() {
        guard let session = voting else {
            refuse("no voting round; :vote start opens one")
            return
        }
        let round = session.round
        let names = session.counted.map(\.participant).sorted()
        let who = names.isEmpty ? "no ballots yet" : "\(names.count) ballot\(names.count == 1 ? "" : "s") ("
            + names.map { Self.shown($0, columns: 20) }.joined(separator: ", ") + "), \(VoteRules.dots(session.dotsPlaced)) placed"
        let state = isRevealed(round) ? "revealed" : "open since \(Self.openedTime(round))"
        say("vote \(state) on \(round.kindsWords), \(VoteRules.dots(round.budget)) each, at most \(round.perItem) on one: "
            + who + (session.damaged.isEmpty ? "" : "; \(session.damaged.count) unreadable: " + session.damaged[0])
            + (isRevealed(round) ? "; :vote end closes it" : "; :vote reveal, :vote end"))
    }

    func isRevealed(_ round: VoteRound) -> Bool { map.votingRounds.contains { $0.id == round.id } }

    static func openedTime(_ round: VoteRound) -> String {
        round.opened.count == 20 ? String(round.opened.dropFirst(11).prefix(5)) + " UTC" : round.opened
    }

    /// What the status line shows: voters and dots placed, never the tallies before the reveal.
    var votingBadge: String? {
        guard let session = voting else { return nil }
        if isRevealed(session.round) { return "vote revealed" }
        let voters = session.counted.count
        var text = "vote \(voters) voter\(voters == 1 ? "" : "s") \(VoteRules.dots(session.dotsPlaced))"
        if let voter = session.voter {
            let ballot = session.ballots[voter] ?? Ballot(participant: voter, round: session.round.id)
            text += " · " + Self.shown(voter, columns: 12) + " \(VoteRules.left(ballot, in: session.round)) left"
        }
        return text
    }

    // MARK: the facilitator's entry

    /// `:voter NAME`: `+` and `-` place this participant's dots; `:voter` alone stops.
    mutating func setVoter(_ argument: String) {
        guard var session = voting else {
            refuse("no voting round is open; :vote start opens one")
            return
        }
        let name = argument.trimmingSpaces()
        guard !name.isEmpty else {
            session.voter = nil
            voting = session
            say("ballot entry ended; + and - vote as before")
            return
        }
        if let problem = ParticipantName.problem(name) {
            refuse(problem)
            return
        }
        guard !isRevealed(session.round) else {
            refuse("the round is revealed: ballots no longer change; :vote end closes it")
            return
        }
        session.voter = name
        voting = session
        let ballot = session.ballots[name] ?? Ballot(participant: name, round: session.round.id)
        say("\(Self.shown(name, columns: 30))'s ballot: + and - place dots on \(session.round.kindsWords) "
            + "(\(VoteRules.left(ballot, in: session.round)) of \(session.round.budget) left); :voter alone stops")
    }

    /// Whether `+` and `-` place a voter's dots rather than change the votes.
    var placesDots: Bool { voting?.voter != nil }

    /// `+` or `-` on an item while a voter is set: one dot on their ballot, within the rules.
    mutating func placeDot(_ step: Int, on item: String) {
        guard var session = voting, let voter = session.voter else { return }
        let round = session.round
        guard !isRevealed(round) else {
            refuse("the round is revealed: ballots no longer change; :voter alone goes back to voting by hand")
            return
        }
        guard let entry = round.item(id: item) else {
            refuse("not in this round: it was added after :vote start, or is not a \(round.kindsWords)")
            return
        }
        var ballot = session.ballots[voter] ?? Ballot(participant: voter, round: round.id)
        if ballot.round != round.id { ballot = Ballot(participant: voter, round: round.id) }
        switch VoteRules.placing(step, on: item, in: ballot, round: round) {
        case .failure(let refusal):
            refuse(Self.shown(voter, columns: 20) + ": " + refusal.description)
        case .success(var next):
            next.submitted = VoteClock.stamp(clock())
            session.ballots[voter] = next
            voting = session
            effects.append(.voting(.submit(next)))
            let on = next.dots(on: item)
            say(Self.shown(voter, columns: 20) + ": \(VoteRules.dots(on)) on “\(Self.shown(entry.text))”, "
                + "\(VoteRules.left(next, in: round)) left")
        }
    }

    // MARK: reveal and end

    mutating func revealVoting() {
        guard let session = voting else {
            refuse("no voting round is open; :vote start opens one")
            return
        }
        guard !isRevealed(session.round) else {
            refuse("this round is revealed already; u takes the reveal back, :vote end closes the round")
            return
        }
        var round = session.round
        round.revealed = VoteClock.stamp(clock())
        effects.append(.voting(.reveal(round)))
    }

    /// The ballots as read after the round was marked revealed: the tallies go into the map as one step.
    mutating func finishReveal(_ round: VoteRound, _ report: BallotReport) {
        guard var session = voting, session.round.id == round.id else { return }
        session.ballots = Dictionary(report.ballots.map { ($0.participant, $0) }, uniquingKeysWith: { a, _ in a })
        session.damaged = report.damaged
        session.voter = nil
        session.round = round
        voting = session
        let tally = VoteRules.tally(report.ballots, round: round)
        guard let edit = Edits.reveal(map, round: round, tally: tally, revealed: round.revealed ?? VoteClock.stamp(clock())) else {
            return
        }
        let people = tally.ballots.count
        var message = "revealed: \(VoteRules.dots(tally.dots)) from \(people) participant\(people == 1 ? "" : "s"), "
            + "ranked by votes; u takes it back, :vote end closes the round"
        let problems = tally.notes + report.damaged
        if !problems.isEmpty { message += "; not counted as written: " + problems.map { Self.shown($0, columns: 80) }.joined(separator: "; ") }
        commit(edit, message: message, note: "the vote reveal")
        guard isRevealed(round) else { return }
        var query = screens.insights.query
        query.sort = .votes
        query.descending = true
        query.stage = nil
        query.status = nil
        query.kind = round.kinds.count == 1 ? (round.kinds[0] == .painPoints ? .painPoint : .opportunity) : nil
        screens.insights.query = query
        screens.insights.selected = nil
        screens.insights.scroll = 0
        screens.insights.showQuadrant = false
        show(.insights)
        say(message)
    }

    mutating func endVoting(discard: Bool) {
        guard let session = voting else {
            refuse("no voting round is open")
            return
        }
        let dots = session.dotsPlaced
        guard discard || isRevealed(session.round) || dots == 0 else {
            refuse("the round is not revealed: :vote reveal adds its \(VoteRules.dots(dots)) to the items; :vote end! discards them")
            return
        }
        voting = nil
        effects.append(.voting(.close))
        say(isRevealed(session.round) ? "round closed; its ballots are kept in the map"
            : "round closed\(dots == 0 ? "" : ", \(VoteRules.dots(dots)) discarded")")
    }

    // MARK: what the folder says

    /// A reveal taken back with `u` (or redone) is told to the voters: until
    /// the next reveal they may change their dots again.
    mutating func syncRevealWithVoters() {
        guard var session = voting, !readOnly else { return }
        let revealed = map.votingRounds.first { $0.id == session.round.id }?.revealed
        guard (session.round.revealed == nil) != (revealed == nil) else { return }
        session.round.revealed = revealed
        voting = session
        effects.append(.voting(.update(session.round)))
    }

    mutating func votingReport(_ report: VotingReport) {
        switch report {
        case .failed(let message):
            warn("voting: " + message)
        case .notOpened(let message):
            voting = nil
            warn("no round: " + message)
        case .revealed(let round, let ballots):
            finishReveal(round, ballots)
        case .found(nil, _):
            guard let session = voting else { return }
            voting = nil
            if !isRevealed(session.round) { say("the voting round was closed outside this editor") }
        case .found(let round?, let report):
            guard !readOnly else { return }
            let ballots = Dictionary(report.ballots.map { ($0.participant, $0) }, uniquingKeysWith: { a, _ in a })
            guard var session = voting, session.round.id == round.id else {
                voting = VotingSession(round: round, ballots: ballots, damaged: report.damaged)
                effects.append(.voting(.adopt(round)))
                let count = voting?.counted.count ?? 0
                say("a voting round is open since \(Self.openedTime(round)) with \(count) ballot\(count == 1 ? "" : "s"): "
                    + (isRevealed(round) ? ":vote end closes it" : ":vote shows it, :vote reveal reveals it"))
                return
            }
            let before = Set(session.counted.map(\.participant))
            session.ballots = ballots
            session.damaged = report.damaged
            voting = session
            let arrived = session.counted.map(\.participant).filter { !before.contains($0) }.sorted()
            if !arrived.isEmpty {
                say(arrived.map { Self.shown($0, columns: 20) }.joined(separator: ", ")
                    + " voted (\(session.counted.count) ballot\(session.counted.count == 1 ? "" : "s") in)")
            }
        }
    }
}

extension Commands {
    static let voting: [Command] = [
        Command("vote", section: .workshop,
                takes: [.choice("ROUND", "start", "reveal", "end", "end!").optional,
                        .choice("ITEMS", of: .words(["pain", "opportunities", "both"])).optional,
                        .option("budget", number: "N"), .option("per", number: "N")], changesMap: true,
                "dot voting: start opens a round on ITEMS (pain, opportunities or both, the default), N dots each "
                    + "(budget, 5) and at most N on one (per, 3); "
                    + "reveal adds the tallies and ranks them, end closes it; alone: the round's state") { e, a in
            e.voteCommand(a["ROUND"], VoteStart(a))
        },
        Command("voter", section: .workshop, takes: [.text("NAME").optional], changesMap: true,
                "enter NAME's ballot: + and - place their dots (budget enforced); alone: stop") { e, a in
            e.setVoter(a.text("NAME"))
        },
    ]
}

/// What `:vote start` was given: the items to vote on and the dots.
struct VoteStart: Equatable {
    var items: String?
    var budget: Int?
    var perItem: Int?

    init(items: String? = nil, budget: Int? = nil, perItem: Int? = nil) {
        (self.items, self.budget, self.perItem) = (items, budget, perItem)
    }

    init(_ arguments: Arguments) {
        self.init(items: arguments["ITEMS"], budget: arguments.number("budget"), perItem: arguments.number("per"))
    }
}

/// `:vote`: the round's badge, and its reveal kept in step with the map's (an undo can take a reveal back).
enum VotingFeature: EditorFeature {
    typealias State = VotingSession
    static func report(in event: Event) -> VotingReport? { if case .voting(let report) = event { report } else { nil } }
    static func receive(_ report: VotingReport, _ editor: inout Editor) { editor.votingReport(report) }
    static func settle(_ editor: inout Editor) { editor.syncRevealWithVoters() }
    static func badge(_ editor: Editor, on view: inout ViewState) { view.voting = editor.votingBadge }
}

extension Editor {
    /// The dot-voting round this editor runs (`:vote start`).
    var voting: VotingSession? {
        get { featureStates[VotingFeature.self] }
        set { featureStates[VotingFeature.self] = newValue }
    }
}
