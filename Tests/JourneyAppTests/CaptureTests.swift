import Foundation
@testable import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// Capture mode (`A` or `:capture` on a list lane) and the parking lot
/// (`:park`, `B`), driven by keys on the headless terminal.
@Suite struct CaptureTests {
    func keys(_ text: String) -> [HeadlessTerminal.Input] { (try? KeyNotation.parse(text)) ?? [] }

    /// From the first touchpoint, the keys down to the pain-point lane.
    static let toPainPoints: String = {
        let lanes = SampleMap.make().lanes.filter { !$0.hidden }
        return String(repeating: "j", count: lanes.firstIndex { $0.kind == .painPoints } ?? 0)
    }()

    func session(_ text: String, _ extra: [HeadlessTerminal.Input] = [], map: JourneyMap = SampleMap.make(),
                 width: Int = 100, height: Int = 30) -> Session {
        Session(keys("0g" + Self.toPainPoints + text) + extra, width: width, height: height, map: map)
    }

    func painPoints(_ map: JourneyMap, touchpoint: Int = 0) -> [String] {
        let all = map.stages.flatMap(\.touchpoints)
        return all[touchpoint].painPoints.map(\.text)
    }

    @Test func enterThreeTimesKeepsThreeItemsInOrder() {
        let before = painPoints(SampleMap.make())
        let s = session("AFirst<enter>Second<enter>Third<enter>")
        #expect(painPoints(s.map) == before + ["First", "Second", "Third"])
        #expect(s.editor.modeName == "CAPTURE", "still capturing, the next line open")
        #expect(s.grid.statusLine.hasPrefix(" CAPTURE "))
        #expect(s.grid.statusText.contains("3 kept"))
    }

    @Test func theCommandStartsItToo() {
        let s = session(":capture<enter>One<enter>")
        #expect(painPoints(s.map).last == "One")
        #expect(s.editor.modeName == "CAPTURE")
    }

    @Test func anEmptyEnterEndsCapture() {
        let s = session("AOne<enter><enter>")
        #expect(s.editor.modeName == "GRID")
        #expect(painPoints(s.map).last == "One")
        #expect(s.grid.statusText.contains("1 item kept"))
    }

    @Test func escKeepsTheLineAndEnds() {
        let s = session("AOne<enter>Two<esc>")
        #expect(s.editor.modeName == "GRID")
        #expect(Array(painPoints(s.map).suffix(2)) == ["One", "Two"])
    }

    @Test func ctrlCDropsTheLineAndEnds() {
        let s = session("AOne<enter>Two<c-c>")
        #expect(s.editor.modeName == "GRID")
        #expect(painPoints(s.map).last == "One")
        #expect(s.grid.statusText.contains("1 item kept, the last line dropped"))
    }

    @Test func tabMovesToTheSameLaneOfTheNextTouchpoint() {
        let before = SampleMap.make()
        let s = session("AHere<tab>There<enter>Also there<s-tab>Back<enter>")
        #expect(painPoints(s.map, touchpoint: 0) == painPoints(before, touchpoint: 0) + ["Here", "Back"])
        #expect(painPoints(s.map, touchpoint: 1) == painPoints(before, touchpoint: 1) + ["There", "Also there"])
        #expect(s.editor.modeName == "CAPTURE")
        #expect(s.grid.statusText.contains("4 kept"))
        #expect(s.editor.here?.id == before.stages.flatMap(\.touchpoints)[0].id)
    }

    @Test func undoTakesItemsBackOneAtATime() {
        let before = painPoints(SampleMap.make())
        let s = session("AFirst<enter>Second<enter>Third<enter><enter>u")
        #expect(painPoints(s.map) == before + ["First", "Second"])
        let t = session("AFirst<enter>Second<enter>Third<enter><enter>uuu")
        #expect(painPoints(t.map) == before)
    }

    @Test func hostileTextIsKeptAsData() {
        let hostile = "\u{1B}[2J\u{202E}evil\u{0007} <script>"
        let s = session("A", [.paste(hostile)] + keys("<enter><enter>"))
        #expect(painPoints(s.map).last == hostile)
        #expect(!s.screen.contains("\u{1B}") && !s.screen.contains("\u{202E}"))
    }

    @Test func ratingsTypedWithTheLineAreKept() {
        let s = session("AHidden fees | 4 2 3<enter>")
        let item = s.map.stages[0].touchpoints[0].painPoints.last
        #expect(item?.text == "Hidden fees" && item?.impact == 4 && item?.effort == 2 && item?.votes == 3)
    }

    @Test func aPastedBlockIsOneItemPerLineAndCaptureGoesOn() {
        let s = session("A", [.paste("one\ntwo\nthree")] + keys("four<enter>"))
        #expect(Array(painPoints(s.map).suffix(4)) == ["one", "two", "three", "four"])
        #expect(s.grid.statusText.contains("4 kept"))
    }

