import JourneyJSON

/// How one merge conflict is decided.
public enum ConflictChoice: Equatable, Sendable {
    case ours
    case theirs
    /// What the map holds there now, as it is.
    case kept
    /// A value of one's own (nil: remove the thing); for a place, `{"in": PATH, "after": ID}`.
    case value(JSONValue?)
}

public struct ConflictResolutionError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
}

extension JourneyMap {
    /// The map with one conflict decided and gone from `conflicts`. Taking
    /// the version the map already holds changes nothing else; taking a
    /// deletion also drops what referred to the deleted thing (a channel's
    /// touchpoints lose their channel, a persona's scores go). Conflicts
    /// inside a thing that no longer exists go with it.
    public func resolving(_ conflictID: String, _ choice: ConflictChoice) -> Result<JourneyMap, ConflictResolutionError> {
        guard let conflict = conflicts.first(where: { $0.id == conflictID }) else {
            return .failure(ConflictResolutionError(description: "no conflict has the id \"\(conflictID)\""))
        }
        var rest = self
        rest.conflicts = []
        var document = MapEncoder.encode(rest)
        let path = conflict.path[...]
        let chosen: JSONValue?
        switch choice {
        case .ours: chosen = conflict.ours
        case .theirs: chosen = conflict.theirs
        case .kept: return resolved(document, without: conflictID, before: document)
        case .value(let value): chosen = value
        }
        let held = conflict.kind == .value ? JSONAddress.value(at: path, in: document) : conflict.ours
        if choice == .ours || choice == .theirs, chosen == held { return resolved(document, without: conflictID, before: document) }
        let before = document
        switch conflict.kind {
        case .value:
            guard JSONAddress.value(at: path, in: document) == chosen || JSONAddress.set(chosen, at: path, in: &document) else {
                return .failure(ConflictResolutionError(description: "\(conflict.what): that place is no longer in the map"))
            }
        case .place:
            guard case .object(let place)? = chosen, case .array(let list)? = place["in"],
                  let element = JSONAddress.value(at: path, in: document) else {
                return .failure(ConflictResolutionError(description: "\(conflict.what): no place to move it to"))
            }
            let after: String? = if case .string(let id)? = place["after"] { id } else { nil }
            var moved = document
            guard JSONAddress.set(nil, at: path, in: &moved),
                  JSONAddress.insert(element, into: list.compactMap(\.string)[...], after: after, in: &moved) else {
                return .failure(ConflictResolutionError(description: "\(conflict.what): that place is no longer in the map"))
            }
            document = moved
        }
        return resolved(document, without: conflictID, before: before)
    }

    /// A conflict goes with the place it is about, when this choice took
    /// that place away; one about a place the map did not hold (theirs added
    /// it; see `MergeClashes`) stays while the place's owner does.
    private func resolved(_ document: JSONValue, without conflictID: String,
                          before: JSONValue) -> Result<JourneyMap, ConflictResolutionError> {
        do {
            var (map, _) = try MapDecoder.unchecked(document)
            map.dropDanglingReferences()
            let written = MapEncoder.encode(map)
            map.conflicts = conflicts.filter { conflict in
                let path = conflict.path[...]
                return conflict.id != conflictID && (JSONAddress.value(at: path, in: written) != nil
                    || JSONAddress.value(at: path, in: before) == nil && JSONAddress.value(at: path.dropLast(), in: written) != nil)
            }
            return .success(try MapDecoder.decode(MapEncoder.encode(map)))
        } catch {
            return .failure(ConflictResolutionError(description: "that choice leaves a map journey cannot load: \(error.description)"))
        }
    }

    /// References to channels, personas and text lanes the map no longer has, dropped.
    mutating func dropDanglingReferences() {
        let channelIDs = Set(channels.map(\.id))
        let personaIDs = Set(personas.map(\.id))
        let textLaneIDs = Set(lanes.filter(\.kind.holdsText).map(\.id))
        for p in personas.indices { personas[p].preferredChannels.removeAll { !channelIDs.contains($0) } }
        for s in stages.indices {
            for t in stages[s].touchpoints.indices {
                if let channel = stages[s].touchpoints[t].channel, !channelIDs.contains(channel) { stages[s].touchpoints[t].channel = nil }
                stages[s].touchpoints[t].emotion = stages[s].touchpoints[t].emotion.filter { personaIDs.contains($0.key) }
                stages[s].touchpoints[t].text = stages[s].touchpoints[t].text.filter { textLaneIDs.contains($0.key) }
            }
        }
    }
}

extension JSONValue {
    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}
