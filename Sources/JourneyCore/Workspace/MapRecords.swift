/// What a workspace asks of one map's touchpoints and items (the backlog,
/// queries), flat and small: a map's records are kept for every map of a
/// workspace at once, where whole maps would not fit, and cached on disk by
/// the map's fingerprint.
public struct MapRecords: Equatable, Sendable {
    public var personas: [PersonaName]
    public var touchpoints: [TouchpointRecord]
    public var items: [ItemRecord]

    public struct PersonaName: Equatable, Sendable {
        public var id: String
        public var name: String
    }

    public init(personas: [PersonaName] = [], touchpoints: [TouchpointRecord] = [], items: [ItemRecord] = []) {
        self.personas = personas
        self.touchpoints = touchpoints
        self.items = items
    }
}

public struct TouchpointRecord: Equatable, Sendable {
    public var stageID: String
    public var stage: String
    public var id: String
    public var name: String
    /// The channel's name, "" for none.
    public var channel: String
    /// The Owner lane's text.
    public var owner: String
    public var momentOfTruth: Bool
    /// Score per persona id.
    public var emotion: SmallMap<String, Double>
    public var metrics: SmallMap<Metric, Double>
    public var evidence: EvidenceLevel
    /// Another map this touchpoint opens into, as written.
    public var link: String?
}

public struct ItemRecord: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case pain, opportunity, quote

        public var laneKind: LaneKind {
            switch self {
            case .pain: .painPoints
            case .opportunity: .opportunities
            case .quote: .quotes
            }
        }

        public var noun: String { laneKind.itemNoun ?? rawValue }
    }

    public var kind: Kind
    /// Index of its touchpoint in `MapRecords.touchpoints`.
    public var touchpoint: Int
    public var id: String
    public var text: String
    /// Its own owner, else its touchpoint's Owner lane.
    public var owner: String
    public var impact: Int?
    public var effort: Int?
    public var votes: Int
    public var status: ItemStatus?
    public var due: String?
    public var evidence: EvidenceLevel

    /// Impact × (6 − effort), as the insights rank it.
    public var priority: Int? { Insight.priority(impact: impact, effort: effort) }
}

extension MapRecords {
    public init(_ map: JourneyMap) {
        personas = map.personas.map { PersonaName(id: $0.id, name: $0.name) }
        touchpoints = []
        items = []
        touchpoints.reserveCapacity(map.touchpointCount)
        let ownerLane = map.ownerLane
        for stage in map.stages {
            for touchpoint in stage.touchpoints {
                let owner = JourneyMap.owner(of: touchpoint, in: ownerLane)
                let index = touchpoints.count
                touchpoints.append(TouchpointRecord(
                    stageID: stage.id, stage: stage.name, id: touchpoint.id, name: touchpoint.name,
                    channel: map.channel(id: touchpoint.channel)?.name ?? "", owner: owner,
                    momentOfTruth: touchpoint.momentOfTruth, emotion: touchpoint.emotion,
                    metrics: SmallMap(touchpoint.metrics.figures.map { ($0.metric, $0.value) }),
                    evidence: touchpoint.evidence.level(in: map.sources), link: touchpoint.link))
                for kind in ItemRecord.Kind.allCases {
                    for item in touchpoint.items(of: kind.laneKind) ?? [] {
                        items.append(ItemRecord(
                            kind: kind, touchpoint: index, id: item.id, text: item.text,
                            owner: item.owner.isEmpty ? owner : item.owner, impact: item.impact, effort: item.effort,
                            votes: item.votes, status: item.status, due: item.due,
                            evidence: item.evidence.level(in: map.sources)))
                    }
                }
            }
        }
    }
}
