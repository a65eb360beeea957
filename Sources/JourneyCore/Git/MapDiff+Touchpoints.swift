extension Differences {
    /// A touchpoint with the stage it is in.
    struct Placed {
        var stage: Stage
        var touchpoint: Touchpoint
        var place: String { stage.name + " › " + touchpoint.name }
    }

    static func placed(_ map: JourneyMap) -> [Placed] {
        map.stages.flatMap { stage in stage.touchpoints.map { Placed(stage: stage, touchpoint: $0) } }
    }

    /// Touchpoints by id across the whole map, so that one moved to another
    /// stage is a move; then each one's fields, texts, scores, items and metrics.
    mutating func touchpoints(_ old: JourneyMap, _ new: JourneyMap) {
        let before = Self.placed(old), after = Self.placed(new)
        let oldByID = Dictionary(before.map { ($0.touchpoint.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newIDs = Set(after.map(\.touchpoint.id))
        for gone in before where !newIDs.contains(gone.touchpoint.id) {
            add(.removed, "touchpoint", place: gone.stage.name, old: gone.touchpoint.name, ids: [gone.stage.id, gone.touchpoint.id])
        }
        var movedWithin: Set<String> = []
        for stage in new.stages {
            guard let was = old.stages.first(where: { $0.id == stage.id }) else { continue }
            movedWithin.formUnion(Self.moved(was.touchpoints.map(\.id), stage.touchpoints.map(\.id)))
        }
        // Pain points by their text, as people know them, wherever they are now (or were); indexed at the first link.
        var links: (old: ItemLinks, new: ItemLinks)?
        func painPoint(_ id: String) -> String {
            let index = links ?? (ItemLinks(old), ItemLinks(new))
            links = index
            return index.new.painPointText(id) ?? index.old.painPointText(id) ?? id
        }
        for stage in new.stages {
            for (index, touchpoint) in stage.touchpoints.enumerated() {
                let ids = [stage.id, touchpoint.id]
                guard let was = oldByID[touchpoint.id] else {
                    add(.added, "touchpoint", place: stage.name, new: touchpoint.name, ids: ids)
                    continue
                }
                if was.touchpoint.name != touchpoint.name {
                    add(.renamed, "touchpoint", place: stage.name, old: was.touchpoint.name, new: touchpoint.name, ids: ids)
                }
                if was.stage.id != stage.id {
                    add(.moved, "touchpoint", place: touchpoint.name, field: "stage", old: was.stage.name, new: stage.name, ids: ids)
                } else if movedWithin.contains(touchpoint.id) {
                    add(.moved, "touchpoint", place: stage.name, field: "after", old: touchpoint.name,
                        new: index == 0 ? nil : stage.touchpoints[index - 1].name, ids: ids)
                }
                touchpointFields(was.touchpoint, touchpoint, place: Placed(stage: stage, touchpoint: touchpoint).place,
                                 ids: ids, maps: (old, new), painPoint: painPoint)
            }
        }
    }

    mutating func touchpointFields(_ a: Touchpoint, _ b: Touchpoint, place: String, ids: [String],
                                   maps: (old: JourneyMap, new: JourneyMap), painPoint: (String) -> String) {
        field("channel", "touchpoint", place: place, old: maps.old.channel(id: a.channel)?.name ?? a.channel,
              new: maps.new.channel(id: b.channel)?.name ?? b.channel, ids: ids)
        field("moment of truth", "touchpoint", place: place, old: a.momentOfTruth ? "yes" : "no", new: b.momentOfTruth ? "yes" : "no",
              ids: ids)
        field("linked to", "touchpoint", place: place, old: a.link, new: b.link, ids: ids)
        // A removed lane or persona takes its texts and scores with it: one line says so, not one per touchpoint.
        for lane in maps.new.lanes where lane.kind.holdsText {
            field(lane.name, "touchpoint", place: place, old: a.text[lane.id], new: b.text[lane.id], ids: ids)
        }
        for persona in maps.new.personas {
            field("emotion: " + persona.name, "touchpoint", place: place, old: a.emotion[persona.id].map(MetricsText.signed),
                  new: b.emotion[persona.id].map(MetricsText.signed), ids: ids)
        }
        for kind in LaneKind.itemLists {
            let subject = kind.itemNoun!
            collection(a.items(of: kind) ?? [], b.items(of: kind) ?? [], subject: subject, name: \.text, nameField: "text",
                       place: { _ in place }) {
                x, y, out in
                let at = place + ": " + y.text
                for figure in ItemFigure.allCases {
                    out.field(figure.rawValue, subject, place: at, old: x[figure].map(String.init),
                              new: y[figure].map(String.init), ids: ids + [y.id])
                }
                out.field("status", subject, place: at, old: x.status?.words, new: y.status?.words, ids: ids + [y.id])
                out.field("owner", subject, place: at, old: x.owner, new: y.owner, ids: ids + [y.id])
                out.field("due", subject, place: at, old: x.due, new: y.due, ids: ids + [y.id])
                out.evidence(x.evidence, y.evidence, subject: subject, place: at, ids: ids + [y.id], maps: maps)
                if x.addresses != y.addresses {
                    out.lines("addressed pain point", subject, place: at, old: x.addresses.map(painPoint),
                              new: y.addresses.map(painPoint), ids: ids + [y.id])
                }
                // Ids of the current-state map's pain points: this map cannot name them.
                out.lines("current pain point to remove", subject, place: at, old: x.removes, new: y.removes, ids: ids + [y.id])
            }
        }
        evidence(a.evidence, b.evidence, subject: "touchpoint", place: place, ids: ids, maps: maps)
        laneSources(a, b, place: place, ids: ids, maps: maps)
        metrics(a.metrics, b.metrics, place: place, ids: ids)
    }
}
