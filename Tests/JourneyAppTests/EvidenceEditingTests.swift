import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// Evidence from the keys: `e` and `:cite`, `:uncite`, `:evidence`,
/// `:source` on what is under the cursor, and the evidence view; every
/// change one undo step, and a claim found again by id.
@Suite struct EvidenceEditingTests {
    func keys(_ text: String) -> [HeadlessTerminal.Input] { (try? KeyNotation.parse(text)) ?? [] }

    func session(_ text: String, map: JourneyMap = SampleMap.make(), width: Int = 100, height: Int = 30) -> Session {
        Session(keys(text), width: width, height: height, map: map)
    }

    let sample = SampleMap.make()

    /// Social video, the second touchpoint: it rests on nothing in the sample.
    var socialVideo: Touchpoint { sample.stages[0].touchpoints[1] }

    @Test func eOnATextLaneCitesForTheTextAndOnAnotherLaneForTheTouchpoint() {
        // The cursor starts on Actions: the text cites.
        let text = session("le1")
        #expect(text.map.stages[0].touchpoints[1].laneSources["actions"] == ["src-runner-interviews"])
        #expect(text.map.stages[0].touchpoints[1].evidence.sources.isEmpty)
        #expect(text.grid.statusText.contains("the Actions of “Social video” cites “Twelve runner interviews”"))
        // On the emotion lane (no text), the touchpoint itself cites.
        let touchpoint = session("ljje2")
        #expect(touchpoint.map.stages[0].touchpoints[1].evidence.sources == ["src-web-funnel"])
        #expect(touchpoint.map.evidenceLevel(of: .touchpoint(stage: 0, index: 1)) == .measured)
        // Picking a cited source again takes it back; u undoes either way.
        #expect(session("ljje2e2").map == sample)
        #expect(session("ljje2u").map == sample)
    }

    @Test func aLevelIsSaidOnTheTouchpointEvenFromItsText() {
        let s = session("leo")
        #expect(s.map.stages[0].touchpoints[1].evidence.level == .observed)
        #expect(session("leoes").map == sample, "s: the level follows the sources again")
    }

    @Test func inAnItemListECitesForTheSelectedItem() throws {
        // Down to Opportunities (Actions, Thoughts, Emotion, Pain points, Opportunities), Enter opens the list.
        let s = session("ljjjj<enter>e3")
        let item = try #require(s.map.stages[0].touchpoints[1].opportunities.first)
        #expect(item.evidence.sources == ["src-runner-interviews", "src-care-tickets"])
        #expect(s.map.stages[0].touchpoints[1].evidence.sources.isEmpty)
    }

    @Test func citeAndUnciteByNumberTitleOrWords() {
        #expect(session("ljj:cite 4<enter>").map.stages[0].touchpoints[1].evidence.sources == ["src-size-test"])
        #expect(session("ljj:cite web funnel<enter>").map.stages[0].touchpoints[1].evidence.sources == ["src-web-funnel"])
        #expect(session("ljj:cite care tickets<enter>").map.stages[0].touchpoints[1].evidence.sources == ["src-care-tickets"])
        let ambiguous = session("ljj:cite q1<enter>")
        #expect(ambiguous.map == sample)
        #expect(ambiguous.grid.statusText.contains("no single source is “q1”"))
        // Checkout (Purchase, first touchpoint) cites the web funnel; :uncite takes it back.
        let uncited = session(":go Checkout<enter>jj:uncite 2<enter>")
        #expect(uncited.map.stages[3].touchpoints[0].evidence.sources.isEmpty)
    }

    @Test func aLevelByName() {
        #expect(session("ljj:evidence reported<enter>").map.stages[0].touchpoints[1].evidence.level == .reported)
        let wrong = session("ljj:evidence hunch<enter>")
        #expect(wrong.map == sample && wrong.grid.statusText.contains("no evidence level “hunch”"))
    }

