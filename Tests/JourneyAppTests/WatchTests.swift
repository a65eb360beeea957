import Foundation
@testable import JourneyApp
import JourneyCore
import JourneyView
import Testing

/// `journey watch` as the editor sees it: updates in, the cursor kept by id,
/// the lead followed until the watcher moves away, and nothing ever written.
@Suite struct WatchTests {
    struct Watcher {
        var editor = Editor(document: Document(map: SampleMap.make(), path: nil, isSaved: true), displayName: "map.json",
                            width: 120, height: 40)
        var effects: [Effect] = []

        init(editor state: WatchedEditor = .editing, lead: LeadPosition? = nil) {
            editor.startWatching(WatchUpdate(map: nil, editor: state, lead: lead))
        }

        mutating func send(_ event: Event) { effects += editor.update(event) }
        mutating func press(_ keys: Key...) { keys.forEach { send(.key($0)) } }
        mutating func type(_ text: String) { text.forEach { send(.key(.character($0))) } }
        mutating func update(map: JourneyMap? = nil, editor state: WatchedEditor = .editing, lead: LeadPosition? = nil,
                             saved: Bool = false) {
            send(.watched(WatchUpdate(map: map, editor: state, lead: lead, saved: saved)))
        }

        var statusLine: String { editor.frame(theme: ThemeCatalog.builtinDefault).lines.last ?? "" }
        var touchpoint: String? { editor.cursor.touchpoint }
    }

    static func lead(_ touchpoint: String, stage: String, lane: String = "actions", screen: String = "grid") -> LeadPosition {
        LeadPosition(screen: screen, stage: stage, touchpoint: touchpoint, lane: lane)
    }

    @Test func anUpdateKeepsTheCursorOnTheSameTouchpoint() {
        var w = Watcher()
        w.press(.right, .right)
        let before = w.touchpoint
        var map = SampleMap.make()
        map.stages[0].touchpoints.insert(Touchpoint(id: "new-first", name: "New first"), at: 0)
        w.update(map: map)
        #expect(w.editor.map == map)
        #expect(w.touchpoint == before)
        #expect(!w.editor.document.isModified)
    }

    @Test func theLeadIsFollowedIntoViewsAndPresentations() {
        var w = Watcher()
        w.update(lead: Self.lead("checkout", stage: "purchase", lane: "painPoints"))
        #expect(w.touchpoint == "checkout")
        #expect(w.editor.cursor.lane == "painPoints")
        #expect(w.statusLine.contains("[following]"))
        w.update(lead: Self.lead("checkout", stage: "purchase", screen: "insights"))
        #expect(w.editor.view.screen == .insights)
        var presenting = Self.lead("checkout", stage: "purchase")
        presenting.presenting = LeadPosition.Presenting(stage: "decision", spotlight: "compare")
        w.update(lead: presenting)
        #expect(w.editor.view.present == PresentState(stage: "decision", spotlight: "compare"))
        w.update(lead: Self.lead("delivery", stage: "purchase"))
        #expect(w.editor.view.present == nil)
        #expect(w.touchpoint == "delivery")
    }

    /// After a reveal the facilitator shows the insights ranked by votes; the room's screen ranks them the same way.
    @Test func theLeadersInsightsOrderIsFollowed() {
        var w = Watcher()
        var lead = Self.lead("checkout", stage: "purchase", screen: "insights")
        var query = InsightsQuery()
        query.sort = .votes
        query.kind = .painPoint
        lead.insights = query
        w.update(lead: lead)
        #expect(w.editor.view.screens.insights.query == query)
        #expect(w.editor.frame(theme: ThemeCatalog.builtinDefault).lines.joined().contains("sort: votes, highest first"))
        let read = LeadPosition.decode(lead.bytes)
        #expect((try? read.get())?.insights == query, "the order survives the lead file")
    }

    @Test func movingAwayStopsFollowingAndFResumes() {
        var w = Watcher(lead: Self.lead("size-guide", stage: "consideration"))
        #expect(w.touchpoint == "size-guide")
        w.press(.right)
        #expect(w.touchpoint == "read-reviews")
        #expect(w.editor.view.message?.text == "moved away from the editor; f follows it again")
        #expect(w.statusLine.contains("[watching]"))
        w.update(lead: Self.lead("checkout", stage: "purchase"))
        #expect(w.touchpoint == "read-reviews", "moved away: the lead is not followed")
        w.press(.character("?"))
        w.press(.escape)
        w.press(.character("f"))
        #expect(w.touchpoint == "checkout")
        #expect(w.statusLine.contains("following the editor"))
    }

