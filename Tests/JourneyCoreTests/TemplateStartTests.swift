@testable import JourneyCore
import Testing

/// A map made from a template: its review cycle and its example measurements lead up to the day it is made.
@Suite struct TemplateStartTests {
    @Test func aMonthEndStaysAMonthEndAndOtherDaysStayWhereTheMonthHasThem() {
        #expect(CalendarDay.moving("2025-01-31", months: 1) == "2025-02-28")
        #expect(CalendarDay.moving("2024-01-31", months: 1) == "2024-02-29")
        #expect(CalendarDay.moving("2025-02-28", months: 1) == "2025-03-31", "the end of February is a month's end")
        #expect(CalendarDay.moving("2024-02-28", months: 1) == "2024-03-28", "not in a leap year's February")
        #expect(CalendarDay.moving("2024-02-29", months: 12) == "2025-02-28")
        #expect(CalendarDay.moving("2025-01-30", months: 1) == "2025-02-28")
        #expect(CalendarDay.moving("2025-04-30", months: 1) == "2025-05-31")
        #expect(CalendarDay.moving("2025-03-15", months: -14) == "2024-01-15")
        #expect(CalendarDay.moving("2025-3-15", months: 1) == nil)
        #expect(CalendarDay.months(from: "2024-12-31", to: "2026-03-01") == 15)
        #expect(CalendarDay.months(from: "2026-03-01", to: "2026-03-31") == 0)
    }

    @Test func measurementsMoveByWholeMonthsToEndInTheMonthMadeButNotAfterItsDay() throws {
        let template = try #require(BuiltinTemplate.all.first { $0.name == "saas-trial" }).make().get()
        let days = { (map: JourneyMap) in map.stages[2].touchpoints[1].metrics.history[.conversionRate]?.map(\.day) }
        #expect(days(template) == ["2025-01-31", "2025-02-28", "2025-03-31"])
        let early = TemplateStart.map(template, madeOn: "2026-02-10")
        #expect(days(early) == ["2025-12-31", "2026-01-31", "2026-02-10"])
        #expect(early.objectives.lastReviewed == "2026-02-10")
        #expect(days(TemplateStart.map(template, madeOn: "2028-02-29")) == ["2027-12-31", "2028-01-31", "2028-02-29"])
        #expect(days(TemplateStart.map(template, madeOn: "2025-03-31")) == ["2025-01-31", "2025-02-28", "2025-03-31"])
        let moved = TemplateStart.map(template, madeOn: "2026-02-10").stages[2].touchpoints[1].metrics
        #expect(moved.history[.conversionRate]?.map(\.value) == [65, 51, 54])
        #expect(moved[.conversionRate] == 54, "the latest measurement is still the current value")
    }

    @Test func measurementsThatFallOnOneDayKeepTheLater() {
        var metrics = Metrics()
        for (day, value) in [("2025-01-29", 1.0), ("2025-01-30", 2), ("2025-01-31", 3), ("2025-02-20", 4), ("2025-02-25", 5)] {
            metrics.record(.csat, value, on: day)
        }
        let moved = TemplateStart.moved(metrics, months: 1, notAfter: "2025-03-10")
        #expect(moved.history[.csat]?.map(\.day) == ["2025-02-28", "2025-03-10"])
        #expect(moved.history[.csat]?.map(\.value) == [3, 5])
    }
}
