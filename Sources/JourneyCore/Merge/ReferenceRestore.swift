import JourneyJSON

/// After a merge, a persona, channel or lane that one side deleted may still
/// be used by the other (a touchpoint moved to that channel, a score for
/// that persona, text in that lane). Rather than a map that does not load,
/// or a dropped edit, it comes back from the side that has it, as a
/// conflict: deleted by one side, used by the other.
enum ReferenceRestore {
    static func restore(_ map: inout JourneyMap, base: JourneyMap, ours: JourneyMap, theirs: JourneyMap) -> [PendingConflict] {
        let touchpoints = map.stages.flatMap(\.touchpoints)
        var conflicts: [PendingConflict] = []
        restore(\.channels, "channels", used: Set(touchpoints.compactMap(\.channel) + map.personas.flatMap(\.preferredChannels)),
                &map, base, ours, theirs, MapEncoder.channel, &conflicts)
        restore(\.personas, "personas", used: Set(touchpoints.flatMap(\.emotion.keys)), &map, base, ours, theirs,
                MapEncoder.persona, &conflicts)
        restore(\.lanes, "lanes", used: Set(touchpoints.flatMap(\.text.keys)), &map, base, ours, theirs, MapEncoder.lane, &conflicts)
        return conflicts
    }

    private static func restore<Element: Identifiable>(
        _ list: WritableKeyPath<JourneyMap, [Element]>, _ key: String, used: Set<String>, _ map: inout JourneyMap,
        _ base: JourneyMap, _ ours: JourneyMap, _ theirs: JourneyMap, _ encode: (Element) -> JSONValue,
        _ conflicts: inout [PendingConflict]
    ) where Element.ID == String {
        let present = Set(map[keyPath: list].map(\.id))
        for id in used.subtracting(present).sorted() {
            let find = { (side: JourneyMap) in side[keyPath: list].first { $0.id == id } }
            let (b, o, t) = (find(base), find(ours), find(theirs))
            guard let kept = o ?? t else { continue }
            let side = o != nil ? ours : theirs
            let previous = side[keyPath: list].prefix { $0.id != id }.last { present.contains($0.id) }
            let at = previous.flatMap { p in map[keyPath: list].firstIndex { $0.id == p.id } }.map { $0 + 1 } ?? 0
            map[keyPath: list].insert(kept, at: at)
            conflicts.append(PendingConflict(element: nil, level: nil, rest: [key, id], base: b.map(encode), ours: o.map(encode),
                                             theirs: t.map(encode),
                                             note: PendingConflict.deleted(by: o == nil ? .ours : .theirs, changed: "used")))
        }
    }
}
