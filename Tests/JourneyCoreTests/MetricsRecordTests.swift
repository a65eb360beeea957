import Testing
@testable import JourneyCore
import JourneyTestSupport

/// `Metrics.record` against the plain rule it keeps: a series oldest first,
/// one measurement a day (the last recorded wins), the latest day's value current.
@Suite struct MetricsRecordTests {
    @Test(arguments: 1...50)
    func recordingInAnyOrderKeepsTheRule(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var metrics = Metrics()
        var plain: [String: Double] = [:]
        let copy = metrics
        for _ in 0..<Int.random(in: 1...60, using: &random) {
            let day = "2031-0\(Int.random(in: 1...9, using: &random))-1\(Int.random(in: 0...9, using: &random))"
            let value = Double(Int.random(in: 0...100, using: &random))
            metrics.record(.csat, value, on: day)
            plain[day] = value
        }
        let series = metrics.history[.csat] ?? []
        #expect(series.map(\.day) == plain.keys.sorted())
        #expect(series.map(\.value) == plain.keys.sorted().map { plain[$0]! })
        #expect(metrics[.csat] == plain[plain.keys.max()!])
        for (day, value) in plain { #expect(metrics.measurement(of: .csat, on: day)?.value == value) }
        #expect(metrics.measurement(of: .csat, on: "2030-01-01") == nil && metrics.measurement(of: .nps, on: series[0].day) == nil)
        #expect(copy.isEmpty, "a copy taken before is untouched")
    }

    @Test func anOlderDayDoesNotBecomeTheCurrentValue() {
        var metrics = Metrics()
        metrics.record(.nps, 30, on: "2031-06-02")
        metrics.record(.nps, -10, on: "2031-06-01")
        #expect(metrics[.nps] == 30)
        metrics.record(.nps, 40, on: "2031-06-02")
        #expect(metrics[.nps] == 40 && metrics.history[.nps]?.count == 2)
    }
}
