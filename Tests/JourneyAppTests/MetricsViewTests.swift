import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// The metrics view driven by keys: selecting rows, recording measurements,
/// targets, deleting, undo and the journal, and every hostile value refused.
@Suite struct MetricsViewTests {
    func keys(_ text: String) -> [HeadlessTerminal.Input] { text.map { .key(.character($0)) } }
    func typed(_ text: String) -> [HeadlessTerminal.Input] { keys(text) + [.key(.enter)] }
    /// The metrics view with Checkout (row 15 of the sample) selected.
    var onCheckout: [HeadlessTerminal.Input] { keys("vm") + Array(repeating: .key(.character("j")), count: 14) }
    var checkout: Metrics { SampleMap.make().stages[3].touchpoints[0].metrics }
    func checkout(_ session: Session) -> Metrics { session.map.stages[3].touchpoints[0].metrics }

    @Test func jAndKSelectRowsAndTheStatusLineNamesThem() {
        let session = Session(onCheckout + keys("kj"), width: 120, height: 40)
        #expect(session.editor.modeName == "METRICS")
        #expect(session.view.screens.metrics.selected == 14)
        #expect(session.grid.selectedRow?.hasPrefix("▶   Checkout ") == true)
        #expect(session.view.screenStatus == "Purchase › Checkout 15/24")
        let bottom = Session(keys("vmG") + [.key(.pageUp), .key(.pageDown)], width: 80, height: 24)
        #expect(bottom.view.screens.metrics.selected == 23)
        #expect(bottom.grid.selectedRow?.hasPrefix("▶   Refer a friend ") == true)
    }

    @Test func measureRecordsADatedValueAtTheSelectedRowAndUndoTakesItBack() {
        let session = Session(onCheckout + [.key(.character(":"))] + typed("measure conv 61 2026-04-30"), width: 120, height: 40)
        let after = checkout(session)
        #expect(after.history[.conversionRate]?.map(\.day) == ["2025-09-30", "2025-12-31", "2026-03-31", "2026-04-30"])
        #expect(after[.conversionRate] == 61)
        #expect(session.grid.statusText.contains("conversion rate of Purchase › Checkout: 61% on 2026-04-30"))
        // The trend column of Checkout's own row.
        #expect(session.grid.selectedRow?.hasPrefix("▶   Checkout ") == true)
        #expect(session.grid.selectedRow?.hasSuffix(" conv ▁█▃▄ 55% → 61%, target 68% ✗") == true)
        let undone = Session(onCheckout + [.key(.character(":"))] + typed("measure conv 61 2026-04-30") + keys("u"))
        #expect(checkout(undone) == checkout)
        #expect(undone.editor.modeName == "METRICS", "undo stays in the view")
    }

    @Test func anEarlierDayGoesInItsPlaceAndLeavesTheCurrentValue() {
        let session = Session(onCheckout + keys("m") + typed("conversion 56 2025-10-31"))
        #expect(checkout(session).history[.conversionRate]?.map(\.value) == [55, 56, 68, 59])
        #expect(checkout(session)[.conversionRate] == 59)
    }

    @Test func aMeasurementWithoutADayIsToday() {
        let session = Session(onCheckout + keys("m") + typed("csat 77"))
        #expect(checkout(session).history[.csat] == [Measurement(day: CalendarDay.today, value: 77)])
    }

    @Test func typedInTheGridMeasureAndTargetGoToTheCursorsTouchpoint() {
        let session = Session([.key(.character(":"))] + typed("measure reach 125000 2026-01-31") + [.key(.character(":"))]
                              + typed("target conv 3.5"))
        let searchAd = session.map.stages[0].touchpoints[0].metrics
        #expect(searchAd.history[.reach] == [Measurement(day: "2026-01-31", value: 125_000)])
        #expect(searchAd.targets[.conversionRate] == 3.5)
        #expect(session.editor.modeName == "GRID")
        let cleared = Session([.key(.character(":"))] + typed("target conv 3.5") + [.key(.character(":"))] + typed("target conv"))
        #expect(cleared.map.stages[0].touchpoints[0].metrics.targets.isEmpty)
        #expect(cleared.grid.statusText.contains("cleared"))
    }

    @Test func aStageRowTakesTheStagesOwnFigures() {
        let session = Session(keys("vmjjjj") + keys("t") + typed("drop 25"))
        #expect(session.map.stages[1].metrics.targets[.dropOffRate] == 25)
        // The row under the stage's title in the detail pane, not the message that says so.
        #expect(session.grid.row(holding: "Enter: measurements")?.hasPrefix(" Consideration  ") == true)
        #expect(session.grid.row(below: "Enter: measurements")?.hasPrefix("   drop-off rate ") == true)
        #expect(session.grid.row(below: "Enter: measurements")?.contains("target 25%") == true)
    }

