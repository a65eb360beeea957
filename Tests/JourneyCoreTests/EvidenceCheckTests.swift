import Foundation
@testable import JourneyCore
import Testing

/// The evidence rules of `journey check` and the report they read: weighty
/// claims that cite nothing, stages built on assumptions, and quiet on a map
/// that records no research yet.
@Suite struct EvidenceCheckTests {
    let sample = SampleMap.make()

    func findings(_ map: JourneyMap) -> [String] {
        MapCheck.run(map, rules: [.unbackedClaim, .assumedStage]).map { "\($0.rule.rawValue) \($0.path): \($0.message)" }
    }

    @Test func theSampleBacksEveryWeightyClaim() {
        #expect(findings(sample).isEmpty)
        let report = EvidenceReport(sample)
        #expect(report.tracked && report.sources.count == 5)
        #expect(!report.unbacked.isEmpty, "the sample shows some assumptions")
        #expect(report.unbacked.allSatisfy { !$0.momentOfTruth })
    }

    @Test func aMapThatRecordsNoResearchIsNotJudged() {
        var map = sample
        map.sources = []
        #expect(findings(map).isEmpty)
        #expect(!EvidenceReport(map).tracked)
        #expect(EvidenceReport(map).unbacked.count == EvidenceReport(map).claims.count, "every claim is assumed, but none is told")
    }

    @Test func aHighPriorityPainPointThatCitesNothingIsFoundAndALowOneIsNot() {
        var map = sample
        map.stages[4].touchpoints[1].painPoints[0].evidence = Evidence()   // impact 4, effort 2: priority 16
        map.stages[3].touchpoints[2].painPoints[0].evidence = Evidence()   // impact 2, effort 3: priority 6
        #expect(findings(map) == [
            "unbacked-claim stages[4].touchpoints[1].painPoints[0]: pain point \"Return label needs a printer\" "
                + "at \"Size swap\" has priority 16 and cites no research",
        ])
    }

    /// A level someone said is not a citation: the rule asks for research, not a word.
    @Test func sayingObservedWithoutCitingIsStillUnbacked() {
        var map = sample
        map.stages[1].touchpoints[1].evidence = Evidence(level: .observed)
        #expect(findings(map).count == 1)
        // A citation of a source that is gone counts for nothing.
        map.stages[1].touchpoints[1].evidence = Evidence(sources: ["src-gone"])
        #expect(findings(map).count == 1)
    }

    @Test func exactlyHalfAssumedIsNotMostly() {
        var map = sample
        // Advocacy: two touchpoints, a pain point and an opportunity; the opportunity is assumed.
        map.stages[5].touchpoints[0].evidence = Evidence()
        #expect(EvidenceReport(map).assumptions(inStage: "advocacy") == (assumed: 2, total: 4))
        #expect(findings(map).isEmpty)
    }

    @Test func theUnbackedListPutsTheWeightiestFirst() {
        var map = sample
        map.stages[3].touchpoints[2].evidence = Evidence()                 // Delivery, a moment of truth
        map.stages[1].touchpoints[1].painPoints[1].evidence = Evidence()   // priority 15
        map.stages[3].touchpoints[0].painPoints[0].evidence = Evidence()   // priority 25
        let top = EvidenceReport(map).unbacked.prefix(3).map(\.text)
        #expect(top == ["Delivery", "Shipping fee appears only at the final step", "EU/US/UK table is hard to read on a phone"])
    }

    @Test func eachSourceKnowsWhatItBacks() throws {
        let report = EvidenceReport(sample)
        let sizeTest = try #require(report.backs["src-size-test"]).map(\.place)
        #expect(sizeTest.contains("Consideration › Size guide: touchpoint"))
        #expect(sizeTest.contains("Consideration › Size guide: Thoughts “The chart says 40, but last year's 40 was tight.”"))
        #expect(sizeTest.contains { $0.hasPrefix("Consideration › Size guide: pain point “Size chart") })
        #expect(report.levels[.observed, default: 0] > 0 && report.levels[.measured, default: 0] > 0
                && report.levels[.reported, default: 0] > 0 && report.levels[.assumed, default: 0] > 0)
    }
}
