import Foundation
@testable import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// `:present` and `:theme`, by keys on the headless terminal.
@Suite struct PresentTests {
    let sample = SampleMap.make()

    func keys(_ text: String) -> [HeadlessTerminal.Input] { text.map { .key(.character($0)) } }
    func command(_ line: String) -> [HeadlessTerminal.Input] { keys(":" + line) + [.key(.enter)] }

    func presented(_ session: Session) -> PresentState? {
        guard case .present(let state) = session.editor.mode else { return nil }
        return state
    }

    @Test func presentStartsAtTheCursorsStageAndClickerKeysMoveOn() {
        // Tab in the grid: the next stage; then present.
        let start: [HeadlessTerminal.Input] = [.key(.tab)] + command("present")
        #expect(presented(Session(start, width: 120, height: 40))?.stage == sample.stages[1].id)
        for next in [Key.character(" "), .right, .pageDown] {
            let session = Session(start + [.key(next)], width: 120, height: 40)
            #expect(presented(session)?.stage == sample.stages[2].id, "\(next)")
            #expect(session.grid.row(0).hasSuffix("stage 3 of 6"))
        }
        for previous in [Key.backspace, .left, .pageUp] {
            #expect(presented(Session(start + [.key(previous)], width: 120, height: 40))?.stage == sample.stages[0].id,
                    "\(previous)")
        }
        let pastTheEnd = Session(start + [.key(.end), .key(.character(" "))], width: 120, height: 40)
        #expect(presented(pastTheEnd)?.stage == sample.stages.last?.id)
        #expect(pastTheEnd.grid.statusText.contains("last stage"))
    }

    @Test func tabSpotlightsEachTouchpointThenNone() {
        let stage = sample.stages[0]
        var input = command("present")
        for (index, touchpoint) in stage.touchpoints.enumerated() {
            input.append(.key(.tab))
            let session = Session(input, width: 120, height: 40)
            #expect(presented(session)?.spotlight == touchpoint.id)
            #expect(session.grid.selectedRow?.hasPrefix("  ▶ \(index + 1). \(touchpoint.name)  ") == true, "its heading is marked")
        }
        #expect(presented(Session(input + [.key(.tab)], width: 120, height: 40))?.spotlight == nil)
        #expect(presented(Session(command("present") + [.key(.backTab)], width: 120, height: 40))?.spotlight
            == stage.touchpoints.last?.id)
    }

    @Test func qAndEscGoBackToTheEditorWhereTheCursorWas() {
        let moves: [HeadlessTerminal.Input] = [.key(.tab), .key(.right), .key(.down), .key(.down)]
        let before = Session(moves, width: 80, height: 24).view
        for back in [Key.character("q"), .escape] {
            let session = Session(moves + command("present") + [.key(.character(" ")), .key(.tab), .key(.down), .key(back)],
                                  width: 80, height: 24)
            #expect(session.editor.modeName == "GRID")
            #expect(session.view.gridPlace.column == before.gridPlace.column && session.view.gridPlace.lane == before.gridPlace.lane)
            #expect(session.view.present == nil)
            #expect(!session.editor.isFinished)
            #expect(session.map == sample)
        }
    }

    @Test func aQuestionAskedAtOpeningIsAnsweredBeforeThePresentationTakesKeys() {
        // `journey present` on a map another journey has open: the question comes first.
        var editor = Editor(document: Document(map: sample, path: "/tmp/shared.json", isSaved: true), displayName: "shared.json",
                            opening: Opening(heldBy: "another journey"), width: 100, height: 30)
        editor.startPresenting()
        #expect(editor.modeName == "CHOOSE", "the question stays on top")
        _ = editor.update(.key(.character("r")))
        #expect(editor.modeName == "PRESENT", "answered, the presentation shows")
        #expect(editor.view.file.isReadOnly)
        _ = editor.update(.key(.character(" ")))
        #expect(editor.view.present?.stage == sample.stages[1].id)
    }

    @Test func scrollingStopsAtTheEndOfTheStage() {
        let session = Session(command("present") + Array(repeating: .key(.down), count: 200), width: 80, height: 24)
        let state = presented(session)!
        let slide = PresentSlide(map: sample, stage: state.stage, spotlight: nil, width: 80)
        #expect(state.scroll == PresentScreen.maxScroll(slide, screenHeight: 24))
        #expect(state.scroll > 0)
        let up = Session(command("present") + Array(repeating: .key(.down), count: 200) + [.key(.up)], width: 80, height: 24)
        #expect(presented(up)!.scroll == state.scroll - 1)
    }

    @Test func themeSwitchesAtRuntime() {
        var editor = Editor(document: Document(map: sample, path: nil, isSaved: true), displayName: "sample")
        let effects = editor.update(.key(.character(":"))) + "theme projector-light".flatMap { editor.update(.key(.character($0))) }
            + editor.update(.key(.enter))
        #expect(effects.contains { if case .theme("projector-light") = $0 { true } else { false } })

        let session = Session(command("theme projector-light"), width: 80, height: 24)
        #expect(session.view.message?.text == "theme projector-light")
        let light = try! ThemeCatalog.load("projector-light", environment: .process)
        // The last frame is drawn in the new theme: its title bar has the theme's title style.
        #expect(session.terminal.screen?[1, 0].style == light[.title])
        let missing = Session(command("theme nosuch"), width: 80, height: 24)
        #expect(missing.grid.statusText.contains("no theme named \"nosuch\""))
        #expect(missing.terminal.screen?[1, 0].style == ThemeCatalog.builtinDefault[.title])
    }

    @Test func presentingAMapWithoutStagesSaysSo() {
        var empty = sample
        empty.stages = []
        let session = Session(command("present"), width: 80, height: 24, map: empty)
        #expect(session.editor.modeName == "GRID")
        #expect(session.grid.statusText.contains("no stages"))
    }
}
