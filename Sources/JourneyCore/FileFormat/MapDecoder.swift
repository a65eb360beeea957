import JourneyJSON

/// Turns a parsed JSON document into a `JourneyMap`, or says exactly which
/// value is wrong. Expects a document already migrated to the current version.
public enum MapDecoder {
    /// Each kind of object's members; any other member is kept as it was read.
    private enum Known {
        static let root = KnownKeys(["format", "version", "title", "objectives", "personas", "channels", "lanes",
                                     "stages", "emotionScale", "conflicts", "parkingLot", "votingRounds", "sources",
                                     "futureOf"])
        static let emotionScale = KnownKeys(["min", "max"])
        static let objectives = KnownKeys(["purpose", "goals", "scope", "lastReviewed", "reviewCadence"])
        static let persona = KnownKeys(MapEncoder.personaKeys)
        static let channel = KnownKeys(MapEncoder.channelKeys)
        static let lane = KnownKeys(["id", "kind", "name", "hidden"])
        static let stage = KnownKeys(["id", "name", "goal", "touchpoints", "metrics"])
        static let touchpoint = KnownKeys(MapEncoder.touchpointKeys)
        static let item = KnownKeys(MapEncoder.itemKeys)
        static let metrics = KnownKeys(MapEncoder.metricsKeys)
        static let metric = KnownKeys(Metric.keys)
    }

    public static func decode(_ document: JSONValue) throws(MapDecodingError) -> JourneyMap {
        try decode(.tree(document, at: .root))
    }

    static func decode(_ document: JSONNode) throws(MapDecodingError) -> JourneyMap {
        let (map, root) = try unchecked(document)
        try MapValidator.validate(map, document: root)
        return map
    }

    static func unchecked(_ document: JSONValue) throws(MapDecodingError) -> (JourneyMap, ObjectReader) {
        try unchecked(.tree(document, at: .root))
    }

    /// Every value read and checked, but not yet what refers to what (see `MapValidator`).
    static func unchecked(_ document: JSONNode) throws(MapDecodingError) -> (JourneyMap, ObjectReader) {
        let root = try ObjectReader(document)
        try schemaReference(root)
        let scaleReader = try root.object("emotionScale")
        let scale = try scaleReader.map(emotionScale) ?? EmotionScale()
        var map = JourneyMap(
            title: try root.string("title"),
            objectives: try root.object("objectives").map(objectives) ?? Objectives(),
            personas: try root.elements("personas").map(persona),
            channels: try root.elements("channels").map(channel),
            lanes: root.has("lanes") ? try root.elements("lanes").map(lane) : Lane.defaults,
            stages: [],
            emotionScale: scale,
            extra: root.extra(known: Known.root)
        )
        map.conflicts = try root.array("conflicts").map(MergeConflict.decode)
        map.parkingLot = try root.elements("parkingLot").map(item)
        map.votingRounds = try root.array("votingRounds").map(VotingRecord.decode)
        map.sources = try root.elements("sources").map(EvidenceMembers.source)
        map.futureOf = try link(root, "futureOf")
        map.stages = try root.elements("stages").map { (value) throws(MapDecodingError) in try stage(value, scale: scale) }
        return (map, root)
    }

    /// `"$schema"` is kept on save as an extra member; it must be what editors read there, a string (null: absent).
    static func schemaReference(_ root: ObjectReader) throws(MapDecodingError) {
        guard let value = root.member("$schema"), !value.isNull, value.string == nil else { return }
        throw MapDecodingError(value.path, "expected a string naming the JSON Schema the map follows, "
                                   + "e.g. \"./journey-map.schema.json\", found \(value.typeName)")
    }

    static func emotionScale(_ reader: ObjectReader) throws(MapDecodingError) -> EmotionScale {
        let min = try reader.wholeNumber("min", for: .scaleMinimum) ?? -2
        let max = try reader.wholeNumber("max", for: .scaleMaximum) ?? 2
        if let violation = RuleBook.checkScale(min: min, max: max) { throw MapDecodingError(reader.path, violation.reason) }
        return EmotionScale(min: min, max: max, extra: reader.extra(known: Known.emotionScale))
    }

