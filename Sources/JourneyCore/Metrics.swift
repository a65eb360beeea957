/// The figures of a stage or touchpoint, by metric. What each metric means
/// and allows is in the `Metric` table; `extra` keeps members of the file's
/// metrics object that this version does not know.
public struct Metrics: Equatable, Sendable {
    private var values: [Metric: Double]
    public var extra: Extra

    public init(_ values: [Metric: Double] = [:], extra: Extra = [:]) {
        self.values = values
        self.extra = extra
    }

    public subscript(metric: Metric) -> Double? {
        get { values[metric] }
        set { values[metric] = newValue }
    }

    /// True when no metric has a value (unknown members may still be kept).
    public var isEmpty: Bool { values.isEmpty }

    /// The metrics that have a value, in the table's order.
    public var figures: [(metric: Metric, value: Double)] {
        Metric.allCases.compactMap { metric in values[metric].map { (metric, $0) } }
    }
}
