import JourneyJSON

/// One change of a journaled edit, by id: what it points at, and its before
/// and after as map-file JSON, so it says all it needs without the map it
/// was made on. Positions (`index`) are only a hint for where an insert goes
/// when its neighbour (`after`) is gone.
enum JournalChange: Equatable {
    case info(from: JSONValue, to: JSONValue)
    case stage(id: String, from: JSONValue, to: JSONValue)
    case insertStage(after: String?, index: Int, stage: JSONValue)
    case removeStage(stage: JSONValue)
    case touchpoint(id: String, from: JSONValue, to: JSONValue)
    case insertTouchpoint(stage: String, after: String?, index: Int, touchpoint: JSONValue)
    case removeTouchpoint(touchpoint: JSONValue)

    /// The change as the journal holds it; `map` is the map it applies to.
    init(_ change: Change, in map: JourneyMap) {
        switch change {
        case .setInfo(let from, let to):
            self = .info(from: Self.json(from), to: Self.json(to))
        case .setStage(_, let from, let to):
            self = .stage(id: from.id, from: Self.json(from), to: Self.json(to))
        case .insertStage(let index, let stage):
            let after = map.stages.indices.contains(index - 1) ? map.stages[index - 1].id : nil
            self = .insertStage(after: after, index: index, stage: MapEncoder.stage(stage))
        case .removeStage(_, let stage):
            self = .removeStage(stage: MapEncoder.stage(stage))
        case .setTouchpoint(_, _, let from, let to):
            self = .touchpoint(id: from.id, from: MapEncoder.touchpoint(from), to: MapEncoder.touchpoint(to))
        case .insertTouchpoint(let s, let index, let touchpoint):
            let stage = map.stages.indices.contains(s) ? map.stages[s] : Stage(id: "", name: "")
            let after = stage.touchpoints.indices.contains(index - 1) ? stage.touchpoints[index - 1].id : nil
            self = .insertTouchpoint(stage: stage.id, after: after, index: index, touchpoint: MapEncoder.touchpoint(touchpoint))
        case .removeTouchpoint(_, _, let touchpoint):
            self = .removeTouchpoint(touchpoint: MapEncoder.touchpoint(touchpoint))
        }
    }

    /// Every change of `transaction`, which has just been applied and gave
    /// `after`; or why a value in it is one the loader would refuse (checked
    /// first: a NaN is not even equal to itself, so nothing may be replayed with one).
    static func record(_ transaction: Transaction, after: JourneyMap) throws(MapDecodingError) -> [JournalChange] {
        for (i, change) in transaction.changes.enumerated() {
            try JournalChange(change, in: after).check(scale: after.emotionScale, at: JSONPath.root.key("changes").index(i))
        }
        var map = after
        transaction.inverse.apply(to: &map)
        return transaction.changes.map { change in
            defer { change.apply(to: &map) }
            return JournalChange(change, in: map)
        }
    }

    static func json(_ info: MapInfo) -> JSONValue {
        var map = JourneyMap(title: "")
        map.info = info
        guard case .object(var members) = MapEncoder.encode(map) else { return .null }
        for key in ["stages", "format", "version"] { members[key] = nil }
        return .object(members)
    }

    static func json(_ info: StageInfo) -> JSONValue {
        var stage = Stage(id: info.id, name: info.name)
        stage.info = info
        guard case .object(var members) = MapEncoder.stage(stage) else { return .null }
        members["touchpoints"] = nil
        return .object(members)
    }

    static func mapInfo(_ value: JSONValue, at path: JSONPath) throws(MapDecodingError) -> MapInfo {
        guard case .object(var members) = value else { throw MapDecodingError(path, "expected an object, found \(value.typeName)") }
        members["format"] = .string(MapFormat.name)
        members["version"] = .int(MapFormat.version)
        members["stages"] = .array([])
        do {
            return try MapDecoder.decode(.object(members)).info
        } catch {
            throw MapDecodingError(path, error.description)
        }
    }

    static func stageInfo(_ value: JSONValue, at path: JSONPath, scale: EmotionScale) throws(MapDecodingError) -> StageInfo {
        try MapDecoder.stage(value, path, scale: scale).info
    }

