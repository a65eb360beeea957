import JourneyJSON

/// Turns a `JourneyMap` into the JSON of a map file. Empty and default fields
/// are left out so that files stay short and diffs stay small; unknown fields
/// read from the file are written back unchanged.
public enum MapEncoder {
    static let personaKeys = Set(["id", "name", "age", "shared"] + PersonaMembers.all.map(\.key))
    static let channelKeys: Set<String> = ["id", "name", "kind", "shared"]
    static let itemKeys = Set(["id", "text", "status", "owner", "due", "addresses", "removes", "evidence"] + ItemFigure.allCases.map(\.rawValue))
    static let metricsKeys = Metric.keys.union(["targets", "history"])
    static let touchpointKeys: Set<String> = [
        "id", "name", "channel", "momentOfTruth", "text", "emotion", "painPoints", "opportunities", "quotes", "metrics",
        "evidence", "link",
    ]

    /// Room for one touchpoint's bytes, about 700 in a typical map: a buffer made with it seldom grows.
    static let touchpointBytes = 768

    public static func encode(_ map: JourneyMap) -> JSONValue { JSONTreeSink.value { encode(map, into: &$0) } }

    /// The bytes of the map file: what `JSONWriter.write(encode(map))` gives, without the tree.
    static func bytes(_ map: JourneyMap, capacity: Int) throws(JSONWriter.Refusal) -> [UInt8] {
        var sink = JSONByteSink(capacity: capacity)
        encode(map, into: &sink)
        return try sink.finish()
    }

    // The members of each object below go to the sink in sorted key order.

    static func encode(_ map: JourneyMap, into sink: inout some JSONSink) {
        sink.beginObject(map.extra)
        member("channels", .array(map.channels.map(channel)), &sink)
        if !map.conflicts.isEmpty { member("conflicts", .array(map.conflicts.map(\.json)), &sink) }
        var scale = map.emotionScale.extra
        scale["min"] = .int(map.emotionScale.min)
        scale["max"] = .int(map.emotionScale.max)
        member("emotionScale", .object(scale), &sink)
        member("format", .string(MapFormat.name), &sink)
        member("futureOf", map.futureOf, &sink)
        member("lanes", .array(map.lanes.map(lane)), &sink)
        member("objectives", objectives(map.objectives), &sink)
        if !map.parkingLot.isEmpty { array("parkingLot", map.parkingLot, item, &sink) }
        member("personas", .array(map.personas.map(persona)), &sink)
        if !map.sources.isEmpty { member("sources", .array(map.sources.map(EvidenceMembers.json)), &sink) }
        array("stages", map.stages, stage, &sink)
        member("title", .string(map.title), &sink)
        member("version", .int(MapFormat.version), &sink)
        if !map.votingRounds.isEmpty { member("votingRounds", .array(map.votingRounds.map(\.json)), &sink) }
        sink.endObject()
    }

    private static func member(_ key: String, _ value: JSONValue, _ sink: inout some JSONSink) {
        sink.key(key)
        sink.value(value)
    }

    private static func member(_ key: String, _ text: String?, _ sink: inout some JSONSink) {
        if let text, !text.isEmpty { member(key, .string(text), &sink) }
    }

    private static func array<Element: Sendable, Sink: JSONSink>(_ key: String, _ elements: [Element],
                                                                 _ encode: @Sendable (Element, inout Sink) -> Void,
                                                                 _ sink: inout Sink) {
        sink.key(key)
        sink.beginArray()
        sink.elements(elements, encode)
        sink.endArray()
    }

    /// A small map as an object: its keys are already sorted.
    private static func object<Value>(_ key: String, _ members: SmallMap<String, Value>, _ value: (Value) -> JSONValue,
                                      _ sink: inout some JSONSink) {
        sink.key(key)
        sink.beginObject([:])
        for (key, member) in members { self.member(key, value(member), &sink) }
        sink.endObject()
    }

    private static func put(_ o: inout [String: JSONValue], _ key: String, _ text: String?) {
        if let text, !text.isEmpty { o[key] = .string(text) }
    }

    private static func put(_ o: inout [String: JSONValue], _ key: String, _ list: [String]) {
        if !list.isEmpty { o[key] = .array(list.map(JSONValue.string)) }
    }

    private static func put(_ o: inout [String: JSONValue], _ key: String, _ number: Int?) {
        if let number { o[key] = .int(number) }
    }

    static func objectives(_ value: Objectives) -> JSONValue {
        var o = value.extra
        put(&o, "purpose", value.purpose)
        put(&o, "goals", value.goals)
        put(&o, "scope", value.scope)
        put(&o, "lastReviewed", value.lastReviewed)
        put(&o, "reviewCadence", value.reviewCadence?.rawValue)
        return .object(o)
    }