    @Test func hostileValuesAndDaysAreRefusedAndTheLineStaysOpen() {
        let bad = ["conv nan", "conv inf", "conv 1e400", "conv -5", "conv 101%", "conv 12,5", "conv 0x10", "conv 61 2026-02-30",
                   "conv 61 2026-2-3", "conv 61 tomorrow", "conversionrate", "bogus 5", "conv 61 2026-04-30 extra",
                   "\u{1b}[2J\u{202e} 5", String(repeating: "9", count: 400), "reach 1.5", "reach -1", "nps -101"]
        for line in bad {
            let session = Session(onCheckout + keys("m") + typed(line) , width: 120, height: 40)
            #expect(session.map == SampleMap.make(), "\(line.prefix(30)) is refused")
            #expect(session.editor.modeName == "TYPING", "the line stays open to fix after \(line.prefix(30))")
            #expect(session.view.message.map { !$0.text.isEmpty } == true)
            #expect(!session.screen.contains("\u{1b}") && !session.screen.contains("\u{202e}"))
        }
        for line in ["conv 1e400", "conv nan", "conv 101%", "conv -5"] {
            let session = Session(onCheckout + keys("t") + typed(line))
            #expect(session.map == SampleMap.make() && session.editor.modeName == "TYPING", "target \(line)")
        }
        // In range for NPS, which runs from -100 to 100; a typed percent sign on a rate.
        let nps = Session(onCheckout + keys("m") + typed("nps -5 2026-01-01") + keys("m") + typed("conv 60% 2026-04-01"))
        #expect(checkout(nps).history[.nps] == [Measurement(day: "2026-01-01", value: -5)])
        #expect(checkout(nps)[.conversionRate] == 60)
        let refused = Session(onCheckout + [.key(.character(":"))] + typed("measure conv nan"))
        #expect(refused.map == SampleMap.make())
        #expect(refused.grid.statusText.contains("conversion rate is"))
    }

    @Test func xDeletesAMeasurementAndTheOneBeforeBecomesCurrent() {
        // The picker lists oldest first; End then Enter picks the latest.
        let latest = Session(onCheckout + keys("x") + [.key(.end), .key(.up), .key(.down), .key(.enter)])
        #expect(checkout(latest).history[.conversionRate]?.map(\.day) == ["2025-09-30", "2025-12-31"])
        #expect(checkout(latest)[.conversionRate] == 68)
        let oldest = Session(onCheckout + keys("x") + [.key(.enter)] + keys("u"))
        #expect(checkout(oldest) == checkout)
        let none = Session(keys("vm") + keys("x"))
        #expect(none.grid.statusText.contains("no measurements at Awareness"))
    }

    @Test func enterListsTheMeasurementsOldestFirstAndEditsOne() {
        let open = Session(onCheckout + [.key(.enter)], width: 120, height: 40)
        #expect(open.editor.modeName == "CHOOSE")
        let screen = open.screen
        let days = ["↳ conv 2025-09-30: 55%", "↳ conv 2025-12-31: 68%", "↳ conv 2026-03-31: 59%"].compactMap { screen.range(of: $0)?.lowerBound }
        #expect(days.count == 3 && days == days.sorted(), "the measurements are listed oldest first\n\(screen)")
        // Typing filters the options: the middle measurement, then its value.
        let edited = Session(onCheckout + [.key(.enter)] + typed("2025-12") + [.key(.control("u"))] + typed("58"))
        #expect(checkout(edited).history[.conversionRate]?.map(\.value) == [55, 58, 59])
        let value = Session(onCheckout + [.key(.enter)] + typed("reach") + [.key(.control("u"))] + typed("8000"))
        #expect(checkout(value)[.reach] == 8000)
        let badValue = Session(onCheckout + [.key(.enter)] + typed("reach") + [.key(.control("u"))] + typed("1e400"))
        #expect(badValue.map == SampleMap.make() && badValue.editor.modeName == "TYPING")
    }

    @Test func aMeasurementIsJournaledAndRecovered() throws {
        let file = try MapOnDisk()
        defer { file.remove() }
        _ = Session(onCheckout + keys("m") + typed("conv 62 2026-05-31") + keys("t") + typed("conv 60"), path: file.path)
        let recovered = Session([.key(.character("r"))], path: file.path)
        let metrics = recovered.map.stages[3].touchpoints[0].metrics
        #expect(metrics.history[.conversionRate]?.last == Measurement(day: "2026-05-31", value: 62))
        #expect(metrics.targets[.conversionRate] == 60)
    }
}
