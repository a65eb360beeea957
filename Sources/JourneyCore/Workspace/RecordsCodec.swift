/// One version of a map as the workspace cache keeps it (by its
/// fingerprint): its summary and its records, as bytes read back in a
/// fraction of the time the map's JSON would take to parse. Anything short,
/// damaged or of another version reads as nil, and the map is loaded again.
enum RecordsCodec {
    static let magic: [UInt8] = Array("journey-records-3\n".utf8)

    static func encode(_ summary: MapSummary, _ records: MapRecords) -> [UInt8] {
        var out = ByteWriter()
        out.bytes.append(contentsOf: magic)
        summary.write(to: &out)
        out.count(records.personas.count)
        for persona in records.personas {
            out.string(persona.id)
            out.string(persona.name)
        }
        out.count(records.touchpoints.count)
        for t in records.touchpoints {
            for text in [t.stageID, t.stage, t.id, t.name, t.channel, t.owner] { out.string(text) }
            out.byte(t.momentOfTruth ? 1 : 0)
            out.count(t.emotion.count)
            for (persona, score) in t.emotion {
                out.string(persona)
                out.double(score)
            }
            out.count(t.metrics.count)
            for (metric, value) in t.metrics {
                out.byte(UInt8(Metric.allCases.firstIndex(of: metric)!))
                out.double(value)
            }
            out.byte(UInt8(EvidenceLevel.allCases.firstIndex(of: t.evidence)!))
            out.optionalString(t.link)
        }
        out.count(records.items.count)
        for item in records.items {
            out.byte(UInt8(ItemRecord.Kind.allCases.firstIndex(of: item.kind)!))
            out.count(item.touchpoint)
            out.string(item.id)
            out.string(item.text)
            out.string(item.owner)
            out.optionalInt(item.impact)
            out.optionalInt(item.effort)
            out.int(item.votes)
            out.byte(item.status.map { UInt8(ItemStatus.allCases.firstIndex(of: $0)! + 1) } ?? 0)
            out.optionalString(item.due)
            out.byte(UInt8(EvidenceLevel.allCases.firstIndex(of: item.evidence)!))
        }
        return out.bytes
    }

    /// The summary alone reads only the start of the bytes.
    static func summary(_ bytes: [UInt8]) -> MapSummary? {
        var input = ByteReader(bytes)
        guard input.skip(magic) else { return nil }
        return MapSummary(from: &input)
    }

    static func decode(_ bytes: [UInt8]) -> (summary: MapSummary, records: MapRecords)? {
        var input = ByteReader(bytes)
        guard input.skip(magic), let summary = MapSummary(from: &input) else { return nil }
        var records = MapRecords()
        guard let personas = input.count() else { return nil }
        for _ in 0..<personas {
            guard let id = input.string(), let name = input.string() else { return nil }
            records.personas.append(.init(id: id, name: name))
        }
        guard let touchpoints = input.count() else { return nil }
        records.touchpoints.reserveCapacity(touchpoints)
        for _ in 0..<touchpoints {
            guard let stageID = input.string(), let stage = input.string(), let id = input.string(),
                  let name = input.string(), let channel = input.string(), let owner = input.string(),
                  let moment = input.byte(), let scores = input.count() else { return nil }
            var emotion: [(key: String, value: Double)] = []
            for _ in 0..<scores {
                guard let persona = input.string(), let score = input.double() else { return nil }
                emotion.append((persona, score))
            }
            guard let figures = input.count() else { return nil }
            var metrics: [(key: Metric, value: Double)] = []
            for _ in 0..<figures {
                guard let metric = input.element(of: Metric.allCases), let value = input.double() else { return nil }
                metrics.append((metric, value))
            }
            guard let evidence = input.element(of: EvidenceLevel.allCases), let link = input.optionalString() else { return nil }
            records.touchpoints.append(TouchpointRecord(
                stageID: stageID, stage: stage, id: id, name: name, channel: channel, owner: owner, momentOfTruth: moment == 1,
                emotion: SmallMap(emotion), metrics: SmallMap(metrics), evidence: evidence, link: link))
        }
        guard let items = input.count() else { return nil }
        records.items.reserveCapacity(items)
        for _ in 0..<items {
            guard let kind = input.element(of: ItemRecord.Kind.allCases), let touchpoint = input.count(),
                  touchpoint < records.touchpoints.count,
                  let id = input.string(), let text = input.string(), let owner = input.string(),
                  let impact = input.optionalInt(), let effort = input.optionalInt(), let votes = input.int(),
                  let status = input.byte(), status <= ItemStatus.allCases.count,
                  let due = input.optionalString(), let evidence = input.element(of: EvidenceLevel.allCases) else { return nil }
            records.items.append(ItemRecord(
                kind: kind, touchpoint: touchpoint, id: id, text: text, owner: owner, impact: impact, effort: effort, votes: votes,
                status: status == 0 ? nil : ItemStatus.allCases[Int(status) - 1], due: due, evidence: evidence))
        }
        return input.atEnd ? (summary, records) : nil
    }
}
