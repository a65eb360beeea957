import Synchronization
import JourneyCore

/// Which metrics the KPI table has columns for: those any stage or touchpoint
/// tracks. Finding out walks every touchpoint, 20 ms on a 20,000-touchpoint
/// map, too slow for every frame; so what each stage's touchpoints track is
/// remembered with the touchpoints it was found in, and a stage is walked
/// again only when its touchpoints are no longer the same (an unchanged
/// array compares equal at once: it is the same storage). Kept in the
/// view's state, shared by its copies, never part of its equality.
public final class MetricsColumns: @unchecked Sendable, Equatable {
    public init() {}

    public static func == (lhs: MetricsColumns, rhs: MetricsColumns) -> Bool { true }

    private struct Found {
        var touchpoints: [Touchpoint]
        var seen: UInt16
    }

    /// By stage id.
    private let found = Mutex<[String: Found]>([:])

    public func columns(_ map: JourneyMap) -> [Metric] {
        let seen = found.withLock { found in
            var seen: UInt16 = 0
            var kept: [String: Found] = [:]
            for stage in map.stages {
                seen |= Self.look(stage.metrics)
                if let before = found[stage.id], before.touchpoints == stage.touchpoints {
                    kept[stage.id] = before
                } else {
                    kept[stage.id] = Found(touchpoints: stage.touchpoints,
                                           seen: stage.touchpoints.indices.reduce(0) { $0 | Self.look(stage.touchpoints[$1].metrics) })
                }
                seen |= kept[stage.id]!.seen
            }
            // Only the stages of the latest map are kept, so an old map's touchpoints are not held for long.
            found = kept
            return seen
        }
        return Metric.allCases.enumerated().filter { seen & (1 << $0.offset) != 0 }.map(\.element)
    }

    private static func look(_ metrics: Metrics) -> UInt16 {
        if metrics.isEmpty { return 0 }
        var seen: UInt16 = 0
        for (bit, metric) in Metric.allCases.enumerated()
        where metrics[metric] != nil || metrics.targets[metric] != nil || metrics.history[metric] != nil {
            seen |= 1 << bit
        }
        return seen
    }
}