    @Test func openingTheHelpDoesNotStopFollowing() {
        var w = Watcher(lead: Self.lead("size-guide", stage: "consideration"))
        w.press(.character("?"))
        w.update(lead: Self.lead("checkout", stage: "purchase"))
        w.press(.escape)
        #expect(w.touchpoint == "checkout")
    }

    @Test func aWatcherCannotChangeOrSaveTheMap() {
        var w = Watcher()
        let map = w.editor.map
        w.press(.character("c"))
        w.type("typed")
        w.press(.enter, .character("x"), .character("o"), .character("u"), .control("s"), .character("W"))
        w.type(":w /tmp/elsewhere.json")
        w.press(.enter)
        w.type(":title Hijacked")
        w.press(.enter)
        w.send(.paste("pasted\ntext"))
        w.type(":lead")
        w.press(.enter)
        #expect(w.editor.map == map)
        #expect(w.effects.allSatisfy { effect in
            switch effect {
            case .save, .journal, .endJournal, .recover, .discardJournals, .retire, .reload, .lead: false
            default: true
            }
        })
        w.press(.character("q"))
        #expect(w.editor.isFinished, "q quits at once: there is never anything to save")
    }

    @Test func whatHappensToTheEditorIsSaid() {
        var w = Watcher()
        #expect(w.statusLine.contains("the editor is not leading — move freely"))
        w.update(saved: true)
        #expect(w.statusLine.contains("the editor saved the map"))
        w.update(editor: .stopped(unsaved: true))
        #expect(w.statusLine.contains("editor stopped: showing its unsaved edits from the journal; waiting"))
        w.press(.right)
        #expect(w.statusLine.contains("waiting"), "a waiting state stays said")
        w.update(editor: .closed)
        #expect(w.statusLine.contains("editor closed; showing the saved file; waiting"))
        w.update(editor: .missing)
        #expect(w.statusLine.contains("map file missing; waiting"))
        w.update(editor: .editing)
        #expect(w.statusLine.contains("the editor is back"))
    }

    @Test func theLeadersTimerCountsDownHere() {
        var lead = Self.lead("search-ad", stage: "awareness")
        lead.timer = .running(until: Date().addingTimeInterval(300))
        let w = Watcher(lead: lead)
        #expect(w.editor.view.timer?.text.hasPrefix("timer 4:") == true || w.editor.view.timer?.text == "timer 5:00")
        var paused = lead
        paused.timer = .paused(left: 90)
        var v = Watcher(lead: paused)
        #expect(v.editor.view.timer?.text == "timer 1:30 paused")
        v.update(lead: nil)
        #expect(v.editor.view.timer == nil)
    }

    // MARK: the leader

    @Test func aLeaderPublishesItsPositionOnlyWhenItChanges() {
        var editor = Editor(document: Document(map: SampleMap.make(), path: "map.json", isSaved: true), displayName: "map.json",
                            width: 120, height: 40)
        var effects: [Effect] = []
        func leads() -> [LeadPosition?] {
            effects.compactMap { if case .lead(let position) = $0 { position } else { nil } }
        }
        for c in ":lead" { effects += editor.update(.key(.character(c))) }
        effects += editor.update(.key(.enter))
        #expect(leads().count == 1)
        #expect(editor.frame(theme: ThemeCatalog.builtinDefault).lines.last?.contains("[leading]") == true)
        effects += editor.update(.key(.right))
        #expect(leads().last??.touchpoint == "social-video")
        effects += editor.update(.tick(Date()))
        effects += editor.update(.resize(width: 100, height: 30))
        #expect(leads().count == 2, "nothing moved: nothing published")
        for c in ":timer 10m" { effects += editor.update(.key(.character(c))) }
        effects += editor.update(.key(.enter))
        if case .running? = leads().last??.timer {} else { Issue.record("the timer is published") }
        for c in ":lead off" { effects += editor.update(.key(.character(c))) }
        effects += editor.update(.key(.enter))
        #expect(leads().last! == nil)
        #expect(editor.frame(theme: ThemeCatalog.builtinDefault).lines.last?.contains("[leading]") == false)
    }

    @Test func aMapWithoutAFileCannotLead() {
        var editor = Editor(document: Document(map: SampleMap.make(), path: nil, isSaved: true), displayName: "sample")
        var effects: [Effect] = []
        for c in ":lead" { effects += editor.update(.key(.character(c))) }
        effects += editor.update(.key(.enter))
        #expect(effects.allSatisfy { if case .lead = $0 { false } else { true } })
        #expect(editor.view.message?.text == "save the map to a file first (:w FILE): watchers follow a file")
    }
}