    @Test func refusedOffAListLane() {
        let s = Session(keys("0gA"), width: 100, height: 30)
        #expect(s.editor.modeName == "GRID")
        #expect(s.grid.statusText.contains("list lane"))
    }

    func recoveredAfterACrash(_ script: String) throws -> (edited: JourneyMap, recovered: JourneyMap?) {
        let file = try MapOnDisk()
        defer { file.remove() }
        let edited = Session(keys("0g" + Self.toPainPoints + script), path: file.path)
        return (edited.map, file.recovered())
    }

    @Test func parkingAndPlacingAreJournaled() throws {
        let (edited, recovered) = try recoveredAfterACrash(":park One<enter>:park Two<enter>B<enter>q")
        #expect(recovered == edited)
        #expect(recovered?.parkingLot.map(\.text) == ["Two"])
        #expect(recovered?.stages[0].touchpoints[0].quotes.last?.text == "One")
    }

    @Test func aCrashMidCaptureLosesNothingKept() throws {
        // The terminal goes away in the middle of a line: the three kept items are journaled, the half line is not.
        let (edited, recovered) = try recoveredAfterACrash("AOne<enter>Two<enter>Three<enter>Half a li")
        #expect(recovered == edited)
        #expect(recovered.map { Array(painPoints($0).suffix(3)) } == ["One", "Two", "Three"])
        #expect(recovered.map { painPoints($0).contains { $0.hasPrefix("Half") } } == false)
    }
}

extension CaptureTests {
    // MARK: the parking lot

    @Test func parkAddsAnIdeaFromAnywhere() {
        let s = Session(keys("vo:park Loyalty card?<enter>"), width: 100, height: 30)
        #expect(s.map.parkingLot.map(\.text) == ["Loyalty card?"])
        #expect(s.grid.statusText.contains("parked"))
        let undone = Session(keys(":park Loyalty card?<enter>u"), width: 100, height: 30)
        #expect(undone.map.parkingLot.isEmpty)
    }

    @Test func theLotListsTheIdeas() {
        let s = session(":park First idea<enter>:park Second idea<enter>B")
        #expect(s.editor.modeName == "CHOOSE")
        // A box titled with the count, the ideas in it in the order parked.
        let lot = s.grid.box(titled: "─ Parking lot (2) — ")
        #expect(Array(lot.suffix(2)) == ["First idea", "Second idea"], "\(lot)")
        // Letters filter this list: it says that Enter picks before p, o or q places (README says the same).
        #expect(s.view.picker?.notes == ["type to filter · Enter picks, then p, o or q places it · Esc closes"])
        let empty = session("B")
        #expect(empty.editor.modeName == "GRID")
        #expect(empty.grid.statusText.contains("parking lot is empty"))
    }

    @Test func placingPutsTheIdeaOnTheCursorsTouchpointInOneUndoStep() {
        let before = SampleMap.make()
        let s = session(":park First idea<enter>:park Second idea<enter>B<down><enter>o")
        let touchpoint = s.map.stages[0].touchpoints[0]
        #expect(touchpoint.opportunities.map(\.text) == before.stages[0].touchpoints[0].opportunities.map(\.text) + ["Second idea"])
        #expect(s.map.parkingLot.map(\.text) == ["First idea"])
        #expect(s.editor.currentLane?.kind == .opportunities)
        let undone = session(":park First idea<enter>:park Second idea<enter>B<down><enter>ou")
        #expect(undone.map.parkingLot.map(\.text) == ["First idea", "Second idea"])
        #expect(undone.map.stages[0].touchpoints[0] == before.stages[0].touchpoints[0])
    }

    @Test func placingAsAPainPointOrQuoteAndDiscarding() {
        let s = session(":park Slow<enter>B<enter>p:park Said so<enter>B<enter>q:park Nah<enter>B<enter>x")
        let touchpoint = s.map.stages[0].touchpoints[0]
        #expect(touchpoint.painPoints.last?.text == "Slow")
        #expect(touchpoint.quotes.last?.text == "Said so")
        #expect(s.map.parkingLot.isEmpty)
        #expect(!s.map.stages.flatMap(\.touchpoints).contains { t in t.items(of: .opportunities)?.contains { $0.text == "Nah" } == true })
    }

    @Test func hostileIdeasAreShownEscaped() {
        let s = session(":park ", [.paste("\u{1B}[2Jboom\u{202E}")] + keys("<enter>B"))
        #expect(s.map.parkingLot.first?.text == "\u{1B}[2Jboom\u{202E}")
        #expect(!s.screen.contains("\u{1B}") && !s.screen.contains("\u{202E}"))
        #expect(s.grid.box(titled: "─ Parking lot (1) — ").last == "^[[2Jboom<202E>")
    }
}
