import FoundationEssentials

/// When a map's next review falls, by its cadence and its last review.
public struct ReviewDue: Equatable, Sendable {
    /// YYYY-MM-DD.
    public var due: String
    /// Days since it fell due; zero or negative while it has not.
    public var daysLate: Int

    /// "due 2026-02-14, in 12 days", "due today", "overdue since 2025-08-14 (101 days)".
    public var words: String {
        switch daysLate {
        case ..<0: "due \(due), in \(-daysLate) day\(daysLate == -1 ? "" : "s")"
        case 0: "due today (\(due))"
        default: "overdue since \(due) (\(daysLate) day\(daysLate == 1 ? "" : "s"))"
        }
    }
}

extension Objectives {
    /// Nil without a cadence or a readable last-reviewed day.
    public func review(today: Date = Date()) -> ReviewDue? {
        guard let reviewCadence, let lastReviewed, let last = CalendarDay.date(lastReviewed) else { return nil }
        guard let due = reviewCadence.due(after: last),
              let now = CalendarDay.date(CalendarDay.text(today)) else { return nil }
        return ReviewDue(due: CalendarDay.text(due), daysLate: CalendarDay.days(from: due, to: now))
    }
}

extension ReviewCadence {
    /// The day one cadence after `day`: when the next review, or the next measurement of a target, is due.
    public func due(after day: Date) -> Date? {
        CalendarDay.adding(months: interval.months, days: interval.days, to: day)
    }
}
