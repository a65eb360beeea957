import Foundation
@testable import JourneyCore
import Testing

/// `target-missed` and `stale-target`: a figure's target missed three
/// measurements running, or not measured within the map's review cadence.
@Suite struct TargetCheckTests {
    typealias Series = [(day: String, value: Double)]

    /// The sample with no targets but `target` on one figure, measured `series`.
    func map(_ metric: Metric, target: Double, _ series: Series, stage: Bool = false,
             cadence: ReviewCadence? = .quarterly) -> JourneyMap {
        var map = SampleMap.make()
        map.stages[3].touchpoints[0].metrics.targets = [:]
        map.stages[3].touchpoints[0].metrics.history = [:]
        map.objectives.reviewCadence = cadence
        var metrics = Metrics()
        metrics.targets[metric] = target
        for (day, value) in series { metrics.record(metric, value, on: day) }
        if stage { map.stages[3].metrics = metrics } else { map.stages[3].touchpoints[0].metrics = metrics }
        return map
    }

    func findings(_ map: JourneyMap, on day: String = "2026-04-15") -> [String] {
        MapCheck.run(map, rules: [.targetMissed, .staleTarget], today: CalendarDay.date(day)!)
            .map { "\($0.rule.rawValue) \($0.path): \($0.message)" }
    }

    let quarters: [String] = ["2025-09-30", "2025-12-31", "2026-03-31"]

    func series(_ values: [Double]) -> Series {
        let days = ["2025-06-30"] + quarters
        return Array(zip(days.suffix(values.count), values))
    }

    @Test func threeMissesAtAStageAreFound() {
        #expect(findings(map(.conversionRate, target: 68, series([55, 57, 59]), stage: true)) == [
            "target-missed stages[3].metrics.history.conversionRate: stage \"Purchase\": conversion rate missed its target of 68% "
                + "three measurements running (55% on 2025-09-30, 57% on 2025-12-31, 59% on 2026-03-31)",
        ])
    }

    @Test func aRateToBringDownMissesAboveItsTargetAndMeetsItAtIt() {
        #expect(findings(map(.dropOffRate, target: 35, series([41, 40, 38]))) == [
            "target-missed stages[3].touchpoints[0].metrics.history.dropOffRate: touchpoint \"Checkout\": drop-off rate missed its "
                + "target of 35% three measurements running (41% on 2025-09-30, 40% on 2025-12-31, 38% on 2026-03-31)",
        ])
        #expect(findings(map(.churnRate, target: 35, series([41, 35, 38]))).isEmpty, "at the target is met")
        #expect(findings(map(.conversionRate, target: 57, series([55, 57, 56]))).isEmpty, "at the target is met")
    }

    @Test func onlyTheLastThreeCount() {
        #expect(findings(map(.csat, target: 80, series([70, 75]))).isEmpty, "two misses are not three")
        #expect(findings(map(.csat, target: 80, series([70, 75, 81]))).isEmpty, "two misses then a hit")
        #expect(findings(map(.csat, target: 80, series([70, 80, 75, 79]))).isEmpty, "a hit among the last three")
        #expect(findings(map(.csat, target: 80, series([85, 70, 75, 79]))) == [
            "target-missed stages[3].touchpoints[0].metrics.history.csat: touchpoint \"Checkout\": CSAT missed its target of 80% "
                + "three measurements running (70% on 2025-09-30, 75% on 2025-12-31, 79% on 2026-03-31)",
        ], "a hit, then three misses")
        #expect(findings(map(.csat, target: 80, series([70, 75, 79]), cadence: nil)).count == 1, "no cadence: still missed")
    }

    @Test func aTargetIsStaleOneCadenceAfterItsLatestMeasurement() {
        let measured = map(.nps, target: 40, series([41]))
        #expect(findings(measured, on: "2026-06-30").isEmpty, "due on 2026-06-30, not yet late")
        #expect(findings(measured, on: "2026-07-01") == [
            "stale-target stages[3].touchpoints[0].metrics.history.nps: touchpoint \"Checkout\": NPS has a target of 40 but no "
                + "measurement since 2026-03-31; the map is reviewed quarterly, so one was due by 2026-06-30",
        ])
        let monthly = map(.nps, target: 40, [("2026-01-31", 41)], stage: true, cadence: .monthly)
        #expect(findings(monthly, on: "2026-02-28").isEmpty, "a month after 31 January is 28 February")
        #expect(findings(monthly, on: "2026-03-01").count == 1)
        #expect(findings(map(.nps, target: 40, series([41]), cadence: nil), on: "2030-01-01").isEmpty, "no cadence, no rule")
    }

    @Test func aTargetNeverMeasuredIsStaleOnlyWithACadence() {
        #expect(findings(map(.reach, target: 9000, [], stage: true)) == [
            "stale-target stages[3].metrics.targets.reach: stage \"Purchase\": reach has a target of 9000 but no measurement at all; "
                + "the map is reviewed quarterly",
        ])
        #expect(findings(map(.reach, target: 9000, [], cadence: nil)).isEmpty)
    }

    @Test func theSampleMeetsItsTargetsWithinItsReviewCycle() {
        #expect(findings(SampleMap.make(), on: "2026-06-30").isEmpty)
    }
}
