import FoundationEssentials
import JourneyJSON

/// The rules about a figure's target: missed three measurements running
/// (`target-missed`), or not measured within the map's review cadence (`stale-target`).
struct TargetCheck {
    var cadence: ReviewCadence?
    /// Midnight of the day checked against, as the review's due date counts.
    var today: Date?

    init(_ objectives: Objectives, today: Date) {
        cadence = objectives.reviewCadence
        self.today = CalendarDay.date(CalendarDay.text(today))
    }

    /// `owner`: how a message names the stage or touchpoint, `stage "Purchase"`.
    func run(_ metrics: Metrics, of owner: String, at path: JSONPath, report: (CheckRule, JSONPath, String) -> Void) {
        for trend in metrics.followedTrends {
            guard let target = trend.target else { continue }
            let history = path.key("metrics").key("history").key(trend.metric.rawValue)
            let figure = "\(owner): \(trend.metric.label)"
            let lastThree = trend.series.suffix(3)
            if lastThree.count == 3, lastThree.allSatisfy({ trend.meets($0.value) == false }) {
                let values = lastThree.map { "\(trend.text($0.value)) on \($0.day)" }.joined(separator: ", ")
                report(.targetMissed, history, "\(figure) missed its target of \(trend.text(target)) three measurements running (\(values))")
            }
            guard let cadence, let today else { continue }
            let targetWords = "\(figure) has a target of \(trend.text(target)) but no measurement"
            guard let latest = trend.series.last else {
                report(.staleTarget, path.key("metrics").key("targets").key(trend.metric.rawValue),
                       "\(targetWords) at all; the map is reviewed \(cadence.words)")
                continue
            }
            guard let measured = CalendarDay.date(latest.day), let due = cadence.due(after: measured), due < today else { continue }
            report(.staleTarget, history, "\(targetWords) since \(latest.day); the map is reviewed \(cadence.words), "
                   + "so one was due by \(CalendarDay.text(due))")
        }
    }
}