    static func objectives(_ reader: ObjectReader) throws(MapDecodingError) -> Objectives {
        let cadence: ReviewCadence?
        if let text = try reader.optionalString("reviewCadence") {
            guard let value = ReviewCadence(rawValue: text) else {
                throw MapDecodingError(reader.path.key("reviewCadence"),
                                       "unknown cadence \"\(text)\"; expected one of "
                                           + ReviewCadence.allCases.map(\.rawValue).joined(separator: ", "))
            }
            cadence = value
        } else {
            cadence = nil
        }
        return Objectives(
            purpose: try reader.string("purpose"),
            goals: try reader.stringArray("goals"),
            scope: try reader.string("scope"),
            lastReviewed: try day(reader, "lastReviewed"),
            reviewCadence: cadence,
            extra: reader.extra(known: Known.objectives)
        )
    }

    static func persona(_ value: JSONNode) throws(MapDecodingError) -> Persona {
        let r = try ObjectReader(value)
        var p = Persona(id: try r.requiredString("id"), name: try r.requiredString("name"))
        p.age = try r.wholeNumber("age", for: .age)
        p.shared = try r.bool("shared")
        for (key, field) in PersonaMembers.all {
            switch field {
            case .text(let path): p[keyPath: path] = try r.string(key)
            case .list(let path): p[keyPath: path] = try r.stringArray(key)
            }
        }
        p.extra = r.extra(known: Known.persona)
        return p
    }

    static func channel(_ value: JSONNode) throws(MapDecodingError) -> Channel {
        let r = try ObjectReader(value)
        let kindText = try r.optionalString("kind") ?? "online"
        guard let kind = Channel.Kind(rawValue: kindText) else {
            throw MapDecodingError(r.path.key("kind"), "unknown channel kind \"\(kindText)\"; expected online or offline")
        }
        var channel = Channel(id: try r.requiredString("id"), name: try r.requiredString("name"), kind: kind,
                              extra: r.extra(known: Known.channel))
        channel.shared = try r.bool("shared")
        return channel
    }

