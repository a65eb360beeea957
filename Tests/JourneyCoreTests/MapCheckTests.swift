import Foundation
@testable import JourneyCore
import Testing

/// `journey check`: each rule finds its case in a map made for it, and a
/// map that breaks none gives nothing.
@Suite struct MapCheckTests {
    /// A day before the sample's review falls due.
    static let reviewed = CalendarDay.date("2025-06-01")!

    func findings(_ map: JourneyMap, today: Date = reviewed, library: LibraryContext = .notLooked) -> [String] {
        MapCheck.run(map, today: today, linked: Self.linked, library: library).map { "\($0.rule.rawValue) \($0.path): \($0.message)" }
    }

    /// The maps beside the one checked, without a disk: current.json is the sample, nothing else is there.
    static func linked(_ link: String) -> Result<JourneyMap, MapLoadError> {
        link == "current.json" ? .success(SampleMap.make()) : .failure(MapLoadError(file: link, kind: .missing))
    }

    @Test func theSampleBreaksNoRule() {
        #expect(findings(SampleMap.make()).isEmpty)
    }

    /// As `journey new --template` makes it, today, a year from now, and on the edges of months.
    @Test(arguments: [CalendarDay.today, CalendarDay.text(CalendarDay.adding(months: 12, days: 0, to: Date())!),
                      "2025-06-01", "2024-02-29", "2027-02-28", "2026-03-31", "2026-12-01"])
    func everyTemplateBreaksNoRuleOnTheDayItIsMade(day: String) throws {
        for template in BuiltinTemplate.all {
            let map = TemplateStart.map(try template.make().get(), madeOn: day)
            #expect(findings(map, today: try #require(CalendarDay.date(day))).isEmpty, "\(template.name) on \(day)")
        }
    }