    @Test func aNewSourceIsRecordedAndCanBeCitedAtOnceAsOneStep() throws {
        let s = session(":source tickets Zendesk export, November<enter>")
        let source = try #require(s.map.sources.last)
        #expect(source.kind == .supportTickets && source.title == "Zendesk export, November" && source.id.hasPrefix("src-"))
        let cited = session("ljjen" + "interview Two shoppers at the pop-up<enter>")
        let added = try #require(cited.map.sources.last)
        #expect(added.kind == .interview && cited.map.stages[0].touchpoints[1].evidence.sources == [added.id])
        #expect(session("ljjen" + "interview Two shoppers<enter>u").map == sample, "one undo takes both back")
        let bad = session(":source podcast Episode 4<enter>")
        #expect(bad.map == sample && bad.grid.statusText.contains("“podcast” is not a kind of research"))
    }

    @Test func theViewListsSourcesThenWhatRestsOnNothing() {
        let s = session("ve")
        #expect(s.editor.modeName == "EVIDENCE")
        #expect(s.screen.contains("Evidence · 5 sources"))
        #expect(s.grid.selectedRow?.contains("1. Twelve runner interviews (interview, 2026-02-12)") == true, "\(s.screen)")
        #expect(s.screen.contains("Resting on nothing"))
        #expect(s.screen.contains("? Awareness › Social video: touchpoint"))
    }

    @Test func enterOnAClaimGoesToItAndEThereBacksIt() throws {
        // Five sources, then the first claim resting on nothing: Social video.
        let s = session("vejjjjj<enter>e1")
        #expect(s.editor.modeName == "GRID")
        #expect(s.map.stages[0].touchpoints[1].evidence.sources == ["src-runner-interviews"])
        // An item opens its list with the item selected: e backs the item.
        let unbacked = EvidenceReport(sample).unbacked
        let first = try #require(unbacked.firstIndex { $0.noun == "opportunity" })
        let item = session("ve" + String(repeating: "j", count: 5 + first) + "<enter>e1")
        #expect(item.editor.modeName == "ITEMS")
        #expect(EvidenceReport(item.map).unbacked.count == unbacked.count - 1)
    }

    @Test func editingAndRemovingASourceInTheView() throws {
        let retitled = session("ver<c-u>Runner interviews, February<enter>")
        #expect(retitled.map.sources[0].title == "Runner interviews, February")
        let linked = session("vejL<c-u>https://example.com/funnel<enter>")
        #expect(linked.map.sources[1].link == "https://example.com/funnel")
        let dated = session("veD<c-u>2026-02-30<enter>")
        #expect(dated.map == sample && dated.grid.statusText.contains("2026-02-30"))
        let removed = session("vex")
        #expect(removed.map.sources.count == 4)
        #expect(!EvidenceReport(removed.map).entries.contains { $0.sources.contains("src-runner-interviews") })
        #expect(removed.grid.statusText.contains("removed “Twelve runner interviews” and its"))
        #expect(session("vexu").map == sample)
        let kind = session("veK<down><enter>")
        #expect(kind.map.sources[0].kind == .survey)
    }

    /// A title, a note or a stage name from a hostile file stays text on screen and in print.
    @Test func hostileTextStaysText() {
        var map = sample
        map.sources[0].title = "Clear\u{1B}[2J\nscreen"
        map.sources[0].note = "bell\u{07}"
        map.stages[0].name = "Aware\u{1B}]0;owned\u{07}"
        let s = session("ve", map: map)
        #expect(s.grid.selectedRow?.contains("Clear^[[2J") == true, "\(s.screen)")
        #expect(!s.screen.contains("\u{1B}") && !s.screen.contains("\u{07}"))
        let printed = PrintOutput.text { MapScreen.evidence.print(map: map, width: 80, theme: ThemeCatalog.builtinDefault, color: false, to: &$0) }
        #expect(!printed.contains("\u{1B}") && !printed.contains("\u{07}") && printed.contains("Clear^[[2J"), "\(printed)")
    }

    @Test func aMapWithNoSourcesMarksNothingInTheGrid() {
        var bare = sample
        bare.sources = []
        let s = session("", map: bare, width: 120, height: 40)
        #expect(!s.grid.row(3).contains("?"))
        let tracked = session("", width: 120, height: 40)
        #expect(tracked.grid.row(3).contains("Social media   ?┊"), "Social video rests on nothing: its channel line ends in ?")
    }
}