    static func persona(_ p: Persona) -> JSONValue {
        var o = p.extra
        o["id"] = .string(p.id)
        o["name"] = .string(p.name)
        put(&o, "age", p.age)
        if p.shared { o["shared"] = .bool(true) }
        for (key, field) in PersonaMembers.all {
            switch field {
            case .text(let path): put(&o, key, p[keyPath: path])
            case .list(let path): put(&o, key, p[keyPath: path])
            }
        }
        return .object(o)
    }

    static func channel(_ c: Channel) -> JSONValue {
        var o = c.extra
        o["id"] = .string(c.id)
        o["name"] = .string(c.name)
        o["kind"] = .string(c.kind.rawValue)
        if c.shared { o["shared"] = .bool(true) }
        return .object(o)
    }

    static func lane(_ l: Lane) -> JSONValue {
        var o = l.extra
        o["id"] = .string(l.id)
        o["kind"] = .string(l.kind.rawValue)
        o["name"] = .string(l.name)
        if l.hidden { o["hidden"] = .bool(true) }
        return .object(o)
    }

    static func stage(_ s: Stage) -> JSONValue { JSONTreeSink.value { stage(s, into: &$0) } }

    static func stage(_ s: Stage, into sink: inout some JSONSink) {
        sink.beginObject(s.extra)
        member("goal", s.goal, &sink)
        member("id", .string(s.id), &sink)
        if let m = metrics(s.metrics) { member("metrics", m, &sink) }
        member("name", .string(s.name), &sink)
        array("touchpoints", s.touchpoints, touchpoint, &sink)
        sink.endObject()
    }

    static func touchpoint(_ t: Touchpoint) -> JSONValue { JSONTreeSink.value { touchpoint(t, into: &$0) } }

    static func touchpoint(_ t: Touchpoint, into sink: inout some JSONSink) {
        sink.beginObject(t.extra)
        member("channel", t.channel, &sink)
        if !t.emotion.isEmpty { object("emotion", t.emotion, JSONValue.double, &sink) }
        if let evidence = EvidenceMembers.json(t.evidence, lanes: t.laneSources) { member("evidence", evidence, &sink) }
        member("id", .string(t.id), &sink)
        member("link", t.link, &sink)
        if let m = metrics(t.metrics) { member("metrics", m, &sink) }
        if t.momentOfTruth { member("momentOfTruth", .bool(true), &sink) }
        member("name", .string(t.name), &sink)
        if !t.opportunities.isEmpty { array("opportunities", t.opportunities, item, &sink) }
        if !t.painPoints.isEmpty { array("painPoints", t.painPoints, item, &sink) }
        if !t.quotes.isEmpty { array("quotes", t.quotes, item, &sink) }
        if !t.text.isEmpty { object("text", t.text, JSONValue.string, &sink) }
        sink.endObject()
    }

    static func item(_ i: Item) -> JSONValue { JSONTreeSink.value { item(i, into: &$0) } }

    static func item(_ i: Item, into sink: inout some JSONSink) {
        sink.beginObject(i.extra)
        if !i.addresses.isEmpty { member("addresses", .array(i.addresses.map(JSONValue.string)), &sink) }
        member("due", i.due, &sink)
        if let effort = i[.effort] { member("effort", .int(effort), &sink) }
        if let evidence = EvidenceMembers.json(i.evidence) { member("evidence", evidence, &sink) }
        member("id", .string(i.id), &sink)
        if let impact = i[.impact] { member("impact", .int(impact), &sink) }
        member("owner", i.owner, &sink)
        if !i.removes.isEmpty { member("removes", .array(i.removes.map(JSONValue.string)), &sink) }
        member("status", i.status?.rawValue, &sink)
        member("text", .string(i.text), &sink)
        if let votes = i[.votes] { member("votes", .int(votes), &sink) }
        sink.endObject()
    }

    static func measurement(_ m: Measurement) -> JSONValue {
        var o: [String: JSONValue] = ["day": .string(m.day), "value": .double(m.value)]
        put(&o, "responses", m.responses)
        put(&o, "source", m.source)
        return .object(o)
    }

    static func metrics(_ m: Metrics) -> JSONValue? {
        guard !m.isEmpty else { return nil }
        var o = m.extra
        for metric in Metric.allCases {
            if let value = m[metric] { o[metric.rawValue] = .double(value) }
        }
        var targets = m.targetsExtra
        for (metric, value) in m.targets { targets[metric.rawValue] = .double(value) }
        if !targets.isEmpty { o["targets"] = .object(targets) }
        var history = m.historyExtra
        for (metric, series) in m.history where !series.isEmpty {
            history[metric.rawValue] = .array(series.map(measurement))
        }
        if !history.isEmpty { o["history"] = .object(history) }
        return .object(o)
    }
}
