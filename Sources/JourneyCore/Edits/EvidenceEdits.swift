/// The edits of evidence: research sources added, changed and removed, and
/// claims citing them or saying their level. Each is one transaction, so it
/// is journaled and undone like any other edit.
extension Edits {
    public static func addSource(_ map: JourneyMap, kind: Source.Kind, title: String, day: String? = nil,
                                 link: String = "", note: String = "") -> (Transaction, Source)? {
        let source = Source(id: IDs.fresh("src", in: map), kind: kind, title: title, day: day, link: link, note: note)
        return updateInfo(map) { $0.sources.append(source) }.map { ($0, source) }
    }

    public static func updateSource(_ map: JourneyMap, id: String, _ update: (inout Source) -> Void) -> Transaction? {
        updateInfo(map) { info in
            guard let index = info.sources.firstIndex(where: { $0.id == id }) else { return }
            update(&info.sources[index])
        }
    }

    /// Removes a source and every citation of it (a measurement keeps its
    /// figure and response count, without the link), as one step.
    public static func removeSource(_ map: JourneyMap, id: String) -> Transaction? {
        guard map.sources.contains(where: { $0.id == id }) else { return nil }
        var changes: [Change] = []
        for (s, stage) in map.stages.enumerated() {
            var info = stage.info
            info.metrics.forgetSource(id)
            if info != stage.info { changes.append(.setStage(index: s, from: stage.info, to: info)) }
            for (i, touchpoint) in stage.touchpoints.enumerated() {
                var without = touchpoint
                without.forgetSource(id)
                if without != touchpoint { changes.append(.setTouchpoint(stage: s, index: i, from: touchpoint, to: without)) }
            }
        }
        var info = map.info
        info.sources.removeAll { $0.id == id }
        for n in info.parkingLot.indices { info.parkingLot[n].evidence.sources.removeAll { $0 == id } }
        changes.append(.setInfo(from: map.info, to: info))
        return Transaction(changes)
    }

    /// Cites a source, or takes the citation back; nil when nothing changes.
    public static func cite(_ map: JourneyMap, _ claim: Claim, source id: String, cited: Bool = true) -> Transaction? {
        updateEvidence(map, claim) { evidence in
            if cited {
                if !evidence.sources.contains(id) { evidence.sources.append(id) }
            } else {
                evidence.sources.removeAll { $0 == id }
            }
        }
    }

    /// Says the claim's level; nil lets its sources say it again.
    public static func setEvidenceLevel(_ map: JourneyMap, _ claim: Claim, to level: EvidenceLevel?) -> Transaction? {
        guard claim.hasLevel else { return nil }
        return updateEvidence(map, claim) { $0.level = level }
    }

    static func updateEvidence(_ map: JourneyMap, _ claim: Claim, _ update: (inout Evidence) -> Void) -> Transaction? {
        guard map.evidence(of: claim) != nil else { return nil }
        switch claim {
        case .touchpoint(let s, let i):
            return updateTouchpoint(map, stage: s, index: i) { update(&$0.evidence) }
        case .laneText(let s, let i, let lane):
            return updateTouchpoint(map, stage: s, index: i) { t in
                var evidence = Evidence(sources: t.laneSources[lane] ?? [])
                update(&evidence)
                t.laneSources[lane] = evidence.sources.isEmpty ? nil : evidence.sources
            }
        case .item(let s, let i, let kind, let n):
            return updateItems(map, stage: s, index: i, kind: kind) { update(&$0[n].evidence) }
        case .parked(let n):
            return updateInfo(map) { update(&$0.parkingLot[n].evidence) }
        }
    }
}

extension Touchpoint {
    mutating func forgetSource(_ id: String) {
        evidence.sources.removeAll { $0 == id }
        laneSources = laneSources.mapValues { $0.filter { $0 != id } }.filter { !$0.value.isEmpty }
        for kind in LaneKind.itemLists {
            guard var items = items(of: kind), items.contains(where: { $0.evidence.sources.contains(id) }) else { continue }
            for n in items.indices { items[n].evidence.sources.removeAll { $0 == id } }
            setItems(items, of: kind)
        }
        metrics.forgetSource(id)
    }
}

extension Metrics {
    mutating func forgetSource(_ id: String) {
        guard history.values.contains(where: { $0.contains { $0.source == id } }) else { return }
        history = history.mapValues { series in
            series.map { point in
                var kept = point
                if kept.source == id { kept.source = nil }
                return kept
            }
        }
    }
}
