@testable import JourneyCore
import JourneyTestSupport

enum RandomMaps {
    static let words = ["ad", "shop", "cart", "pay", "mail", "chat", "app", "store", "call", "日本", "café", "🎉"]

    static func text(_ r: inout SeededRandom) -> String {
        (0..<Int.random(in: 1...4, using: &r)).map { _ in words.randomElement(using: &r)! }.joined(separator: " ")
    }

    static func map(_ r: inout SeededRandom) -> JourneyMap {
        var map = BlankMap.make(title: text(&r))
        map.channels = BlankMap.commonChannels
        map.personas.append(Persona(id: "p2", name: "Second"))
        for s in map.stages.indices {
            for i in 0..<Int.random(in: 0...4, using: &r) {
                var t = Touchpoint(id: "t\(s)-\(i)", name: text(&r), channel: map.channels.randomElement(using: &r)!.id)
                if Bool.random(using: &r) { t.text["actions"] = text(&r) }
                if Bool.random(using: &r) { t.emotion["persona-1"] = Double(Int.random(in: -2...2, using: &r)) }
                map.stages[s].touchpoints.append(t)
            }
        }
        return map
    }

    /// A random edit that is valid for `map`, as a user could make it.
    static func edit(_ map: JourneyMap, _ r: inout SeededRandom) -> Transaction? {
        let positions = map.stages.indices.flatMap { s in map.stages[s].touchpoints.indices.map { (s, $0) } }
        switch Int.random(in: 0..<12, using: &r) {
        case 0:
            return Edits.updateInfo(map) { $0.title = text(&r) }
        case 1:
            return Edits.updateInfo(map) { info in
                info.lanes.append(Lane(id: IDs.fresh("lane", taken: map.allIDs), kind: .text, name: text(&r)))
            }
        case 2:
            guard !map.stages.isEmpty else { fallthrough }
            let s = Int.random(in: 0..<map.stages.count, using: &r)
            return Edits.updateStage(map, s) { $0.name = text(&r) }
        case 3:
            let stage = Stage(id: IDs.fresh("st", taken: map.allIDs), name: text(&r))
            return Transaction([.insertStage(index: Int.random(in: 0...map.stages.count, using: &r), stage: stage)])
        case 4:
            guard map.stages.count > 1 else { return nil }
            let s = Int.random(in: 0..<map.stages.count, using: &r)
            return Transaction([.removeStage(index: s, stage: map.stages[s])])
        case 5:
            guard !map.stages.isEmpty else { return nil }
            let s = Int.random(in: 0..<map.stages.count, using: &r)
            return Edits.insertTouchpoint(map, stage: s, at: Int.random(in: 0...map.stages[s].touchpoints.count, using: &r),
                                          name: text(&r)).0
        case 6:
            guard let (s, i) = positions.randomElement(using: &r) else { return nil }
            return Edits.deleteTouchpoint(map, stage: s, index: i)
        case 7:
            guard let (s, i) = positions.randomElement(using: &r) else { return nil }
            return Edits.moveTouchpoint(map, stage: s, index: i, by: Bool.random(using: &r) ? 1 : -1)?.0
        case 8:
            guard let (s, i) = positions.randomElement(using: &r) else { return nil }
            return try? Edits.setEmotion(map, stage: s, index: i, persona: Bool.random(using: &r) ? "persona-1" : "p2",
                                         score: Double(Int.random(in: -2...2, using: &r))).get()
        case 10:
            return Edits.addSource(map, kind: Source.Kind.allCases.randomElement(using: &r)!, title: text(&r))?.0
        case 11:
            // Evidence: a citation made or taken back, or a level said, on a touchpoint or its Actions text.
            guard let (s, i) = positions.randomElement(using: &r), let source = map.sources.randomElement(using: &r) else { return nil }
            let claim: Claim = Bool.random(using: &r) ? .touchpoint(stage: s, index: i) : .laneText(stage: s, index: i, lane: "actions")
            if Int.random(in: 0..<4, using: &r) == 0 {
                return Edits.setEvidenceLevel(map, claim, to: EvidenceLevel.allCases.randomElement(using: &r))
            }
            return Edits.cite(map, claim, source: source.id, cited: Int.random(in: 0..<3, using: &r) > 0)
        default:
            guard let (s, i) = positions.randomElement(using: &r) else { return nil }
            return Edits.setText(map, stage: s, index: i, lane: Bool.random(using: &r) ? "actions" : "thoughts", text: text(&r))
        }
    }
}
