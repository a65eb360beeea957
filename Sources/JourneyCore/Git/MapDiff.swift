import JourneyJSON

/// `journey diff`: what changed from one version of a map to another, by
/// ids, in the order of the newer map. A move is a move, not a removal and
/// an addition; a rename is a rename.
public enum MapDiff {
    public static func compare(_ old: JourneyMap, _ new: JourneyMap) -> [MapDifference] {
        var found = Differences()
        found.field("title", "map", place: "", old: old.title, new: new.title, ids: [])
        found.field("future state of", "map", place: "", old: old.futureOf, new: new.futureOf, ids: [])
        found.objectives(old.objectives, new.objectives)
        found.collection(old.personas, new.personas, subject: "persona", name: \.name, place: { _ in "" }) { a, b, out in
            out.personaFields(a, b, channels: (old, new))
        }
        found.collection(old.channels, new.channels, subject: "channel", name: \.name, place: { _ in "" }) { a, b, out in
            out.field("kind", "channel", place: b.name, old: a.kind.rawValue, new: b.kind.rawValue, ids: [b.id])
            out.field("shared", "channel", place: b.name, old: a.shared ? "yes" : "no", new: b.shared ? "yes" : "no", ids: [b.id])
        }
        found.collection(old.lanes, new.lanes, subject: "lane", name: \.name, place: { _ in "" }) { a, b, out in
            out.field("hidden", "lane", place: b.name, old: a.hidden ? "yes" : "no", new: b.hidden ? "yes" : "no", ids: [b.id])
        }
        if old.emotionScale.min != new.emotionScale.min || old.emotionScale.max != new.emotionScale.max {
            found.add(.changed, "emotion scale", place: "", old: "\(old.emotionScale.min)..\(old.emotionScale.max)",
                      new: "\(new.emotionScale.min)..\(new.emotionScale.max)", ids: [])
        }
        found.collection(old.stages, new.stages, subject: "stage", name: \.name, place: { _ in "" }) { a, b, out in
            out.field("goal", "stage", place: b.name, old: a.goal, new: b.goal, ids: [b.id])
            out.metrics(a.metrics, b.metrics, place: b.name, ids: [b.id])
        }
        found.sources(old.sources, new.sources)
        found.touchpoints(old, new)
        found.collection(old.parkingLot, new.parkingLot, subject: "parked idea", name: \.text, nameField: "text",
                         place: { _ in "" }) { _, _, _ in }
        found.collection(old.votingRounds, new.votingRounds, subject: "voting round", name: \.summary, nameField: "ballots",
                         place: { _ in "" }) { _, _, _ in }
        found.unknownFields(old.extra, new.extra)
        return found.list
    }
}

/// The list being built, and how each kind of thing is compared.
struct Differences {
    var list: [MapDifference] = []

    mutating func add(_ kind: MapDifference.Kind, _ subject: String, place: String, field: String? = nil, old: String? = nil,
                      new: String? = nil, ids: [String]) {
        list.append(MapDifference(kind, subject, place: place, field: field, old: old, new: new, ids: ids))
    }

    /// A field that changed, if it did; an empty value reads as none.
    mutating func field(_ name: String, _ subject: String, place: String, old: String?, new: String?, ids: [String]) {
        let a = old ?? "", b = new ?? ""
        guard a != b else { return }
        add(.changed, subject, place: place, field: name, old: a.isEmpty ? nil : a, new: b.isEmpty ? nil : b, ids: ids)
    }

    /// Lines added to and removed from a list of texts (goals, challenges):
    /// each line is a thing of its own, `name`, in `owner`.
    mutating func lines(_ name: String, _ owner: String, place: String, old: [String], new: [String], ids: [String]) {
        let holder = place.isEmpty ? owner : owner + " " + place
        for line in old where !new.contains(line) { add(.removed, name, place: holder, old: line, ids: ids) }
        for line in new where !old.contains(line) { add(.added, name, place: holder, new: line, ids: ids) }
    }

