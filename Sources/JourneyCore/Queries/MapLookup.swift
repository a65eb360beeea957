/// Finding things by id. Positions go stale when the map changes in
/// between (an undo, a reload, a recovered journal); ids do not.
extension JourneyMap {
    public func stageIndex(id: String) -> Int? { stages.firstIndex { $0.id == id } }

    /// The stage and position of a touchpoint: a scan, so for edits, not for every frame.
    public func locate(touchpoint id: String) -> (stage: Int, index: Int)? {
        for (s, stage) in stages.enumerated() {
            if let i = stage.touchpoints.firstIndex(where: { $0.id == id }) { return (s, i) }
        }
        return nil
    }

    public func touchpoint(id: String) -> Touchpoint? {
        locate(touchpoint: id).map { stages[$0.stage].touchpoints[$0.index] }
    }

    public func laneIndex(id: String) -> Int? { lanes.firstIndex { $0.id == id } }
    public func personaIndex(id: String) -> Int? { personas.firstIndex { $0.id == id } }
}
