/// The edits of the metrics view: a dated measurement, a target, and taking
/// a measurement away. Each holds its number to the metric's rule and its
/// day to `CalendarDay`; `touchpoint` nil means the stage itself.
extension Edits {
    public static func recordMeasurement(_ map: JourneyMap, stage: Int, touchpoint: Int?, _ metric: Metric, _ value: Double,
                                         on day: String) -> Result<Transaction?, RuleViolation> {
        guard CalendarDay.isValid(day) else {
            return .failure(RuleViolation(description: "“\(DisplayText.singleLine(DisplayText.visible(day, columns: 40)))” is not "
                                              + CalendarDay.expected, reason: "not a day"))
        }
        return RuleBook.check(value, for: .metric(metric)).map { checked in
            updateMetrics(map, stage: stage, touchpoint: touchpoint) { $0.record(metric, checked ?? value, on: day) }
        }
    }

    /// Nil clears the target.
    public static func setTarget(_ map: JourneyMap, stage: Int, touchpoint: Int?, _ metric: Metric,
                                 to value: Double?) -> Result<Transaction?, RuleViolation> {
        RuleBook.check(value, for: .metric(metric)).map { value in
            updateMetrics(map, stage: stage, touchpoint: touchpoint) { $0.targets[metric] = value }
        }
    }

    /// Takes away the measurement of a day. When it was the latest, the one
    /// before it (if any) becomes the current value again.
    public static func removeMeasurement(_ map: JourneyMap, stage: Int, touchpoint: Int?, _ metric: Metric,
                                         on day: String) -> Transaction? {
        updateMetrics(map, stage: stage, touchpoint: touchpoint) { metrics in
            guard var series = metrics.history[metric], let place = series.firstIndex(where: { $0.day == day }) else { return }
            let wasLatest = place == series.count - 1
            series.remove(at: place)
            metrics.history[metric] = series.isEmpty ? nil : series
            if wasLatest, let latest = series.last { metrics[metric] = latest.value }
        }
    }

    static func updateMetrics(_ map: JourneyMap, stage: Int, touchpoint: Int?, _ update: (inout Metrics) -> Void) -> Transaction? {
        guard let touchpoint else { return updateStage(map, stage) { update(&$0.metrics) } }
        return updateTouchpoint(map, stage: stage, index: touchpoint) { update(&$0.metrics) }
    }
}