    /// Things with ids in one ordered list: added, removed, renamed, moved, then each one's fields.
    /// `nameField`: the name is a field of its own (an item's text): a change to it is `.changed`, not a rename.
    mutating func collection<T: Identifiable>(_ old: [T], _ new: [T], subject: String, name: (T) -> String,
                                             nameField: String? = nil, place: (T) -> String,
                                             fields: (T, T, inout Differences) -> Void)
        where T.ID == String {
        let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newIDs = Set(new.map(\.id))
        for thing in old where !newIDs.contains(thing.id) {
            add(.removed, subject, place: place(thing), old: name(thing), ids: [thing.id])
        }
        let moved = Self.moved(old.map(\.id), new.map(\.id))
        for (index, thing) in new.enumerated() {
            guard let before = oldByID[thing.id] else {
                add(.added, subject, place: place(thing), new: name(thing), ids: [thing.id])
                continue
            }
            if name(before) != name(thing) {
                add(nameField == nil ? .renamed : .changed, subject, place: place(thing), field: nameField, old: name(before),
                    new: name(thing), ids: [thing.id])
            }
            if moved.contains(thing.id) {
                add(.moved, subject, place: place(thing), field: "after", old: name(thing),
                    new: index == 0 ? nil : name(new[index - 1]), ids: [thing.id])
            }
            fields(before, thing, &self)
        }
    }

    /// The ids whose order among those both lists hold changed: all but a
    /// longest run kept in order (so one moved thing is one move, not many).
    static func moved(_ old: [String], _ new: [String]) -> Set<String> {
        OrderMerge.moved(old, new, Set(old))
    }

    mutating func objectives(_ a: Objectives, _ b: Objectives) {
        field("purpose", "objectives", place: "", old: a.purpose, new: b.purpose, ids: [])
        field("scope", "objectives", place: "", old: a.scope, new: b.scope, ids: [])
        lines("goal", "objectives", place: "", old: a.goals, new: b.goals, ids: [])
        field("last reviewed", "objectives", place: "", old: a.lastReviewed, new: b.lastReviewed, ids: [])
        field("review cadence", "objectives", place: "", old: a.reviewCadence?.words, new: b.reviewCadence?.words, ids: [])
    }

    mutating func personaFields(_ a: Persona, _ b: Persona, channels maps: (old: JourneyMap, new: JourneyMap)) {
        let subject = "persona"
        let before = Dictionary(a.profileFacts.map { ($0.label, $0.value) }, uniquingKeysWith: { x, _ in x })
        let after = Dictionary(b.profileFacts.map { ($0.label, $0.value) }, uniquingKeysWith: { x, _ in x })
        for label in Persona.factLabels {
            field(label.lowercased(), subject, place: b.name, old: before[label], new: after[label], ids: [b.id])
        }
        lines("goal", subject, place: b.name, old: a.goals, new: b.goals, ids: [b.id])
        lines("challenge", subject, place: b.name, old: a.challenges, new: b.challenges, ids: [b.id])
        lines("preferred channel", subject, place: b.name, old: a.preferredChannels.map { maps.old.channel(id: $0)?.name ?? $0 },
              new: b.preferredChannels.map { maps.new.channel(id: $0)?.name ?? $0 }, ids: [b.id])
        field("quote", subject, place: b.name, old: a.quote, new: b.quote, ids: [b.id])
        field("story", subject, place: b.name, old: a.story, new: b.story, ids: [b.id])
        field("shared", subject, place: b.name, old: a.shared ? "yes" : "no", new: b.shared ? "yes" : "no", ids: [b.id])
    }

    mutating func metrics(_ a: Metrics, _ b: Metrics, place: String, ids: [String]) {
        for metric in Metric.allCases {
            let text = { (value: Double) in MetricsText.number(value) + metric.unit }
            field(metric.label, "metric", place: place, old: a[metric].map(text), new: b[metric].map(text), ids: ids)
            field("target " + metric.label, "metric", place: place, old: a.targets[metric].map(text),
                  new: b.targets[metric].map(text), ids: ids)
            let measured = { (series: [Measurement]?) in (series ?? []).map { "\($0.day): \(text($0.value))" } }
            lines("measurement of " + metric.label, "metrics", place: place, old: measured(a.history[metric]),
                  new: measured(b.history[metric]), ids: ids)
        }
    }

    mutating func unknownFields(_ a: Extra, _ b: Extra) {
        for key in Set(a.keys).union(b.keys).sorted() where a[key] != b[key] {
            let words = { (value: JSONValue?) in value.flatMap { try? JSONWriter.compact($0) }.map { String(decoding: $0, as: UTF8.self) } }
            field(key, "other field", place: "", old: words(a[key]), new: words(b[key]), ids: [])
        }
    }
}
