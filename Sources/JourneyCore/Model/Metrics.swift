/// The figures of a stage or touchpoint, by metric: the current value, an
/// optional target, and dated measurements that show the trend. What each
/// metric means and allows is in the `Metric` table; the `extra` members keep
/// what this version does not know, so a save writes it back.
public struct Metrics: Equatable, Sendable {
    private var values: SmallMap<Metric, Double>
    /// What few figures carry, behind one reference that is nil when all of it
    /// is empty: every touchpoint holds a `Metrics`, and five empty members
    /// inline would cost each 40 bytes.
    private var seldom: Boxed<Seldom>?

    private struct Seldom: Equatable, Sendable {
        var targets: [Metric: Double] = [:]
        var history: [Metric: [Measurement]] = [:]
        var extra: Extra = [:]
        var targetsExtra: Extra = [:]
        var historyExtra: Extra = [:]

        var isEmpty: Bool {
            targets.isEmpty && history.isEmpty && extra.isEmpty && targetsExtra.isEmpty && historyExtra.isEmpty
        }
    }

    private indirect enum Boxed<Value: Equatable & Sendable>: Equatable, Sendable {
        case value(Value)
    }

    private var rest: Seldom {
        get {
            guard case .value(let rest) = seldom else { return Seldom() }
            return rest
        }
        set { seldom = newValue.isEmpty ? nil : .value(newValue) }
    }

    public var targets: [Metric: Double] {
        get { rest.targets }
        set { rest.targets = newValue }
    }
    /// Measurements per metric, oldest first, at most one per day.
    public var history: [Metric: [Measurement]] {
        get { rest.history }
        set { rest.history = newValue }
    }
    public var extra: Extra {
        get { rest.extra }
        set { rest.extra = newValue }
    }
    public var targetsExtra: Extra {
        get { rest.targetsExtra }
        set { rest.targetsExtra = newValue }
    }
    public var historyExtra: Extra {
        get { rest.historyExtra }
        set { rest.historyExtra = newValue }
    }

    public init(_ values: SmallMap<Metric, Double> = [:], extra: Extra = [:]) {
        self.values = values
        self.extra = extra
    }

    public subscript(metric: Metric) -> Double? {
        get { values[metric] }
        set { values[metric] = newValue }
    }

    /// True when nothing is held: no value, target, measurement or unknown member.
    public var isEmpty: Bool { values.isEmpty && seldom == nil }

    /// The metrics that have a value, in the table's order (the small map's).
    public var figures: [(metric: Metric, value: Double)] { values.map { ($0.key, $0.value) } }

    /// The metrics with a value, a target or a measurement, in the table's order.
    public var tracked: [Metric] {
        Metric.allCases.filter { values[$0] != nil || targets[$0] != nil || !(history[$0] ?? []).isEmpty }
    }

    /// Records a measurement, replacing one of the same day. The latest
    /// measurement is the metric's current value.
    public mutating func record(_ metric: Metric, _ value: Double, on day: String) {
        record(metric, Measurement(day: day, value: value))
    }

    public mutating func record(_ metric: Metric, _ measurement: Measurement) {
        // The series is taken out of the box first, so it is changed in place: an import
        // records thousands of days into one series, and a copy each time made that quadratic.
        var rest = self.rest
        seldom = nil
        var series = rest.history.removeValue(forKey: metric) ?? []
        let place = Self.place(of: measurement.day, in: series)
        if place < series.count && series[place].day == measurement.day {
            series[place] = measurement
        } else {
            series.insert(measurement, at: place)
        }
        rest.history[metric] = series
        self.rest = rest
        if place == series.count - 1 { values[metric] = measurement.value }
    }

    /// The measurement of a day, if there is one.
    public func measurement(of metric: Metric, on day: String) -> Measurement? {
        guard let series = history[metric] else { return nil }
        let place = Self.place(of: day, in: series)
        return place < series.count && series[place].day == day ? series[place] : nil
    }

    /// Where a day is, or goes, in a series oldest first: the first measurement not before it.
    private static func place(of day: String, in series: [Measurement]) -> Int {
        var (low, high) = (0, series.count)
        while low < high {
            let middle = (low + high) / 2
            if series[middle].day < day { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// One dated value of a metric, and where it came from when it was computed
/// from research (a survey's responses).
public struct Measurement: Equatable, Sendable {
    /// YYYY-MM-DD (see `CalendarDay`).
    public var day: String
    public var value: Double
    /// How many responses it was computed from.
    public var responses: Int?
    /// The id of the source it came from.
    public var source: String?

    public init(day: String, value: Double, responses: Int? = nil, source: String? = nil) {
        self.day = day
        self.value = value
        self.responses = responses
        self.source = source
    }
}
