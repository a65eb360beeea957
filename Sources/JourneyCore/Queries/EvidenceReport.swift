/// What the map's claims rest on: for each source, what cites it; the
/// claims that rest on nothing, the weightiest first; the levels per stage.
/// The evidence view, `journey show`, the grid's marks and `journey check`
/// all read it. A map that records no source yet is not judged: `tracked` is false.
public struct EvidenceReport: Sendable {
    /// One claim, with what a reader needs to find it.
    public struct Entry: Equatable, Sendable {
        public var claim: Claim
        public var stage: String
        public var stageID: String
        public var touchpoint: String?
        public var touchpointID: String?
        /// What it is: "touchpoint", "pain point", "Thoughts", "parked idea".
        public var noun: String
        /// The touchpoint's name or the item's text.
        public var text: String
        public var level: EvidenceLevel
        /// The existing sources it cites.
        public var sources: [String]
        public var momentOfTruth = false
        public var priority: Int?

        /// Cites no source that exists (whatever level someone said).
        public var citesNothing: Bool { sources.isEmpty }

        /// "Purchase › Checkout: pain point “Shipping fee appears only at the final step”".
        public var place: String {
            let at = [stage, touchpoint].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " › ")
            let what = noun == "touchpoint" ? "touchpoint" : "\(noun) “\(text)”"
            return DisplayText.singleLine(at.isEmpty ? what : "\(at): \(what)")
        }
    }

    public var tracked: Bool
    public var sources: [Source]
    /// Every touchpoint, cited lane text and item, in the map's order.
    public var entries: [Entry]
    /// By source id: the entries that cite it, in the map's order.
    public var backs: [String: [Entry]]
    /// Claims with a level of their own (lane texts take their touchpoint's).
    public var claims: [Entry]
    /// What rests on nothing, the weightiest first (see `unbacked(_:)`).
    public var unbacked: [Entry]
    /// How many claims are at each level.
    public var levels: [EvidenceLevel: Int]

    public init(_ map: JourneyMap) {
        tracked = !map.sources.isEmpty
        sources = map.sources
        let known = Set(map.sources.map(\.id))
        var entries: [Entry] = []
        func entry(_ claim: Claim, _ evidence: Evidence, noun: String, text: String, stage: Stage?, touchpoint: Touchpoint?,
                   priority: Int? = nil) {
            entries.append(Entry(claim: claim, stage: stage?.name ?? "", stageID: stage?.id ?? "", touchpoint: touchpoint?.name,
                                 touchpointID: touchpoint?.id, noun: noun, text: text, level: evidence.level(in: map.sources),
                                 sources: evidence.sources.filter(known.contains), momentOfTruth: touchpoint?.momentOfTruth == true
                                     && noun == "touchpoint", priority: priority))
        }
        let textLanes = map.lanes.filter(\.kind.holdsText)
        for (s, stage) in map.stages.enumerated() {
            for (i, t) in stage.touchpoints.enumerated() {
                entry(.touchpoint(stage: s, index: i), t.evidence, noun: "touchpoint", text: t.name, stage: stage, touchpoint: t)
                for lane in textLanes {
                    guard let cited = t.laneSources[lane.id], !cited.isEmpty else { continue }
                    entry(.laneText(stage: s, index: i, lane: lane.id), Evidence(sources: cited), noun: lane.name,
                          text: t.text[lane.id] ?? "", stage: stage, touchpoint: t)
                }
                for kind in LaneKind.itemLists {
                    for (n, item) in (t.items(of: kind) ?? []).enumerated() {
                        entry(.item(stage: s, index: i, kind: kind, item: n), item.evidence, noun: kind.itemNoun ?? "item",
                              text: item.text, stage: stage, touchpoint: t,
                              priority: kind == .quotes ? nil : Insight.priority(of: item))
                    }
                }
            }
        }
        for (n, idea) in map.parkingLot.enumerated() {
            entry(.parked(item: n), idea.evidence, noun: "parked idea", text: idea.text, stage: nil, touchpoint: nil)
        }
        self.entries = entries
        var backs: [String: [Entry]] = [:]
        for entry in entries {
            for id in entry.sources { backs[id, default: []].append(entry) }
        }
        self.backs = backs
        claims = entries.filter(\.claim.hasLevel)
        unbacked = Self.unbacked(claims)
        levels = claims.reduce(into: [:]) { $0[$1.level, default: 0] += 1 }
    }

    /// The claims that rest on nothing: moments of truth first, then
    /// high-priority pain points, then the other touchpoints, then the other
    /// items by priority; ties in the map's order.
    static func unbacked(_ claims: [Entry]) -> [Entry] {
        func rank(_ entry: Entry) -> Int {
            if entry.momentOfTruth { return 0 }
            if entry.noun == "pain point", entry.priority.map(Insight.isHighPriority) == true { return 1 }
            return entry.noun == "touchpoint" ? 2 : 3
        }
        // The ranks and priorities are worked out once and the sort moves small values: sorting the entries
        // themselves copied and retained their texts at every step (a third of a 600-touchpoint map's check).
        let keys = claims.indices.filter { claims[$0].level == .assumed }
            .map { (rank: rank(claims[$0]), priority: claims[$0].priority ?? 0, offset: $0) }
        return keys.sorted { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            if a.rank != 2, a.priority != b.priority { return a.priority > b.priority }
            return a.offset < b.offset
        }.map { claims[$0.offset] }
    }


    /// A stage's claims (its touchpoints and their items) and how many of them are assumed.
    public func assumptions(inStage id: String) -> (assumed: Int, total: Int) {
        let mine = claims.filter { $0.stageID == id }
        return (mine.count { $0.level == .assumed }, mine.count)
    }
}

extension Insight {
    /// From this priority up (of 25) a pain point is high priority: what `journey check` wants backed by research.
    public static let highPriority = 15

    public static func isHighPriority(_ priority: Int) -> Bool { priority >= highPriority }

    /// Impact × (6 − effort), as `priority` says; nil unless both are rated.
    static func priority(of item: Item) -> Int? { priority(impact: item.impact, effort: item.effort) }

    public static func priority(impact: Int?, effort: Int?) -> Int? {
        guard let impact, let effort else { return nil }
        return impact * (6 - effort)
    }
}
