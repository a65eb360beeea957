/// What changed in the evidence: the sources themselves, and what each
/// touchpoint, lane text and item cites and is said to be.
extension Differences {
    mutating func sources(_ old: [Source], _ new: [Source]) {
        collection(old, new, subject: "source", name: \.title, place: { _ in "" }) { a, b, out in
            let ids = [b.id]
            out.field("kind", "source", place: b.title, old: a.kind.words, new: b.kind.words, ids: ids)
            out.field("day", "source", place: b.title, old: a.day, new: b.day, ids: ids)
            out.field("link", "source", place: b.title, old: a.link, new: b.link, ids: ids)
            out.field("note", "source", place: b.title, old: a.note, new: b.note, ids: ids)
        }
    }

    /// `what`: "" for the claim itself, else the lane whose text cites.
    mutating func evidence(_ a: Evidence, _ b: Evidence, subject: String, place: String, ids: [String],
                           maps: (old: JourneyMap, new: JourneyMap), lane: String? = nil) {
        if lane == nil {
            field("evidence level", subject, place: place, old: a.level?.words, new: b.level?.words, ids: ids)
        }
        guard a.sources != b.sources else { return }
        let title = { (map: JourneyMap, id: String) in map.sources.first { $0.id == id }?.title ?? id }
        lines(lane.map { "cited source (\($0))" } ?? "cited source", subject, place: place,
              old: a.sources.map { title(maps.old, $0) }, new: b.sources.map { title(maps.new, $0) }, ids: ids)
    }

    mutating func laneSources(_ a: Touchpoint, _ b: Touchpoint, place: String, ids: [String],
                              maps: (old: JourneyMap, new: JourneyMap)) {
        guard a.laneSources != b.laneSources else { return }
        for lane in maps.new.lanes where lane.kind.holdsText {
            evidence(Evidence(sources: a.laneSources[lane.id] ?? []), Evidence(sources: b.laneSources[lane.id] ?? []),
                     subject: "touchpoint", place: place, ids: ids, maps: maps, lane: lane.name)
        }
    }
}