    static func lane(_ value: JSONNode) throws(MapDecodingError) -> Lane {
        let r = try ObjectReader(value)
        let kindText = try r.requiredString("kind")
        guard let kind = LaneKind(rawValue: kindText) else {
            throw MapDecodingError(r.path.key("kind"), "unknown lane kind \"\(kindText)\"; expected one of "
                                       + LaneKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return Lane(id: try r.requiredString("id"), kind: kind, name: try r.optionalString("name"),
                    hidden: try r.bool("hidden"), extra: r.extra(known: Known.lane))
    }

    static func stage(_ value: JSONValue, _ path: JSONPath, scale: EmotionScale) throws(MapDecodingError) -> Stage {
        try stage(.tree(value, at: path), scale: scale)
    }

    static func stage(_ value: JSONNode, scale: EmotionScale) throws(MapDecodingError) -> Stage {
        let r = try ObjectReader(value)
        return Stage(
            id: try r.requiredString("id"),
            name: try r.requiredString("name"),
            goal: try r.string("goal"),
            touchpoints: try SideBySide.map(r.elements("touchpoints")) { (value) throws(MapDecodingError) in
                try touchpoint(value, scale: scale)
            },
            metrics: try r.object("metrics").map(metrics) ?? Metrics(),
            extra: r.extra(known: Known.stage)
        )
    }

    static func touchpoint(_ value: JSONValue, _ path: JSONPath, scale: EmotionScale) throws(MapDecodingError) -> Touchpoint {
        try touchpoint(.tree(value, at: path), scale: scale)
    }

    static func touchpoint(_ value: JSONNode, scale: EmotionScale) throws(MapDecodingError) -> Touchpoint {
        let r = try ObjectReader(value)
        var t = Touchpoint(id: try r.requiredString("id"), name: try r.requiredString("name"),
                           channel: try r.optionalString("channel"))
        t.momentOfTruth = try r.bool("momentOfTruth")
        t.link = try link(r, "link")
        if let text = try r.object("text") {
            t.text = try text.pairs { (value) throws(MapDecodingError) in
                guard let content = value.string else {
                    throw MapDecodingError(value.path, "expected a string, found \(value.typeName)")
                }
                return content
            }
        }
        if let value = r.member("emotion"), !value.isNull {
            guard value.isObject else {
                throw MapDecodingError(value.path, "expected an object of scores by persona id, found \(value.typeName)")
            }
            t.emotion = try ObjectReader(value).pairs { (value) throws(MapDecodingError) in
                try ObjectReader.number(value, for: .emotionScore(on: scale))
            }
        }
        t.painPoints = try r.elements("painPoints").map(item)
        t.opportunities = try r.elements("opportunities").map(item)
        t.quotes = try r.elements("quotes").map(item)
        t.metrics = try r.object("metrics").map(metrics) ?? Metrics()
        (t.evidence, t.laneSources) = try EvidenceMembers.evidence(r)
        t.extra = r.extra(known: Known.touchpoint)
        return t
    }

    static func item(_ value: JSONNode) throws(MapDecodingError) -> Item {
        let r = try ObjectReader(value)
        let addresses = try r.stringArray("addresses")
        if let empty = addresses.firstIndex(of: "") {
            throw MapDecodingError(r.path.key("addresses").index(empty), "an id may not be empty; give the id of a pain point")
        }
        var item = Item(id: try r.requiredString("id"), text: try r.string("text"), owner: try r.string("owner"),
                        due: try day(r, "due"), addresses: addresses,
                        extra: r.extra(known: Known.item))
        for figure in ItemFigure.allCases {
            if let number = try r.wholeNumber(figure.rawValue, for: .item(figure)) { item[figure] = number }
        }
        if let text = try r.optionalString("status") {
            guard let status = ItemStatus(rawValue: text) else {
                throw MapDecodingError(r.path.key("status"), "unknown status \"\(text)\"; expected one of "
                                           + ItemStatus.allCases.map(\.rawValue).joined(separator: ", "))
            }
            item.status = status
        }
        item.evidence = try EvidenceMembers.evidence(r).0
        item.removes = try r.stringArray("removes")
        if let empty = item.removes.firstIndex(of: "") {
            throw MapDecodingError(r.path.key("removes").index(empty),
                                   "an id may not be empty; give the id of a pain point of the current-state map")
        }
        return item
    }

    /// A path to another map (`MapLink`): absent or null is none.
    static func link(_ r: ObjectReader, _ key: String) throws(MapDecodingError) -> String? {
        guard let text = try r.optionalString(key) else { return nil }
        if let problem = MapLink.problem(with: text) { throw MapDecodingError(r.path.key(key), problem) }
        return text
    }

    static func day(_ r: ObjectReader, _ key: String) throws(MapDecodingError) -> String? {
        guard let text = try r.optionalString(key) else { return nil }
        if let problem = CalendarDay.problem(with: text) { throw MapDecodingError(r.path.key(key), problem) }
        return text
    }

    static func metrics(_ r: ObjectReader) throws(MapDecodingError) -> Metrics {
        // Only what is there is stored, made at its size at once, in the table's order (the map's).
        var values: [SmallMap<Metric, Double>.Element] = []
        values.reserveCapacity(min(r.count, Metric.allCases.count))
        for metric in Metric.allCases {
            if let number = try r.number(metric.rawValue, for: .metric(metric)) { values.append((metric, number)) }
        }
        var m = Metrics(SmallMap(values), extra: r.extra(known: Known.metrics))
        if let targets = try r.object("targets") {
            m.targetsExtra = targets.extra(known: Known.metric)
            for metric in Metric.allCases {
                if let number = try targets.number(metric.rawValue, for: .metric(metric)) { m.targets[metric] = number }
            }
        }
        if let history = try r.object("history") {
            m.historyExtra = history.extra(known: Known.metric)
            for metric in Metric.allCases {
                let series = try history.elements(metric.rawValue).map { (value) throws(MapDecodingError) in
                    let point = try ObjectReader(value)
                    guard let day = try day(point, "day") else {
                        throw MapDecodingError(point.path.key("day"), "missing; expected \(CalendarDay.expected)")
                    }
                    guard let number = try point.number("value", for: .metric(metric)) else {
                        throw MapDecodingError(point.path.key("value"), "missing; expected the \(metric.label) measured that day")
                    }
                    let responses = try point.wholeNumber("responses", for: .responses)
                    return Measurement(day: day, value: number, responses: responses,
                                       source: try point.optionalString("source"))
                }
                if !series.isEmpty { m.history[metric] = series.sorted { $0.day < $1.day } }
            }
        }
        return m
    }
}
