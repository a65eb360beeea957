import Foundation
import JourneyApp
import JourneyCore
import JourneyTestSupport
import JourneyView
import Testing

@Suite struct OverviewScreenTests {
    let theme = ThemeCatalog.builtinDefault
    let sample = SampleMap.make()
    /// The day the goldens are drawn on: the sample's review (quarterly, last 2025-05-14) is overdue by then.
    static let today = "2026-03-01"

    func render(_ map: JourneyMap, width: Int, height: Int, _ change: (inout OverviewState) -> Void = { _ in }) -> CellGrid {
        ScreenFrame.render(.overview, map, width: width, height: height, theme: theme) { state in
            state.screens.overview.today = Self.today
            change(&state.screens.overview)
        }
    }

    @Test func sampleAt80x24() {
        Golden.check(render(sample, width: 80, height: 24), named: "overview-80x24")
    }

    @Test func sampleAt120x40() {
        Golden.check(render(sample, width: 120, height: 40), named: "overview-120x40")
    }

    @Test func sampleAt40x12ScrolledToTheCounts() {
        Golden.check(render(sample, width: 40, height: 12) { $0.selected = .max }, named: "overview-40x12-counts", attributes: false)
    }

    @Test func theSelectionIsMarkedAndReversedNotJustColoured() {
        let rows = OverviewRow.rows(of: sample)
        let goal = rows.firstIndex(of: .goal(1))!
        let grid = render(sample, width: 80, height: 24) { $0.selected = goal }
        let line = grid.lines.firstIndex { $0.contains("Raise checkout conversion") }!
        #expect(grid.lines[line].hasPrefix(" ▶"))
        #expect(grid[20, line].style == theme[.cursor])
        #expect(grid.lines.filter { $0.contains("▶") }.count == 1)
        var state = ViewState(file: FileStatus(name: "x"))
        state.screen = .overview
        state.screens.overview.selected = goal
        let mono = EditorScreen.render(map: sample, index: ColumnIndex(sample), state: state,
                                       theme: try! ThemeCatalog.load("mono", environment: [:]), width: 80, height: 24)
        #expect(mono[20, line].style.attributes.contains(.reverse))
        // Without colour the marker still says which line it is.
        let plain = EditorScreen.render(map: sample, index: ColumnIndex(sample), state: state, theme: theme.withoutColor,
                                        width: 80, height: 24)
        #expect(plain.lines[line].hasPrefix(" ▶"))
    }

    @Test func theNextReviewSaysOverdueOrWhenItIsDue() {
        func nextReview(_ grid: CellGrid) -> String { grid.row(holding: "Next review") ?? "" }
        #expect(nextReview(render(sample, width: 120, height: 40)).contains("⚠ overdue since 2025-08-14 (199 days)"))
        let soon = render(sample, width: 120, height: 40) { $0.today = "2025-08-01" }
        #expect(nextReview(soon).contains("due 2025-08-14, in 13 days"))
        #expect(!soon.text.contains("⚠"))
        var never = sample
        never.objectives.lastReviewed = nil
        #expect(nextReview(render(never, width: 120, height: 40)).contains("not reviewed yet: r marks it reviewed today"))
        never.objectives.reviewCadence = nil
        #expect(nextReview(render(never, width: 120, height: 40)).contains("no cadence: choose one to know when"))
    }

    @Test func countsSayWhatOpenMeansAndEveryStatus() {
        var map = sample
        let pain = map.stages[0].touchpoints[0].painPoints.first ?? Item(id: "p-x", text: "Slow")
        if map.stages[0].touchpoints[0].painPoints.isEmpty { map.stages[0].touchpoints[0].painPoints = [pain] }
        let counts = OverviewCounts(map)
        map.stages[0].touchpoints[0].opportunities.append(Item(id: "fix-x", text: "Fix it", status: .done, addresses: [pain.id]))
        let after = OverviewCounts(map)
        #expect(after.openPainPoints == counts.openPainPoints - 1)
        #expect(after.byStatus[.done] == (counts.byStatus[.done] ?? 0) + 1)
        // An opportunity addressing it that is not done leaves it open.
        map.stages[0].touchpoints[0].opportunities[map.stages[0].touchpoints[0].opportunities.count - 1].status = .planned
        #expect(OverviewCounts(map).openPainPoints == counts.openPainPoints)
        let text = render(sample, width: 120, height: 40) { $0.selected = .max }.text
        #expect(text.contains(OverviewCounts.openRule))
        for words in ["idea", "planned", "in progress", "done", "no status"] { #expect(text.contains(words)) }
    }

    @Test func hostileTextIsShownEscapedAndHugeTextStaysBounded() {
        var map = sample
        map.objectives.purpose = "\u{1B}[2J\u{1B}]0;owned\u{07}\u{202E}evil"
        map.objectives.goals = [String(repeating: "long goal words ", count: 300_000)]
        map.stages[0].goal = "tab\there\nnew line"
        let started = Date()
        let grid = render(map, width: 80, height: 24)
        #expect(Date().timeIntervalSince(started) < 5)
        let text = grid.text
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("^[[2J"))
        #expect(text.contains("<202E>"))
        // A long text wraps and is cut with an ellipsis on screen.
        #expect(text.contains("long goal words"))
        #expect(text.contains("…"))
    }

    @Test func theViewScrollsToKeepTheSelectionInSight() {
        let rows = OverviewRow.rows(of: sample)
        for selected in rows.indices {
            let grid = render(sample, width: 80, height: 24) { $0.selected = selected }
            #expect(grid.lines.contains { $0.hasPrefix(" ▶") }, "row \(selected) is in sight")
        }
        let bottom = render(sample, width: 80, height: 24) { $0.selected = rows.count - 1 }
        #expect(bottom.text.contains("no status"))
        #expect(bottom.lines[1].hasSuffix("↑"))
        #expect(render(sample, width: 80, height: 24).lines[22].hasSuffix("↓"))
    }

    @Test func anEmptyMapInvitesEachField() {
        let text = render(BlankMap.make(), width: 120, height: 40).text
        #expect(text.contains("(none yet: a adds one)"))
        #expect(text.contains("(no goal yet)"))
        #expect(text.contains("(none: Enter to choose one)"))
    }

    @Test func printedShowsTheWholeViewWithNothingSelected() {
        let date = CalendarDay.date(Self.today)!
        let grid = OverviewScreen.printed(map: sample, width: 80, theme: theme, today: date)
        let text = grid.text
        #expect(!text.contains("▶"))
        #expect(text.contains("── Objectives"))
        #expect(text.contains("Advocacy"))
        #expect(text.contains("no status"))
        #expect(grid.height == OverviewLayout(map: sample, width: 80, today: date, counts: OverviewCounts(sample), maxLines: 10_000)
            .lines.count)
        // A long text is printed whole, not cut.
        var long = sample
        long.objectives.purpose = String(repeating: "word ", count: 400)
        #expect(!OverviewScreen.printed(map: long, width: 80, theme: theme, today: date).text.contains("…"))
    }
}
