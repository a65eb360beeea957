/// A current-state map beside its future state, stage by stage (stages
/// matched by id, then by name): each persona's emotion per stage in both,
/// the touchpoints added, removed and changed (by id, as `journey diff`
/// finds them), and the current pain points each future opportunity is
/// meant to remove (`Item.removes`).
public struct MapComparison: Sendable {
    public struct StagePair: Sendable {
        public var current: Stage?
        public var future: Stage?
        public var name: String { future?.name ?? current?.name ?? "" }
        /// The touchpoints added, removed and changed here.
        public var changes: [TouchpointChange] = []
    }

    public struct PersonaPair: Sendable {
        public var name: String
        public var current: String?
        public var future: String?
    }

    public struct TouchpointChange: Equatable, Sendable {
        public enum Kind: Sendable { case added, removed, changed }
        public var kind: Kind
        public var name: String
        /// For a change: what differs ("renamed from …", "channel", a lane's name, "emotion: Maya").
        public var what: [String] = []
    }

    /// A future opportunity and the current pain points it is meant to remove.
    public struct Removal: Equatable, Sendable {
        public var opportunity: String
        public var place: String
        /// Each pain point's text and place; one the current state does not hold is named by its id.
        public var painPoints: [(text: String, place: String?)]

        public static func == (a: Removal, b: Removal) -> Bool {
            a.opportunity == b.opportunity && a.place == b.place
                && a.painPoints.map(\.text) == b.painPoints.map(\.text) && a.painPoints.map(\.place) == b.painPoints.map(\.place)
        }
    }

    public let currentMap: JourneyMap
    public let futureMap: JourneyMap
    public private(set) var stages: [StagePair] = []
    public private(set) var personas: [PersonaPair] = []
    public private(set) var removals: [Removal] = []
    /// One scale for both curves: the span of both maps' scales.
    public var scale: (min: Int, max: Int) {
        (Swift.min(currentMap.emotionScale.min, futureMap.emotionScale.min),
         Swift.max(currentMap.emotionScale.max, futureMap.emotionScale.max))
    }

    public init(current: JourneyMap, future: JourneyMap) {
        currentMap = current
        futureMap = future
        stages = Self.pairs(current.stages, future.stages, id: \.id, name: \.name).map { StagePair(current: $0, future: $1) }
        personas = Self.pairs(current.personas, future.personas, id: \.id, name: \.name).map { a, b in
            PersonaPair(name: b?.name ?? a?.name ?? "", current: a?.id, future: b?.id)
        }
        placeChanges()
        removals = Self.removals(current: current, future: future)
    }

    /// The persona's average score over the stage's touchpoints, in one map or the other; nil when none is scored.
    public func emotion(_ persona: PersonaPair, stage: Int, future: Bool) -> Double? {
        guard let id = future ? persona.future : persona.current,
              let touchpoints = (future ? stages[stage].future : stages[stage].current)?.touchpoints else { return nil }
        let scores = touchpoints.compactMap { $0.emotion[id] }
        return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
    }

    /// Things of two lists side by side, in the second's order then the first's leftovers: matched by id, then by name.
    static func pairs<T>(_ old: [T], _ new: [T], id: (T) -> String, name: (T) -> String) -> [(T?, T?)] {
        var left = Array(old.indices)
        var out: [(T?, T?)] = []
        for thing in new {
            let match = left.firstIndex { id(old[$0]) == id(thing) }
                ?? left.firstIndex { name(old[$0]).lowercased() == name(thing).lowercased() }
            out.append((match.map { old[left[$0]] }, thing))
            if let match { left.remove(at: match) }
        }
        return out + left.map { (old[$0], nil) }
    }

    /// `journey diff`'s touchpoint lines, one per touchpoint, in the stage each is in (where it was, if removed).
    private mutating func placeChanges() {
        var byTouchpoint: [String: Int] = [:]
        // Which pair of stages a touchpoint is in, in either map: one that stays in its pair (its stage's id changed,
        // its name did not) has not moved.
        var pairOf: (current: [String: Int], future: [String: Int]) = ([:], [:])
        for (s, pair) in stages.enumerated() {
            for touchpoint in pair.current?.touchpoints ?? [] { pairOf.current[touchpoint.id] = s }
            for touchpoint in pair.future?.touchpoints ?? [] { pairOf.future[touchpoint.id] = s }
        }
        for difference in MapDiff.compare(currentMap, futureMap) where difference.subject == "touchpoint" && difference.ids.count == 2 {
            let (stageID, id) = (difference.ids[0], difference.ids[1])
            if difference.kind == .moved, difference.field == "stage", pairOf.current[id] == pairOf.future[id] { continue }
            let isNew = difference.kind != .removed
            guard let s = stages.firstIndex(where: { (isNew ? $0.future?.id : $0.current?.id) == stageID })
                ?? stages.firstIndex(where: { $0.future?.id == stageID || $0.current?.id == stageID }) else { continue }
            switch difference.kind {
            case .added: stages[s].changes.append(TouchpointChange(kind: .added, name: difference.new ?? ""))
            case .removed: stages[s].changes.append(TouchpointChange(kind: .removed, name: difference.old ?? ""))
            case .renamed, .moved, .changed:
                let what = difference.kind == .renamed ? "renamed from “\(difference.old ?? "")”"
                    : difference.kind == .moved ? (difference.field == "stage" ? "moved from \(difference.old ?? "")" : "moved")
                    : difference.field ?? "changed"
                if let k = byTouchpoint[id], stages[s].changes.indices.contains(k), stages[s].changes[k].kind == .changed {
                    // Scores of several personas: "emotion: Maya, Tom".
                    let emotion = "emotion: "
                    if what.hasPrefix(emotion), let e = stages[s].changes[k].what.firstIndex(where: { $0.hasPrefix(emotion) }) {
                        stages[s].changes[k].what[e] += ", " + what.dropFirst(emotion.count)
                    } else if !stages[s].changes[k].what.contains(what) {
                        stages[s].changes[k].what.append(what)
                    }
                } else {
                    let name = futureMap.locate(touchpoint: id).map { futureMap.stages[$0.stage].touchpoints[$0.index].name } ?? id
                    byTouchpoint[id] = stages[s].changes.count
                    stages[s].changes.append(TouchpointChange(kind: .changed, name: name, what: [what]))
                }
            }
        }
    }

    static func removals(current: JourneyMap, future: JourneyMap) -> [Removal] {
        var pains: [String: (text: String, place: String)] = [:]
        for stage in current.stages {
            for touchpoint in stage.touchpoints {
                for pain in touchpoint.painPoints { pains[pain.id] = (pain.text, stage.name + " › " + touchpoint.name) }
            }
        }
        return future.stages.flatMap { stage in
            stage.touchpoints.flatMap { touchpoint in
                touchpoint.opportunities.filter { !$0.removes.isEmpty }.map { opportunity in
                    Removal(opportunity: opportunity.text, place: stage.name + " › " + touchpoint.name,
                            painPoints: opportunity.removes.map { id in pains[id].map { ($0.text, $0.place) } ?? (id, nil) })
                }
            }
        }
    }
}
