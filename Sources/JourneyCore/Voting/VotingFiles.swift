import JourneyJSON

/// The JSON of `round.json`, of a ballot file, and of an ask and its answer
/// on `vote.sock`. Each names its format and version, so a file of something
/// else (or of a newer journey) is told apart from a damaged one.
enum VotingFiles {
    static let roundFormat = "journey-vote-round"
    static let ballotFormat = "journey-ballot"
    static let askFormat = "journey-vote-ask"
    static let answerFormat = "journey-vote-answer"
    static let version = 1

    static func json(_ round: VoteRound) -> JSONValue {
        var o: [String: JSONValue] = [
            "format": .string(roundFormat), "version": .int(version), "id": .string(round.id),
            "opened": .string(round.opened), "budget": .int(round.budget), "perItem": .int(round.perItem),
            "kinds": .array(round.kinds.map { .string($0.rawValue) }),
            "items": .array(round.items.map { item in
                .object(["id": .string(item.id), "kind": .string(item.kind.rawValue), "stage": .string(item.stage),
                         "touchpoint": .string(item.touchpoint), "text": .string(item.text)])
            }),
        ]
        if let revealed = round.revealed { o["revealed"] = .string(revealed) }
        return .object(o)
    }

    static func json(_ ballot: Ballot) -> JSONValue {
        var o: [String: JSONValue] = [
            "format": .string(ballotFormat), "version": .int(version), "participant": .string(ballot.participant),
            "round": .string(ballot.round), "dots": .object(ballot.dots.mapValues { .int($0) }),
        ]
        if let submitted = ballot.submitted { o["submitted"] = .string(submitted) }
        return .object(o)
    }

    static func json(_ ask: VoteAsk) -> JSONValue {
        var o: [String: JSONValue] = ["format": .string(askFormat), "version": .int(version), "participant": .string(ask.participant)]
        if case .submit(let ballot) = ask { o["ballot"] = json(ballot) }
        return .object(o)
    }

    static func json(_ answer: VoteAnswer) -> JSONValue {
        var o: [String: JSONValue] = ["format": .string(answerFormat), "version": .int(version)]
        if let round = answer.round { o["round"] = json(round) }
        if let mine = answer.mine { o["mine"] = json(mine) }
        if let refused = answer.refused { o["refused"] = .string(refused) }
        return .object(o)
    }

    static func ask(_ value: JSONValue) throws(MapDecodingError) -> VoteAsk {
        let r = try header(value, format: askFormat)
        guard let ballot = r.members["ballot"] else { return .round(participant: try r.requiredString("participant")) }
        return .submit(try self.ballot(ballot))
    }

    static func answer(_ value: JSONValue) throws(MapDecodingError) -> VoteAnswer {
        let r = try header(value, format: answerFormat)
        return VoteAnswer(round: try r.members["round"].map { v throws(MapDecodingError) in try round(v) },
                          mine: try r.members["mine"].map { v throws(MapDecodingError) in try ballot(v) },
                          refused: try r.optionalString("refused"))
    }

    static func round(_ value: JSONValue) throws(MapDecodingError) -> VoteRound {
        let r = try header(value, format: roundFormat)
        let kinds = try r.array("kinds").map { (value, path) throws(MapDecodingError) in try kind(value, path) }
        let items = try r.array("items").map { (value, path) throws(MapDecodingError) -> VoteItem in
            let i = try ObjectReader(value, at: path)
            guard case .string(let kindName)? = i.members["kind"] else {
                throw MapDecodingError(path.key("kind"), "missing; expected painPoints or opportunities")
            }
            return VoteItem(id: try i.requiredString("id"), kind: try kind(.string(kindName), path.key("kind")),
                            stage: try i.string("stage"), touchpoint: try i.string("touchpoint"), text: try i.string("text"))
        }
        let budget = try r.requiredInt("budget"), perItem = try r.requiredInt("perItem")
        if let problem = VoteRules.check(budget: budget, perItem: perItem) { throw MapDecodingError(r.path, problem) }
        return VoteRound(id: try r.requiredString("id"), opened: try r.string("opened"), budget: budget, perItem: perItem,
                         kinds: kinds, items: items, revealed: try r.optionalString("revealed"))
    }

    static func ballot(_ value: JSONValue) throws(MapDecodingError) -> Ballot {
        let r = try header(value, format: ballotFormat)
        return Ballot(participant: try r.requiredString("participant"), round: try r.requiredString("round"),
                      dots: try dots(r.object("dots")), submitted: try r.optionalString("submitted"))
    }

    /// Dots by item id: whole numbers (a hand-edited one may be negative; the rules clip it).
    static func dots(_ reader: ObjectReader?, in range: ClosedRange<Int> = -1_000_000...1_000_000) throws(MapDecodingError) -> [String: Int] {
        guard let reader else { return [:] }
        var dots: [String: Int] = [:]
        for (id, value) in reader.members {
            dots[id] = try ObjectReader.int(value, at: reader.path.key(id), in: range)
        }
        return dots
    }

    static func kind(_ value: JSONValue, _ path: JSONPath) throws(MapDecodingError) -> LaneKind {
        guard case .string(let name) = value, let kind = LaneKind(rawValue: name), kind == .painPoints || kind == .opportunities else {
            throw MapDecodingError(path, "expected painPoints or opportunities, found \(value.words)")
        }
        return kind
    }

    private static func header(_ value: JSONValue, format: String) throws(MapDecodingError) -> ObjectReader {
        let r = try ObjectReader(value, at: .root)
        guard try r.optionalString("format") == format else {
            throw MapDecodingError(JSONPath.root.key("format"), "expected \"\(format)\"")
        }
        let found = try r.requiredInt("version")
        guard found <= version else {
            throw MapDecodingError(JSONPath.root.key("version"), "version \(found) is newer than this journey knows (\(version))")
        }
        return r
    }
}
