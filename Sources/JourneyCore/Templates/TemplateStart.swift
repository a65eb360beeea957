/// A map made from a template starts on the day it is made: its review cycle
/// starts then, and its example measurements lead up to it, so that neither
/// `review-overdue` nor `stale-target` greets a new map.
public enum TemplateStart {
    /// `today`: YYYY-MM-DD.
    public static func map(_ map: JourneyMap, madeOn today: String) -> JourneyMap {
        var map = map
        if map.objectives.reviewCadence != nil { map.objectives.lastReviewed = today }
        let latest = map.stages.flatMap { [$0.metrics] + $0.touchpoints.map(\.metrics) }
            .flatMap { $0.history.values.compactMap(\.last?.day) }.max()
        guard let latest, let months = CalendarDay.months(from: latest, to: today) else { return map }
        for s in map.stages.indices {
            map.stages[s].metrics = moved(map.stages[s].metrics, months: months, notAfter: today)
            for t in map.stages[s].touchpoints.indices {
                map.stages[s].touchpoints[t].metrics = moved(map.stages[s].touchpoints[t].metrics, months: months, notAfter: today)
            }
        }
        return map
    }

    /// Every measurement `months` later, none after `today`. Days that fall
    /// together keep the later measurement, as a recording on a day replaces
    /// the one before, so the latest stays the current value.
    static func moved(_ metrics: Metrics, months: Int, notAfter today: String) -> Metrics {
        var metrics = metrics
        for (metric, series) in metrics.history {
            var moved: [Measurement] = []
            for measurement in series {
                let day = min(CalendarDay.moving(measurement.day, months: months) ?? measurement.day, today)
                if moved.last?.day == day { moved.removeLast() }
                moved.append(Measurement(day: day, value: measurement.value))
            }
            metrics.history[metric] = moved
        }
        return metrics
    }
}
