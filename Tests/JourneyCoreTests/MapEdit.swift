@testable import JourneyCore

/// Edits by id, for merge tests: each applies to any map that has its
/// targets, so "apply both sides' edits" has one meaning.
enum MapEdit {
    case title(String)
    case addLane(Lane)
    case renameStage(String, String)
    case insertStage(Stage, after: String)
    case deleteStage(String)
    case setText(touchpoint: String, lane: String, String)
    case rename(touchpoint: String, String)
    case setEmotion(touchpoint: String, persona: String, Double)
    case insert(Touchpoint, stage: String, after: String?)
    case delete(touchpoint: String)
    case move(touchpoint: String, stage: String, after: String?)

    func apply(to map: inout JourneyMap) {
        switch self {
        case .title(let title): map.title = title
        case .addLane(let lane): map.lanes.append(lane)
        case .renameStage(let id, let name): map.stages[map.stageIndex(id: id)!].name = name
        case .insertStage(let stage, let after): map.stages.insert(stage, at: map.stageIndex(id: after)! + 1)
        case .deleteStage(let id): map.stages.remove(at: map.stageIndex(id: id)!)
        case .setText(let id, let lane, let text): Self.update(&map, id) { $0.text[lane] = text }
        case .rename(let id, let name): Self.update(&map, id) { $0.name = name }
        case .setEmotion(let id, let persona, let score): Self.update(&map, id) { $0.emotion[persona] = score }
        case .insert(let touchpoint, let stage, let after): Self.put(touchpoint, &map, stage, after)
        case .delete(let id):
            let (s, i) = map.locate(touchpoint: id)!
            map.stages[s].touchpoints.remove(at: i)
        case .move(let id, let stage, let after):
            let (s, i) = map.locate(touchpoint: id)!
            let touchpoint = map.stages[s].touchpoints.remove(at: i)
            Self.put(touchpoint, &map, stage, after)
        }
    }

    static func update(_ map: inout JourneyMap, _ id: String, _ change: (inout Touchpoint) -> Void) {
        let (s, i) = map.locate(touchpoint: id)!
        change(&map.stages[s].touchpoints[i])
    }

    static func put(_ touchpoint: Touchpoint, _ map: inout JourneyMap, _ stage: String, _ after: String?) {
        let s = map.stageIndex(id: stage)!
        let at = after.map { a in map.stages[s].touchpoints.firstIndex { $0.id == a }! + 1 } ?? 0
        map.stages[s].touchpoints.insert(touchpoint, at: at)
    }

    static func applying(_ edits: [MapEdit], to map: JourneyMap) -> JourneyMap {
        var result = map
        for edit in edits { edit.apply(to: &result) }
        return result
    }
}
