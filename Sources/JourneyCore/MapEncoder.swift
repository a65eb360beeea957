/// Turns a `JourneyMap` into the JSON of a map file. Empty and default fields
/// are left out so that files stay short and diffs stay small; unknown fields
/// read from the file are written back unchanged.
public enum MapEncoder {
    static let personaKeys: Set<String> = [
        "id", "name", "age", "gender", "income", "education", "location", "jobTitle", "goals", "challenges",
        "buyingHabits", "decisionProcess", "preferredChannels", "quote", "story",
    ]
    static let itemKeys = Set(["id", "text", "status", "owner", "due", "addresses"] + ItemFigure.allCases.map(\.rawValue))
    static let metricsKeys = Metric.keys.union(["targets", "history"])
    static let touchpointKeys: Set<String> = [
        "id", "name", "channel", "momentOfTruth", "text", "emotion", "painPoints", "opportunities", "quotes", "metrics",
    ]

    public static func encode(_ map: JourneyMap) -> JSONValue {
        var o = map.extra
        o["format"] = .string(MapFormat.name)
        o["version"] = .int(MapFormat.version)
        o["title"] = .string(map.title)
        o["objectives"] = objectives(map.objectives)
        o["personas"] = .array(map.personas.map(persona))
        o["channels"] = .array(map.channels.map(channel))
        o["lanes"] = .array(map.lanes.map(lane))
        o["stages"] = .array(map.stages.map(stage))
        var scale = map.emotionScale.extra
        scale["min"] = .int(map.emotionScale.min)
        scale["max"] = .int(map.emotionScale.max)
        o["emotionScale"] = .object(scale)
        if !map.conflicts.isEmpty { o["conflicts"] = .array(map.conflicts.map(\.json)) }
        if !map.parkingLot.isEmpty { o["parkingLot"] = .array(map.parkingLot.map(item)) }
        if !map.votingRounds.isEmpty { o["votingRounds"] = .array(map.votingRounds.map(\.json)) }
        return .object(o)
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
        put(&o, "gender", p.gender)
        put(&o, "income", p.income)
        put(&o, "education", p.education)
        put(&o, "location", p.location)
        put(&o, "jobTitle", p.jobTitle)
        put(&o, "goals", p.goals)
        put(&o, "challenges", p.challenges)
        put(&o, "buyingHabits", p.buyingHabits)
        put(&o, "decisionProcess", p.decisionProcess)
        put(&o, "preferredChannels", p.preferredChannels)
        put(&o, "quote", p.quote)
        put(&o, "story", p.story)
        return .object(o)
    }

    static func channel(_ c: Channel) -> JSONValue {
        var o = c.extra
        o["id"] = .string(c.id)
        o["name"] = .string(c.name)
        o["kind"] = .string(c.kind.rawValue)
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

    static func stage(_ s: Stage) -> JSONValue {
        var o = s.extra
        o["id"] = .string(s.id)
        o["name"] = .string(s.name)
        put(&o, "goal", s.goal)
        o["touchpoints"] = .array(s.touchpoints.map(touchpoint))
        if let m = metrics(s.metrics) { o["metrics"] = m }
        return .object(o)
    }

    static func touchpoint(_ t: Touchpoint) -> JSONValue {
        var o = t.extra
        o["id"] = .string(t.id)
        o["name"] = .string(t.name)
        put(&o, "channel", t.channel)
        if t.momentOfTruth { o["momentOfTruth"] = .bool(true) }
        if !t.text.isEmpty { o["text"] = .object(t.text.mapValues(JSONValue.string)) }
        if !t.emotion.isEmpty { o["emotion"] = .object(t.emotion.mapValues(JSONValue.double)) }
        if !t.painPoints.isEmpty { o["painPoints"] = .array(t.painPoints.map(item)) }
        if !t.opportunities.isEmpty { o["opportunities"] = .array(t.opportunities.map(item)) }
        if !t.quotes.isEmpty { o["quotes"] = .array(t.quotes.map(item)) }
        if let m = metrics(t.metrics) { o["metrics"] = m }
        return .object(o)
    }

    static func item(_ i: Item) -> JSONValue {
        var o = i.extra
        o["id"] = .string(i.id)
        o["text"] = .string(i.text)
        for figure in ItemFigure.allCases { put(&o, figure.rawValue, i[figure]) }
        put(&o, "status", i.status?.rawValue)
        put(&o, "owner", i.owner)
        put(&o, "due", i.due)
        put(&o, "addresses", i.addresses)
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
            history[metric.rawValue] = .array(series.map { .object(["day": .string($0.day), "value": .double($0.value)]) })
        }
        if !history.isEmpty { o["history"] = .object(history) }
        return .object(o)
    }
}