    @Test(arguments: CheckRule.allCases)
    func eachRuleFindsItsCase(rule: CheckRule) {
        var map = SampleMap.make()
        var today = Self.reviewed
        var library = LibraryContext.notLooked
        let expected: String
        switch rule {
        case .mergeConflict:
            map.conflicts = [MergeConflict(id: "c1", path: ["title"], what: "The map: title", base: .string("A"), ours: .string("B"),
                                           theirs: .string("C"))]
            expected = "merge-conflict conflicts[0]: unresolved merge conflict: The map: title"
        case .emptyStage:
            map.stages[5].touchpoints = []
            expected = "empty-stage stages[5]: stage \"Advocacy\" has no touchpoints"
        case .stageWithoutGoal:
            map.stages[1].goal = "  "
            expected = "stage-without-goal stages[1]: stage \"Consideration\" has no goal"
        case .touchpointWithoutChannel:
            map.stages[0].touchpoints[1].channel = nil
            expected = "touchpoint-without-channel stages[0].touchpoints[1]: touchpoint \"Social video\" has no channel"
        case .missingScore:
            map.stages[3].touchpoints[0].emotion["tom"] = nil
            expected = "missing-score stages[3].touchpoints[0]: touchpoint \"Checkout\" has no emotion score for persona \"Tom\""
        case .unhappyMoment:
            map.stages[1].touchpoints[0].opportunities += map.stages[1].touchpoints[1].opportunities
            map.stages[1].touchpoints[1].opportunities = []
            expected = "unhappy-moment stages[1].touchpoints[1]: touchpoint \"Size guide\" is a moment of truth below neutral with no opportunity"
        case .unaddressedPainPoint:
            map.stages[3].touchpoints[0].opportunities[1].addresses = ["pp-gone"]
            expected = "unaddressed-pain-point stages[3].touchpoints[0].painPoints[1]: pain point \"Account required before payment\" "
                + "at touchpoint \"Checkout\": no opportunity addresses it"
        case .opportunityWithoutPlan:
            map.stages[0].touchpoints[1].opportunities[0].owner = ""
            map.stages[0].touchpoints[1].text["owner"] = nil
            expected = "opportunity-without-plan stages[0].touchpoints[1].opportunities[0]: opportunity \"Video series following "
                + "real first-5k runners\" at touchpoint \"Social video\" has no owner"
        case .reviewOverdue:
            today = CalendarDay.date("2025-09-01")!
            expected = "review-overdue objectives.lastReviewed: last reviewed 2025-05-14, reviewed quarterly: due 2025-08-14, 18 days ago"
        case .funnel:
            map.stages[2].metrics[.reach] = 60000
            expected = "funnel stages[2].metrics.reach: stage \"Decision\": reach 60000 is more than 54000 in \"Consideration\" before it; a funnel narrows"
        case .targetMissed:
            map.stages[3].touchpoints[0].metrics.history[.conversionRate]?[1].value = 57
            expected = "target-missed stages[3].touchpoints[0].metrics.history.conversionRate: touchpoint \"Checkout\": conversion rate "
                + "missed its target of 68% three measurements running (55% on 2025-09-30, 57% on 2025-12-31, 59% on 2026-03-31)"
        case .staleTarget:
            let checkout = map.stages[3].touchpoints[0].metrics
            map.stages[3].metrics.targets = checkout.targets
            map.stages[3].metrics.history = checkout.history
            map.stages[3].touchpoints[0].metrics.targets = [:]
            map.objectives.lastReviewed = "2026-05-01"
            today = CalendarDay.date("2026-07-01")!
            expected = "stale-target stages[3].metrics.history.conversionRate: stage \"Purchase\": conversion rate has a target of 68% "
                + "but no measurement since 2026-03-31; the map is reviewed quarterly, so one was due by 2026-06-30"
        case .personaWithoutGoals:
            map.personas[1].goals = []
            expected = "persona-without-goals personas[1]: persona \"Tom\" has no goals"
        case .duplicateTouchpoint:
            map.stages[4].touchpoints[2].name = "fit check-in"
            expected = "duplicate-touchpoint stages[4].touchpoints[2]: touchpoint \"fit check-in\" has the name of another touchpoint in stage \"Retention\""
        case .unbackedClaim:
            map.stages[3].touchpoints[0].evidence = Evidence()
            expected = "unbacked-claim stages[3].touchpoints[0]: touchpoint \"Checkout\" is a moment of truth and cites no research; "
                + "cite a source (:cite in the editor) or record one (:source)"
        case .assumedStage:
            map.stages[5].touchpoints[0].evidence = Evidence()
            map.stages[5].touchpoints[1].evidence = Evidence()
            expected = "assumed-stage stages[5]: stage \"Advocacy\": 3 of its 4 touchpoints and items are assumed, backed by no research"
        case .brokenLink:
            map.stages[3].touchpoints[0].link = "detail/checkout.json"
            expected = "broken-link stages[3].touchpoints[0].link: touchpoint \"Checkout\" links to detail/checkout.json, which does "
                + "not load: " + MapLoadError(file: "detail/checkout.json", kind: .missing).description
        case .brokenFutureOf:
            map.futureOf = "current.json"
            map.stages[3].touchpoints[0].opportunities[0].removes = ["pp-gone"]
            expected = "broken-future-of stages[3].touchpoints[0].opportunities[0].removes[0]: opportunity \"Show shipping cost "
                + "on the product page\" removes pain point \"pp-gone\", which current.json does not hold"
        case .sharedPersonaDrift:
            map.personas[0].shared = true
            var entry = WorkspaceLibrary.entry(map.personas[0])
            entry.name = "Maya R."
            entry.quote = "Changed"
            library = .found(WorkspaceLibrary(personas: [entry]))
            expected = "shared-persona-drift personas[0]: persona \"Maya\" differs from the workspace library's in name and quote; "
                + "`journey library sync` or opening the map in journey updates it"
        case .sharedPersonaMissing:
            map.personas[0].shared = true
            library = .found(WorkspaceLibrary())
            expected = "shared-persona-missing personas[0]: persona \"Maya\" is marked shared but the workspace library has no "
                + "persona \"maya\"; `journey library share` puts it there"
        case .sharedChannelDrift:
            map.channels[0].shared = true
            var entry = WorkspaceLibrary.entry(map.channels[0])
            entry.kind = entry.kind == .online ? .offline : .online
            library = .found(WorkspaceLibrary(channels: [entry]))
            expected = "shared-channel-drift channels[0]: channel \"\(map.channels[0].name)\" differs from the workspace library's in "
                + "kind; `journey library sync` or opening the map in journey updates it"
        case .sharedChannelMissing:
            map.channels[0].shared = true
            library = .none
            expected = "shared-channel-missing channels[0]: channel \"\(map.channels[0].name)\" is marked shared but no workspace "
                + "library (journey-library.json) is found in its folder or above it"
        }
        #expect(findings(map, today: today, library: library) == [expected])
        #expect(MapCheck.run(map, rules: Set(CheckRule.allCases).subtracting([rule]), today: today, linked: Self.linked,
                             library: library).isEmpty,
                "--disable turns it off")
    }

    /// A map's shared copies that agree with the library, and the shared rules when nobody looked for a library: nothing.
    @Test func sharedCopiesThatAgreeAndALibraryNotLookedForAreNoFinding() {
        var map = SampleMap.make()
        map.personas[0].shared = true
        map.channels[0].shared = true
        let library = WorkspaceLibrary(personas: [WorkspaceLibrary.entry(map.personas[0])],
                                       channels: [WorkspaceLibrary.entry(map.channels[0])])
        #expect(findings(map, library: .found(library)).isEmpty)
        #expect(findings(map).isEmpty)
    }

    @Test func conversionAndDropOffOverAHundredIsAFunnelFinding() {
        var map = SampleMap.make()
        map.stages[1].metrics[.conversionRate] = 80
        #expect(findings(map) == [
            "funnel stages[1].metrics: stage \"Consideration\": conversion 80% and drop-off 31% add up to over 100%",
        ])
    }

    @Test func anOpportunityWithNeitherOwnerNorStatusIsToldBoth() {
        var map = SampleMap.make()
        map.stages[3].touchpoints[0].opportunities[0].owner = ""
        map.stages[3].touchpoints[0].opportunities[0].status = nil
        map.stages[3].touchpoints[0].text["owner"] = nil
        #expect(findings(map) == [
            "opportunity-without-plan stages[3].touchpoints[0].opportunities[0]: opportunity \"Show shipping cost on the "
                + "product page\" at touchpoint \"Checkout\" has no owner and no status",
        ])
    }

    /// Two owners, one word: an opportunity that names no owner is its touchpoint's (the Owner lane).
    @Test func anOpportunityOnATouchpointWithAnOwnerHasOne() throws {
        var map = SampleMap.make()
        let owner = try #require(map.lanes.first { $0.kind == .owner })
        map.stages[3].touchpoints[0].opportunities[0].owner = ""
        map.stages[3].touchpoints[0].text[owner.id] = "  Checkout team "
        #expect(findings(map).isEmpty)
        let insight = try #require(map.insights().first { $0.item.id == map.stages[3].touchpoints[0].opportunities[0].id })
        #expect(insight.owner == "Checkout team" && insight.ownerIsTouchpoints)
        map.stages[3].touchpoints[0].opportunities[0].owner = "Ana"
        let own = try #require(map.insights().first { $0.item.id == map.stages[3].touchpoints[0].opportunities[0].id })
        #expect(own.owner == "Ana" && !own.ownerIsTouchpoints)
    }

    @Test func reviewsFallDueByTheirCadence() {
        let objectives = { (cadence: ReviewCadence) in Objectives(lastReviewed: "2025-01-31", reviewCadence: cadence) }
        let day = { (text: String) in CalendarDay.date(text)! }
        #expect(MapCheck.reviewOverdue(objectives(.weekly), today: day("2025-02-07")) == nil)
        #expect(MapCheck.reviewOverdue(objectives(.weekly), today: day("2025-02-08")) != nil)
        #expect(MapCheck.reviewOverdue(objectives(.monthly), today: day("2025-02-28")) == nil, "a month after 31 January is 28 February")
        #expect(MapCheck.reviewOverdue(objectives(.yearly), today: day("2026-01-31")) == nil)
        #expect(MapCheck.reviewOverdue(Objectives(lastReviewed: "not a date", reviewCadence: .weekly), today: day("2030-01-01")) == nil)
    }
}

/// The link rules read no file unless told how: the pure check leaves them out.
@Suite struct MapCheckLinkTests {
    @Test func withoutAReaderTheLinkRulesReadNothing() {
        var map = SampleMap.make()
        map.stages[0].touchpoints[0].link = "nowhere.json"
        map.futureOf = "gone.json"
        #expect(MapCheck.run(map, today: MapCheckTests.reviewed).isEmpty)
    }

    @Test func aFutureOfThatDoesNotLoadIsOneFindingAndItsRemovesAreNotChecked() {
        var map = SampleMap.make()
        map.futureOf = "gone.json"
        map.stages[3].touchpoints[0].opportunities[0].removes = ["pp-gone"]
        let found = MapCheck.run(map, today: MapCheckTests.reviewed, linked: MapCheckTests.linked)
        #expect(found.map(\.rule) == [.brokenFutureOf])
        #expect(found.first?.path == "futureOf")
    }
}
