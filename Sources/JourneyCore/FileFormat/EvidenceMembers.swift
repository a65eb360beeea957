import JourneyJSON

/// The research sources of a map and what cites them, as the file holds them:
/// `"sources": [{id, kind, title, day, link, note}]` at the root, and on a
/// touchpoint or item `"evidence": {level, sources, lanes}` (`lanes` a
/// touchpoint's only: the sources each text lane cites, by lane id).
enum EvidenceMembers {
    static let sourceKeys: Set<String> = ["id", "kind", "title", "day", "link", "note"]
    static let evidenceKeys: Set<String> = ["level", "sources", "lanes"]
    private static let knownSource = KnownKeys(sourceKeys)
    private static let knownEvidence = KnownKeys(evidenceKeys)

    // MARK: reading

    static func source(_ value: JSONNode) throws(MapDecodingError) -> Source {
        let r = try ObjectReader(value)
        let kindText = try r.requiredString("kind")
        guard let kind = Source.Kind(rawValue: kindText) else {
            throw MapDecodingError(r.path.key("kind"), "unknown source kind \"\(kindText)\"; expected one of "
                                       + Source.Kind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return Source(id: try r.requiredString("id"), kind: kind, title: try r.string("title"),
                      day: try MapDecoder.day(r, "day"), link: try r.string("link"), note: try r.string("note"),
                      extra: r.extra(known: knownSource))
    }

    /// A touchpoint's or item's `evidence`, and a touchpoint's lane citations.
    static func evidence(_ owner: ObjectReader) throws(MapDecodingError) -> (Evidence, SmallMap<String, [String]>) {
        guard let r = try owner.object("evidence") else { return (Evidence(), [:]) }
        var evidence = Evidence(sources: try ids(r, "sources"), extra: r.extra(known: knownEvidence))
        if let text = try r.optionalString("level") {
            guard let level = EvidenceLevel(rawValue: text) else {
                throw MapDecodingError(r.path.key("level"), "unknown evidence level \"\(text)\"; expected one of "
                                           + EvidenceLevel.allCases.map(\.rawValue).joined(separator: ", "))
            }
            evidence.level = level
        }
        var lanes: SmallMap<String, [String]> = [:]
        if let laneReader = try r.object("lanes") {
            lanes = try laneReader.pairs { (value) throws(MapDecodingError) in try ids(list(value)) }
        }
        return (evidence, lanes.filter { !$0.value.isEmpty })
    }

    private static func ids(_ r: ObjectReader, _ key: String) throws(MapDecodingError) -> [String] {
        guard let value = r.member(key), !value.isNull else { return [] }
        return try ids(list(value))
    }

    /// A list of ids; null, as for every list of the format, is none.
    private static func list(_ value: JSONNode) throws(MapDecodingError) -> [JSONNode] {
        if value.isNull { return [] }
        guard let elements = value.elements else {
            throw MapDecodingError(value.path, "expected an array of source ids, found \(value.typeName)")
        }
        return elements
    }

    private static func ids(_ elements: [JSONNode]) throws(MapDecodingError) -> [String] {
        var ids: [String] = []
        for element in elements {
            guard let id = element.string, !id.isEmpty else {
                throw MapDecodingError(element.path, "expected the id of a source (a non-empty string), found \(element.typeName)")
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    // MARK: writing

    static func json(_ s: Source) -> JSONValue {
        var o = s.extra
        o["id"] = .string(s.id)
        o["kind"] = .string(s.kind.rawValue)
        o["title"] = .string(s.title)
        if let day = s.day { o["day"] = .string(day) }
        if !s.link.isEmpty { o["link"] = .string(s.link) }
        if !s.note.isEmpty { o["note"] = .string(s.note) }
        return .object(o)
    }

    /// Nil when nothing backs it and nothing is said: the member is left out.
    static func json(_ evidence: Evidence, lanes: SmallMap<String, [String]> = [:]) -> JSONValue? {
        guard !evidence.isEmpty || !lanes.isEmpty else { return nil }
        var o = evidence.extra
        if let level = evidence.level { o["level"] = .string(level.rawValue) }
        if !evidence.sources.isEmpty { o["sources"] = .array(evidence.sources.map(JSONValue.string)) }
        if !lanes.isEmpty {
            o["lanes"] = .object(Dictionary(uniqueKeysWithValues: lanes.map { ($0.key, JSONValue.array($0.value.map(JSONValue.string))) }))
        }
        return .object(o)
    }
}
