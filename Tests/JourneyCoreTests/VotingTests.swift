import Foundation
import Testing
@testable import JourneyCore

/// Dot voting in Core: the rules (one place), the ballot box beside the map
/// (hostile names, damaged files, planted links, many voters at once) and
/// the reveal that adds the tallies to the map as one transaction.
@Suite struct VotingTests {
    static func round(_ map: JourneyMap = SampleMap.make(), budget: Int = 5, perItem: Int = 3,
                      kinds: [LaneKind] = [.painPoints, .opportunities]) -> VoteRound {
        VoteRound.make(map, id: "round-1", opened: "2026-11-24T10:00:00Z", budget: budget, perItem: perItem, kinds: kinds)
    }

    struct Folder {
        let path: String
        let paths: MapPaths
        init() throws {
            path = NSTemporaryDirectory() + "journey-voting-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            paths = MapPaths(path + "/map.json")
        }
        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    // MARK: the rules

    @Test func aRoundHoldsTheChosenKindsInMapOrder() {
        let map = SampleMap.make()
        let both = Self.round(map)
        let pains = Self.round(map, kinds: [.painPoints])
        #expect(!pains.items.isEmpty && pains.items.allSatisfy { $0.kind == .painPoints })
        #expect(both.items.count == pains.items.count + Self.round(map, kinds: [.opportunities]).items.count)
        #expect(both.kinds == [.painPoints, .opportunities])
        #expect(Self.round(map, kinds: [.opportunities, .painPoints]).kinds == [.painPoints, .opportunities])
    }

    @Test func placingKeepsTheBudgetAndTheLimitPerItem() throws {
        let round = Self.round(budget: 4, perItem: 2)
        let (a, b, c) = (round.items[0].id, round.items[1].id, round.items[2].id)
        var ballot = Ballot(participant: "Ana", round: round.id)
        ballot = try VoteRules.placing(1, on: a, in: ballot, round: round).get()
        ballot = try VoteRules.placing(1, on: a, in: ballot, round: round).get()
        #expect(VoteRules.placing(1, on: a, in: ballot, round: round) == .failure(.itemFull(perItem: 2)))
        ballot = try VoteRules.placing(1, on: b, in: ballot, round: round).get()
        ballot = try VoteRules.placing(1, on: b, in: ballot, round: round).get()
        #expect(VoteRules.left(ballot, in: round) == 0)
        #expect(VoteRules.placing(1, on: c, in: ballot, round: round) == .failure(.noDotsLeft(budget: 4)))
        #expect(VoteRules.placing(-1, on: c, in: ballot, round: round) == .failure(.noDotToTake))
        #expect(VoteRules.placing(1, on: "not-an-item", in: ballot, round: round) == .failure(.notInRound))
        ballot = try VoteRules.placing(-1, on: b, in: ballot, round: round).get()
        ballot = try VoteRules.placing(-1, on: b, in: ballot, round: round).get()
        #expect(ballot.dots == [a: 2], "no dot on an item leaves no entry")
        #expect(VoteRules.left(ballot, in: round) == 2)
    }

    @Test(arguments: [(0, 1), (100, 3), (5, 0), (5, 6), (-1, 1)])
    func badBudgetsAreRefused(budget: Int, perItem: Int) {
        #expect(VoteRules.check(budget: budget, perItem: perItem) != nil)
    }

