/// One metric of a stage or touchpoint over time: its measurements, oldest
/// first, its current value and its target, and whether the target is met
/// (at or above it, or at or below it for a rate to bring down; see
/// `Metric.lowerIsBetter`).
public struct MetricsTrend: Equatable, Sendable {
    public var metric: Metric
    public var series: [Measurement]
    public var current: Double?
    public var target: Double?

    public init(_ metrics: Metrics, _ metric: Metric) {
        self.metric = metric
        series = metrics.history[metric] ?? []
        current = metrics[metric]
        target = metrics.targets[metric]
    }

    /// The value the target is judged by: the current value, else the latest measurement.
    public var latest: Double? { current ?? series.last?.value }

    /// Worth following: it has a target or a measurement, not a bare value.
    public var isFollowed: Bool { target != nil || !series.isEmpty }

    /// Nil when there is no target or nothing to judge.
    public var isMet: Bool? { latest.flatMap(meets) }

    /// Whether `value` meets the target; nil without one.
    public func meets(_ value: Double) -> Bool? {
        guard let target else { return nil }
        return metric.lowerIsBetter ? value <= target : value >= target
    }

    /// A value with the metric's unit: "59%", "430000".
    public func text(_ value: Double) -> String { MetricsText.number(value) + metric.unit }

    /// "55% → 59%" from the first measurement to the last; nil with fewer than two.
    public var firstToLast: String? {
        guard series.count > 1, let first = series.first, let last = series.last else { return nil }
        return text(first.value) + " → " + text(last.value)
    }

    /// "target 68%: met" or "target 68%: not met"; nil without a target.
    public var targetWords: String? {
        guard let target else { return nil }
        let verdict = isMet.map { $0 ? ": met" : ": not met" } ?? ""
        return "target " + text(target) + verdict
    }
}

extension Metrics {
    /// The trend of each metric with a value, a target or a measurement, in the table's order.
    public var trends: [MetricsTrend] { tracked.map { MetricsTrend(self, $0) } }

    /// The trends worth following (`MetricsTrend.isFollowed`).
    public var followedTrends: [MetricsTrend] { trends.filter(\.isFollowed) }
}
