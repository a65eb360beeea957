import JourneyJSON

/// Checks what a single value cannot: ids that repeat, references that point
/// nowhere, lanes a map may hold only once. Reports the path of the culprit.
enum MapValidator {
    static func validate(_ map: JourneyMap, document root: ObjectReader) throws(MapDecodingError) {
        let rootPath = JSONPath.root
        let personaIDs = FewIDs(try unique(map.personas.map(\.id), at: rootPath.key("personas")))
        let channelIDs = FewIDs(try unique(map.channels.map(\.id), at: rootPath.key("channels")))
        let laneIDs = FewIDs(try unique(map.lanes.map(\.id), at: rootPath.key("lanes")))
        _ = try unique(map.stages.map(\.id), at: rootPath.key("stages"))
        _ = try unique(map.conflicts.map(\.id), at: rootPath.key("conflicts"))
        _ = try unique(map.votingRounds.map(\.id), at: rootPath.key("votingRounds"))
        _ = try unique(map.sources.map(\.id), at: rootPath.key("sources"))

        var seenKinds: Set<LaneKind> = []
        for (index, lane) in map.lanes.enumerated() where !lane.kind.holdsText {
            guard seenKinds.insert(lane.kind).inserted else {
                throw MapDecodingError(rootPath.key("lanes").index(index).key("kind"),
                                       "a map holds one \(lane.kind.rawValue) lane; this is a second")
            }
        }
        let textLaneIDs = FewIDs(Set(map.lanes.filter(\.kind.holdsText).map(\.id)))

        for (index, persona) in map.personas.enumerated() {
            for (i, channel) in persona.preferredChannels.enumerated() where !channelIDs.contains(channel) {
                throw MapDecodingError(rootPath.key("personas").index(index).key("preferredChannels").index(i),
                                       "no channel has the id \"\(channel)\"")
            }
        }

        var touchpointIDs = Set<String>(minimumCapacity: map.touchpointCount)
        var itemIDs = Set<String>(minimumCapacity: map.stages.reduce(map.parkingLot.count) { count, stage in
            stage.touchpoints.reduce(count) { $0 + $1.painPoints.count + $1.opportunities.count + $1.quotes.count }
        })
        for (s, stage) in map.stages.enumerated() {
            let touchpoints = stage.touchpoints
            // Each member is read where it is, `touchpoints[t].id`: a touchpoint bound to a name is copied whole.
            for t in touchpoints.indices {
                // The path is made only for an error: a load checks every touchpoint, and most are right.
                func path() -> JSONPath { rootPath.key("stages").index(s).key("touchpoints").index(t) }
                guard !touchpoints[t].id.isEmpty else { throw MapDecodingError(path().key("id"), "an id may not be empty") }
                guard touchpointIDs.insert(touchpoints[t].id).inserted else {
                    throw MapDecodingError(path().key("id"), "the id \"\(touchpoints[t].id)\" is used by another touchpoint")
                }
                if let channel = touchpoints[t].channel, !channelIDs.contains(channel) {
                    throw MapDecodingError(path().key("channel"), "no channel has the id \"\(channel)\"")
                }
                // The first wrong key in sorted order (the small map's), as a reader of the sorted file meets it.
                if let lane = touchpoints[t].text.keys.first(where: { !textLaneIDs.contains($0) }) {
                    let reason = laneIDs.contains(lane) ? "lane \"\(lane)\" does not hold text" : "no lane has the id \"\(lane)\""
                    throw MapDecodingError(path().key("text").key(lane), reason)
                }
                if let persona = touchpoints[t].emotion.keys.first(where: { !personaIDs.contains($0) }) {
                    throw MapDecodingError(path().key("emotion").key(persona), "no persona has the id \"\(persona)\"")
                }
                func checkItems(_ key: String, _ items: [Item]) throws(MapDecodingError) {
                    for i in items.indices {
                        if let problem = newItemID(items[i].id, in: &itemIDs) {
                            throw MapDecodingError(path().key(key).index(i).key("id"), problem)
                        }
                    }
                }
                try checkItems("painPoints", touchpoints[t].painPoints)
                try checkItems("opportunities", touchpoints[t].opportunities)
                try checkItems("quotes", touchpoints[t].quotes)
            }
        }
        for (i, item) in map.parkingLot.enumerated() {
            if let problem = newItemID(item.id, in: &itemIDs) {
                throw MapDecodingError(rootPath.key("parkingLot").index(i).key("id"), problem)
            }
        }
    }

    /// Why an item may not have this id; nil when it is taken into `ids`.
    private static func newItemID(_ id: String, in ids: inout Set<String>) -> String? {
        if id.isEmpty { return "an id may not be empty" }
        return ids.insert(id).inserted ? nil : "the id \"\(id)\" is used by another item"
    }

    private static func unique(_ ids: [String], at path: JSONPath) throws(MapDecodingError) -> Set<String> {
        var seen: Set<String> = []
        for (index, id) in ids.enumerated() {
            guard !id.isEmpty else { throw MapDecodingError(path.index(index).key("id"), "an id may not be empty") }
            guard seen.insert(id).inserted else {
                throw MapDecodingError(path.index(index).key("id"), "the id \"\(id)\" is used twice")
            }
        }
        return seen
    }
}
