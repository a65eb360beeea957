@testable import JourneyCore
import Testing

/// Version 2 of the format: what is done about an item (status, owner, due
/// day, links) and a metric's target and dated measurements; version-1 maps
/// still open and are saved as version 2.
@Suite struct FormatVersionTwoTests {
    static let versionOne = """
        {"format": "journey-map", "version": 1, "title": "Old",
         "personas": [{"id": "p", "name": "Pat"}],
         "stages": [{"id": "s", "name": "Stage", "metrics": {"reach": 10, "targets": "kept aside"},
           "touchpoints": [{"id": "t", "name": "Shop", "emotion": {"p": -1},
             "painPoints": [{"id": "pp", "text": "Slow", "impact": 4}],
             "opportunities": [{"id": "op", "text": "Faster", "status": "someday", "x-tag": 1}]}]}]}
        """

    @Test func aVersionOneMapOpensAndIsSavedAsVersionTwo() throws {
        let map = try MapStore.decode(Array(Self.versionOne.utf8), file: "old.json")
        let opportunity = map.stages[0].touchpoints[0].opportunities[0]
        #expect(opportunity.status == nil)
        // What version 1 kept as unknown under a name version 2 now reads is moved aside, not misread or lost.
        #expect(opportunity.extra["status (version 1)"] == .string("someday"))
        #expect(opportunity.extra["x-tag"] == .int(1))
        #expect(map.stages[0].metrics.extra["targets (version 1)"] == .string("kept aside"))
        #expect(map.stages[0].metrics[.reach] == 10)
        let saved = String(decoding: try MapStore.encode(map), as: UTF8.self)
        #expect(saved.contains("\"version\": \(MapFormat.version)"))
        #expect(try MapStore.decode(Array(saved.utf8), file: "new.json") == map)
    }

    @Test func theNewMembersRoundTrip() throws {
        var map = SampleMap.make()
        var item = map.stages[0].touchpoints[1].opportunities[0]
        item.status = .inProgress
        item.owner = "Kim"
        item.due = "2027-02-28"
        item.addresses = ["pp-generic-ad", "pp-gone"]
        map.stages[0].touchpoints[1].opportunities[0] = item
        map.stages[0].metrics.targets[.reach] = 150_000
        map.stages[0].metrics.record(.nps, 31, on: "2026-01-05")
        let decoded = try MapStore.decode(MapStore.encode(map), file: "t")
        #expect(decoded == map)
        #expect(decoded.stages[0].touchpoints[1].opportunities[0].addresses == ["pp-generic-ad", "pp-gone"])
    }

    @Test(arguments: [
        (#""due": "2026-02-30""#,
         "stages[0].touchpoints[0].opportunities[0].due: \"2026-02-30\" is not a day of the calendar; give a day written YYYY-MM-DD"),
        (#""due": "2026-2-3""#, "stages[0].touchpoints[0].opportunities[0].due: \"2026-2-3\" is not a day written YYYY-MM-DD, e.g. 2026-03-31"),
        (#""status": "soon""#, "stages[0].touchpoints[0].opportunities[0].status: unknown status \"soon\"; expected one of idea, planned, inProgress, done"),
        (#""addresses": [1]"#, "stages[0].touchpoints[0].opportunities[0].addresses[0]: expected a string, found a number"),
    ])
    func badItemMembersAreLocated(member: String, message: String) throws {
        let text = """
            {"format": "journey-map", "version": 2, "title": "T", "stages": [{"id": "s", "name": "S",
              "touchpoints": [{"id": "t", "name": "T", "opportunities": [{"id": "op", "text": "x", \(member)}]}]}]}
            """
        #expect(throws: (any Error).self) { try MapStore.decode(Array(text.utf8), file: "m.json") }
        do {
            _ = try MapStore.decode(Array(text.utf8), file: "m.json")
        } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }

    @Test(arguments: [
        (#"{"conversionRate": [{"day": "2026-01-01", "value": 101}]}"#, "history.conversionRate[0].value"),
        (#"{"conversionRate": [{"value": 5}]}"#, "history.conversionRate[0].day: missing"),
        (#"{"conversionRate": [{"day": "yesterday", "value": 5}]}"#, "history.conversionRate[0].day: \"yesterday\" is not a day"),
        (#"{"conversionRate": [{"day": "2026-01-01", "value": "nan"}]}"#, "history.conversionRate[0].value: expected a number"),
    ])
    func badMeasurementsAreLocated(history: String, message: String) throws {
        let text = """
            {"format": "journey-map", "version": 2, "title": "T", "stages": [{"id": "s", "name": "S",
              "metrics": {"history": \(history)}}]}
            """
        do {
            _ = try MapStore.decode(Array(text.utf8), file: "m.json")
            Issue.record("loaded")
        } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }

    @Test func aMeasurementOnTheLatestDayIsTheCurrentValue() {
        var metrics = Metrics()
        metrics.record(.csat, 70, on: "2026-03-01")
        metrics.record(.csat, 60, on: "2026-01-01")
        #expect(metrics[.csat] == 70, "an older measurement does not replace the current value")
        metrics.record(.csat, 75, on: "2026-03-01")
        #expect(metrics.history[.csat]?.map(\.value) == [60, 75], "one measurement per day")
        #expect(metrics[.csat] == 75)
    }

    @Test func daysAreRealDays() {
        #expect(CalendarDay.isValid("2024-02-29"))
        #expect(!CalendarDay.isValid("2025-02-29"))
        #expect(!CalendarDay.isValid("2025-13-01"))
        #expect(!CalendarDay.isValid("２０２５-01-01"))
        #expect(!CalendarDay.isValid("2025-01-01T00:00"))
        #expect(!CalendarDay.isValid(""))
    }

    @Test func aLinkToADeletedPainPointIsNotShownAndItsIDIsNeverReused() {
        var map = SampleMap.make()
        map.stages[3].touchpoints[0].painPoints.removeAll { $0.id == "pp-forced-account" }
        let links = ItemLinks(map)
        let guest = map.insights().first { $0.item.id == "op-guest-checkout" }!
        #expect(links.linked(guest).isEmpty)
        #expect(!map.containsID("pp-forced-account") && map.mentionsID("pp-forced-account"))
    }

    @Test func linksReadBothWays() {
        let map = SampleMap.make()
        let links = ItemLinks(map)
        let finder = map.insights().first { $0.item.id == "op-fit-finder" }!
        #expect(links.linked(finder).map(\.item.id) == ["pp-size-generic", "pp-size-units", "pp-heel-slip"])
        let heel = map.insights().first { $0.item.id == "pp-heel-slip" }!
        #expect(links.linked(heel).map(\.item.id) == ["op-fit-finder"])
    }
}