    var json: JSONValue {
        func optional(_ id: String?) -> JSONValue { id.map(JSONValue.string) ?? .null }
        switch self {
        case .info(let from, let to):
            return .object(["op": .string("info"), "from": from, "to": to])
        case .stage(let id, let from, let to):
            return .object(["op": .string("stage"), "id": .string(id), "from": from, "to": to])
        case .insertStage(let after, let index, let stage):
            return .object(["op": .string("insertStage"), "after": optional(after), "index": .int(index), "stage": stage])
        case .removeStage(let stage):
            return .object(["op": .string("removeStage"), "stage": stage])
        case .touchpoint(let id, let from, let to):
            return .object(["op": .string("touchpoint"), "id": .string(id), "from": from, "to": to])
        case .insertTouchpoint(let stage, let after, let index, let touchpoint):
            return .object(["op": .string("insertTouchpoint"), "stage": .string(stage), "after": optional(after),
                            "index": .int(index), "touchpoint": touchpoint])
        case .removeTouchpoint(let touchpoint):
            return .object(["op": .string("removeTouchpoint"), "touchpoint": touchpoint])
        }
    }

    init(json value: JSONValue, at path: JSONPath) throws(MapDecodingError) {
        let r = try ObjectReader(value, at: path)
        func member(_ key: String) throws(MapDecodingError) -> JSONValue {
            guard let value = r.members[key] else { throw MapDecodingError(path.key(key), "missing") }
            return value
        }
        func id(_ value: JSONValue, _ key: String) throws(MapDecodingError) -> String {
            guard case .object(let members) = value, case .string(let id)? = members["id"], !id.isEmpty else {
                throw MapDecodingError(path.key(key).key("id"), "missing")
            }
            return id
        }
        let op = try r.requiredString("op")
        switch op {
        case "info": self = .info(from: try member("from"), to: try member("to"))
        case "stage": self = .stage(id: try r.requiredString("id"), from: try member("from"), to: try member("to"))
        case "insertStage":
            let stage = try member("stage")
            _ = try id(stage, "stage")
            self = .insertStage(after: try r.optionalString("after"), index: max(0, try r.requiredInt("index")), stage: stage)
        case "removeStage":
            let stage = try member("stage")
            _ = try id(stage, "stage")
            self = .removeStage(stage: stage)
        case "touchpoint": self = .touchpoint(id: try r.requiredString("id"), from: try member("from"), to: try member("to"))
        case "insertTouchpoint":
            let touchpoint = try member("touchpoint")
            _ = try id(touchpoint, "touchpoint")
            self = .insertTouchpoint(stage: try r.requiredString("stage"), after: try r.optionalString("after"),
                                     index: max(0, try r.requiredInt("index")), touchpoint: touchpoint)
        case "removeTouchpoint":
            let touchpoint = try member("touchpoint")
            _ = try id(touchpoint, "touchpoint")
            self = .removeTouchpoint(touchpoint: touchpoint)
        default:
            throw MapDecodingError(path.key("op"), "unknown change \"\(op)\"")
        }
    }

    /// Throws when a value in the change is one the loader would refuse
    /// (a number out of range or not finite, a malformed object).
    func check(scale: EmotionScale, at path: JSONPath) throws(MapDecodingError) {
        switch self {
        case .info(let from, let to):
            _ = try Self.mapInfo(from, at: path.key("from"))
            _ = try Self.mapInfo(to, at: path.key("to"))
        case .stage(_, let from, let to):
            _ = try Self.stageInfo(from, at: path.key("from"), scale: scale)
            _ = try Self.stageInfo(to, at: path.key("to"), scale: scale)
        case .insertStage(_, _, let stage), .removeStage(let stage):
            _ = try MapDecoder.stage(stage, path.key("stage"), scale: scale)
        case .touchpoint(_, let from, let to):
            _ = try MapDecoder.touchpoint(from, path.key("from"), scale: scale)
            _ = try MapDecoder.touchpoint(to, path.key("to"), scale: scale)
        case .insertTouchpoint(_, _, _, let touchpoint), .removeTouchpoint(let touchpoint):
            _ = try MapDecoder.touchpoint(touchpoint, path.key("touchpoint"), scale: scale)
        }
    }
}
