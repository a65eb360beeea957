/// The stages as a funnel: each stage's reach, and between two stages that
/// both have one, how many went on and how many left. Walks the stages only,
/// never the touchpoints, so it costs the same on any size of map.
public struct MetricsFunnel: Equatable, Sendable {
    public struct Level: Equatable, Sendable {
        /// Index into the map's stages.
        public var stage: Int
        public var reach: Double?
    }

    /// From one stage with a reach to the next stage with one.
    public struct Step: Equatable, Sendable {
        public var from: Int
        public var to: Int
        /// Percent of `from`'s reach that reached `to` (over 100 when reach grows down the funnel).
        public var conversion: Double
        /// Percent that left (0 when reach grows).
        public var dropOff: Double
        /// How many customers left.
        public var lost: Double

        /// "12.6% went on, 87.4% left", or "reach grew to 116.3%".
        public var words: String {
            conversion > 100 ? "reach grew to " + MetricsText.percent(conversion)
                : MetricsText.percent(conversion) + " went on, " + MetricsText.percent(dropOff) + " left"
        }
    }

    public var levels: [Level]
    public var steps: [Step]
    /// The largest reach, which the bars are scaled to.
    public var widest: Double
    /// The step where the largest share of customers leaves; the earlier one on a tie.
    public var worst: Step?

    public init(_ map: JourneyMap) {
        levels = map.stages.indices.map { Level(stage: $0, reach: map.stages[$0].metrics[.reach]) }
        widest = levels.compactMap(\.reach).max() ?? 0
        steps = []
        var previous: Level?
        for level in levels {
            guard let reach = level.reach else { continue }
            if let previous, let before = previous.reach, before > 0 {
                let conversion = reach / before * 100
                steps.append(Step(from: previous.stage, to: level.stage, conversion: conversion,
                                  dropOff: max(0, 100 - conversion), lost: max(0, before - reach)))
            }
            previous = level
        }
        worst = steps.filter { $0.dropOff > 0 }.max { $0.dropOff < $1.dropOff || $0.dropOff == $1.dropOff && $0.from > $1.from }
    }

    /// The step into a stage, if the stage and one before it have a reach.
    public func step(into stage: Int) -> Step? { steps.first { $0.to == stage } }
}