    @Test func aHandEditedBallotIsClippedToTheRulesAndSaysWhat() {
        let round = Self.round(budget: 5, perItem: 3)
        let ids = round.items.map(\.id)
        let ballot = Ballot(participant: "Eve", round: round.id,
                            dots: [ids[0]: 9, ids[1]: -4, ids[2]: 3, ids[3]: 3, "made-up": 2])
        let (kept, notes) = VoteRules.clipped(ballot, round: round)
        #expect(kept.dots == [ids[0]: 3, ids[2]: 2])
        #expect(kept.total == 5)
        #expect(notes == ["1 item not in the round ignored", "dots below zero counted as none",
                          "more than 3 on one item cut to 3", "dots over the budget of 5 left out"])
        let tally = VoteRules.tally([ballot, Ballot(participant: "Old", round: "round-0", dots: [ids[0]: 1])], round: round)
        #expect(tally.totals == [ids[0]: 3, ids[2]: 2])
        #expect(tally.notes.count == 2)
    }

    // MARK: names and files

    @Test func hostileNamesGetFilesOfTheirOwnInTheFolder() {
        let names = ["../x", "/etc/passwd", "a/b", ".", "..", "ana", "Ana", "ANA", "Zoë", "Zoe\u{308}", "\u{1B}[2J",
                     String(repeating: "x", count: 300), String(repeating: "x", count: 299) + "y", "名前", " ", ""]
        let files = names.map(ParticipantName.fileName)
        #expect(Set(files).count == names.count, "no two names share a file")
        #expect(Set(files.map { $0.lowercased() }).count == names.count, "not even on a case-insensitive disk")
        for file in files {
            #expect(!file.contains("/") && file.hasPrefix("ballot-") && file.hasSuffix(".json"))
            #expect(file.utf8.count <= 255)
        }
    }

    @Test(arguments: ["", "  ", String(repeating: "x", count: 41), "a\u{1B}b", "bell\u{07}", "rtl\u{202E}x"])
    func namesThatCannotVote(name: String) {
        #expect(ParticipantName.problem(name) != nil)
    }

    @Test(arguments: ["Ana", "Zoë Müller", "名前", "o'Brien (remote)"])
    func namesThatCan(name: String) {
        #expect(ParticipantName.problem(name) == nil)
    }

    // MARK: the ballot box

    @Test func aRoundAndItsBallotsRoundTripThroughTheFolder() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let box = BallotBox(paths: folder.paths)
        #expect(box.round() == .none)
        let round = Self.round()
        try box.open(round)
        #expect(box.round() == .open(round))
        let ballot = Ballot(participant: "Zoë", round: round.id, dots: [round.items[0].id: 2], submitted: "2026-11-24T10:01:00Z")
        try box.submit(ballot)
        #expect(box.ballot(of: "Zoë") == ballot)
        #expect(box.ballot(of: "zoë") == nil)
        var again = ballot
        again.dots = [round.items[1].id: 1]
        try box.submit(again)
        #expect(box.ballots() == BallotReport(ballots: [again]))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.paths.votes).filter { $0.hasPrefix(".tmp") }
        #expect(leftovers.isEmpty)
        box.close()
        #expect(!FileManager.default.fileExists(atPath: folder.paths.votes))
        #expect(box.round() == .none)
    }

    @Test func openingARoundClearsTheBallotsOfTheLastOne() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let box = BallotBox(paths: folder.paths)
        try box.open(Self.round())
        try box.submit(Ballot(participant: "Ana", round: "round-1", dots: [:]))
        var next = Self.round()
        next.id = "round-2"
        try box.open(next)
        #expect(box.ballots().ballots.isEmpty)
    }

    @Test func aDamagedBallotIsReportedAndTheOthersStillCount() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let box = BallotBox(paths: folder.paths)
        let round = Self.round()
        try box.open(round)
        try box.submit(Ballot(participant: "Ana", round: round.id, dots: [round.items[0].id: 1]))
        let bob = folder.paths.votes + "/" + ParticipantName.fileName("Bob")
        try Data("{\"format\": \"journey-ballot\", \"version\": 1, \"particip".utf8).write(to: URL(fileURLWithPath: bob))
        // A file that names someone else than its file name says.
        let liar = folder.paths.votes + "/" + ParticipantName.fileName("Cy")
        try FileManager.default.copyItem(atPath: folder.paths.votes + "/" + ParticipantName.fileName("Ana"), toPath: liar)
        let report = box.ballots()
        #expect(report.ballots.map(\.participant) == ["Ana"])
        #expect(report.damaged.count == 2)
        #expect(report.damaged.contains { $0.contains(bob) && $0.contains("damaged") })
    }

    @Test func aLinkPlantedAtABallotsNameIsReplacedNeverFollowed() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let box = BallotBox(paths: folder.paths)
        try box.open(Self.round())
        let victim = folder.path + "/victim.txt"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: victim))
        let name = folder.paths.votes + "/" + ParticipantName.fileName("Ana")
        try FileManager.default.createSymbolicLink(atPath: name, withDestinationPath: victim)
        #expect(box.ballot(of: "Ana") == nil)
        #expect(box.ballots().damaged.first?.contains("is a link") == true)
        try box.submit(Ballot(participant: "Ana", round: "round-1", dots: [:]))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: name)) == nil, "the link itself was replaced")
        #expect(box.ballot(of: "Ana")?.participant == "Ana")
    }

    @Test func aLinkInPlaceOfTheFolderIsRefused() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let elsewhere = folder.path + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.paths.votes, withDestinationPath: elsewhere)
        let box = BallotBox(paths: folder.paths)
        #expect(throws: BallotBox.Failure.self) { try box.open(Self.round()) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    }

    @Test func twentyVotersAtOnceLoseNoDot() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let round = Self.round(budget: 5, perItem: 3)
        try BallotBox(paths: folder.paths).open(round)
        let voters = 20
        DispatchQueue.concurrentPerform(iterations: voters) { n in
            let box = BallotBox(paths: folder.paths)
            var ballot = Ballot(participant: "Voter \(n)", round: round.id)
            // Each voter changes their mind a few times; the last submit stands.
            for pass in 0..<4 {
                ballot.dots = [:]
                for dot in 0..<(5 + pass) {
                    let item = round.items[(n + dot * 7 + pass) % round.items.count].id
                    if case .success(let next) = VoteRules.placing(1, on: item, in: ballot, round: round) { ballot = next }
                }
                try? box.submit(ballot)
            }
        }
        let report = BallotBox(paths: folder.paths).ballots()
        #expect(report.damaged.isEmpty)
        #expect(report.ballots.count == voters)
        let tally = VoteRules.tally(report.ballots, round: round)
        #expect(tally.notes.isEmpty)
        #expect(tally.dots == report.ballots.reduce(0) { $0 + $1.total })
        #expect(report.ballots.allSatisfy { $0.total <= 5 && $0.dots.values.allSatisfy { $0 <= 3 } })
        #expect(tally.dots == voters * 5, "every voter placed their whole budget")
    }

    // MARK: the reveal, in the map

    @Test func revealAddsTheTalliesAndTheRoundAsOneUndoableTransaction() throws {
        let map = SampleMap.make()
        let round = Self.round(map)
        let (a, b) = (round.items[0].id, round.items[3].id)
        let tally = VoteRules.tally([Ballot(participant: "Ana", round: round.id, dots: [a: 3, b: 2]),
                                     Ballot(participant: "Bo", round: round.id, dots: [a: 1])], round: round)
        let edit = try #require(Edits.reveal(map, round: round, tally: tally, revealed: "2026-11-24T10:30:00Z"))
        var after = map
        edit.apply(to: &after)
        let before = { (id: String) in map.stages.flatMap(\.touchpoints).flatMap { $0.painPoints + $0.opportunities }.first { $0.id == id }!.votes }
        let now = { (id: String) in after.stages.flatMap(\.touchpoints).flatMap { $0.painPoints + $0.opportunities }.first { $0.id == id }!.votes }
        #expect(now(a) == before(a) + 4)
        #expect(now(b) == before(b) + 2)
        #expect(after.votingRounds.count == 1)
        #expect(after.votingRounds[0].ballots == ["Ana": [a: 3, b: 2], "Bo": [a: 1]])
        #expect(Edits.reveal(after, round: round, tally: tally, revealed: "x") == nil, "a round is revealed once")
        var undone = after
        edit.inverse.apply(to: &undone)
        #expect(undone == map)
    }

    @Test func revealedRoundsRoundTripThroughTheFile() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let map = SampleMap.make()
        let round = Self.round(map)
        let tally = VoteRules.tally([Ballot(participant: "\u{1B}[31mAna\u{202E}", round: round.id, dots: [round.items[0].id: 2])],
                                    round: round)
        var after = map
        Edits.reveal(map, round: round, tally: tally, revealed: "2026-11-24T10:30:00Z")!.apply(to: &after)
        #expect(MapStore.save(after, to: folder.paths.given).isSaved)
        #expect(try MapStore.load(path: folder.paths.given) == after)
        let text = try String(contentsOfFile: folder.paths.given, encoding: .utf8)
        #expect(text.contains("\"votingRounds\": ["))
        #expect(text.contains("\"version\": 3"))
    }

    @Test func aVersionTwoMapMigratesAndKeepsAnUnknownVotingRoundsMember() throws {
        var json = String(decoding: try MapStore.encode(SampleMap.make()), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"version\": 3", with: "\"version\": 2")
        json = json.replacingOccurrences(of: "\"title\":", with: "\"votingRounds\": \"mine\",\n  \"title\":")
        let map = try MapStore.decode(Array(json.utf8), file: "old.json")
        #expect(map.votingRounds.isEmpty)
        #expect(map.extra["votingRounds (version 2)"] == .string("mine"))
    }
}
