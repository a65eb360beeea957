/// The map without its stages: what `Change.setInfo` replaces as a whole.
/// Personas, channels and lanes are short lists, so copying them is cheap.
public struct MapInfo: Equatable, Sendable {
    public var title: String
    public var objectives: Objectives
    public var personas: [Persona]
    public var channels: [Channel]
    public var lanes: [Lane]
    public var emotionScale: EmotionScale
    public var conflicts: [MergeConflict]
    public var parkingLot: [Item]
    public var votingRounds: [VotingRecord]
    public var sources: [Source]
    public var futureOf: String?
    public var extra: Extra
}

/// A stage without its touchpoints.
public struct StageInfo: Equatable, Sendable {
    public var id: String
    public var name: String
    public var goal: String
    public var metrics: Metrics
    public var extra: Extra
}

extension JourneyMap {
    public var info: MapInfo {
        get { MapInfo(title: title, objectives: objectives, personas: personas, channels: channels, lanes: lanes,
                      emotionScale: emotionScale, conflicts: conflicts, parkingLot: parkingLot, votingRounds: votingRounds,
                      sources: sources, futureOf: futureOf, extra: extra) }
        set {
            title = newValue.title
            objectives = newValue.objectives
            personas = newValue.personas
            channels = newValue.channels
            lanes = newValue.lanes
            emotionScale = newValue.emotionScale
            conflicts = newValue.conflicts
            parkingLot = newValue.parkingLot
            votingRounds = newValue.votingRounds
            sources = newValue.sources
            futureOf = newValue.futureOf
            extra = newValue.extra
        }
    }
}

extension Stage {
    public var info: StageInfo {
        get { StageInfo(id: id, name: name, goal: goal, metrics: metrics, extra: extra) }
        set {
            id = newValue.id
            name = newValue.name
            goal = newValue.goal
            metrics = newValue.metrics
            extra = newValue.extra
        }
    }
}

/// One step of an edit, holding what it needs to be undone: every change
/// has an exact inverse. Positions are indices, valid in the map the change
/// applies to; a transaction's inverse applies its inverses in reverse.
public enum Change: Equatable, Sendable {
    case setInfo(from: MapInfo, to: MapInfo)
    case setStage(index: Int, from: StageInfo, to: StageInfo)
    case insertStage(index: Int, stage: Stage)
    case removeStage(index: Int, stage: Stage)
    case setTouchpoint(stage: Int, index: Int, from: Touchpoint, to: Touchpoint)
    case insertTouchpoint(stage: Int, index: Int, touchpoint: Touchpoint)
    case removeTouchpoint(stage: Int, index: Int, touchpoint: Touchpoint)

    public var inverse: Change {
        switch self {
        case .setInfo(let from, let to): .setInfo(from: to, to: from)
        case .setStage(let index, let from, let to): .setStage(index: index, from: to, to: from)
        case .insertStage(let index, let stage): .removeStage(index: index, stage: stage)
        case .removeStage(let index, let stage): .insertStage(index: index, stage: stage)
        case .setTouchpoint(let stage, let index, let from, let to): .setTouchpoint(stage: stage, index: index, from: to, to: from)
        case .insertTouchpoint(let stage, let index, let t): .removeTouchpoint(stage: stage, index: index, touchpoint: t)
        case .removeTouchpoint(let stage, let index, let t): .insertTouchpoint(stage: stage, index: index, touchpoint: t)
        }
    }

    /// Applies the change. The map must be the one the change was made for:
    /// a mismatch is a programming error, caught here rather than corrupting the map.
    public func apply(to map: inout JourneyMap) {
        switch self {
        case .setInfo(let from, let to):
            precondition(map.info == from, "setInfo applied to a different map")
            map.info = to
        case .setStage(let index, let from, let to):
            precondition(map.stages[index].info == from, "setStage applied to a different stage")
            map.stages[index].info = to
        case .insertStage(let index, let stage):
            map.stages.insert(stage, at: index)
        case .removeStage(let index, let stage):
            precondition(map.stages[index] == stage, "removeStage applied to a different stage")
            map.stages.remove(at: index)
        case .setTouchpoint(let stage, let index, let from, let to):
            precondition(map.stages[stage].touchpoints[index] == from, "setTouchpoint applied to a different touchpoint")
            map.stages[stage].touchpoints[index] = to
        case .insertTouchpoint(let stage, let index, let touchpoint):
            map.stages[stage].touchpoints.insert(touchpoint, at: index)
        case .removeTouchpoint(let stage, let index, let touchpoint):
            precondition(map.stages[stage].touchpoints[index] == touchpoint, "removeTouchpoint applied to a different touchpoint")
            map.stages[stage].touchpoints.remove(at: index)
        }
    }
}

/// A user's edit: changes applied in order, undone as one step.
public struct Transaction: Equatable, Sendable {
    public var changes: [Change]

    public init(_ changes: [Change]) { self.changes = changes }

    public var isEmpty: Bool { changes.isEmpty }
    public var inverse: Transaction { Transaction(changes.reversed().map(\.inverse)) }

    public func apply(to map: inout JourneyMap) {
        for change in changes { change.apply(to: &map) }
    }
}
