import Foundation
@testable import JourneyApp
import JourneyCore
@testable import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// The mouse, when on: a click moves the cursor to the cell under it, a
/// double-click edits as Enter does, the wheel scrolls; off, nothing moves.
@Suite struct MouseTests {
    /// An editor driven event by event, so each step can be looked at.
    struct Desk {
        var editor: Editor
        var effects: [Effect] = []

        init(width: Int = 80, height: Int = 24, mouse: Bool = true, map: JourneyMap = SampleMap.make()) {
            editor = Editor(document: Document(map: map, path: nil, isSaved: true), displayName: "sample", width: width,
                            height: height)
            if mouse { editor.useMouse() }
        }

        var layout: EditorLayout { editor.layout }
        var shownLanes: [Lane] { editor.shownLanes }

        /// A screen cell inside a lane's cell of a column (as drawn now).
        func point(column: Int, lane: Int) -> (x: Int, y: Int) {
            let layout = self.layout
            var y = layout.bodyY
            for above in editor.view.gridPlace.firstLane..<lane { y += layout.laneHeights[above] + layout.geometry.laneGap }
            return (layout.geometry.x(ofColumn: column, first: editor.view.gridPlace.firstColumn) + 3, y + 1)
        }

        mutating func send(_ event: Event) { effects += editor.update(event) }

        mutating func click(_ x: Int, _ y: Int, double: Bool = false) {
            send(.mouse(MouseEvent(.click, x: x, y: y)))
            if double { send(.mouse(MouseEvent(.doubleClick, x: x, y: y))) }
        }

        mutating func click(column: Int, lane: Int, double: Bool = false) {
            let (x, y) = point(column: column, lane: lane)
            click(x, y, double: double)
        }

        mutating func wheel(down: Bool, shift: Bool = false, times: Int = 1) {
            for _ in 0..<times { send(.mouse(MouseEvent(down ? .wheelDown : .wheelUp, x: 40, y: 12, shift: shift))) }
        }

        mutating func type(_ text: String) {
            for c in text { send(.key(c == "\n" ? .enter : .character(c))) }
        }

        /// The screen row that shows `text`, and the column where it starts.
        func find(_ text: String) -> (x: Int, y: Int)? {
            let lines = editor.frame(theme: ThemeCatalog.builtinDefault).lines
            for (y, line) in lines.enumerated() {
                if let range = line.range(of: text) { return (line.distance(from: line.startIndex, to: range.lowerBound), y) }
            }
            return nil
        }

        func touchpointID(column: Int) -> String {
            let position = editor.index.position(of: column)
            return editor.map.stages[position.stage].touchpoints[position.touchpoint!].id
        }
    }

    @Test(arguments: [(120, 40), (80, 24), (40, 12)]) func aClickPutsTheCursorOnTheCellUnderIt(width: Int, height: Int) throws {
        var desk = Desk(width: width, height: height)
        let columns = desk.layout.geometry.columnsPerScreen
        let target = (column: min(2, columns - 1), lane: 1)
        desk.click(column: target.column, lane: target.lane)
        #expect(desk.editor.cursor.touchpoint == desk.touchpointID(column: target.column))
        #expect(desk.editor.cursor.lane == desk.shownLanes[target.lane].id)
        #expect(desk.editor.modeName == "GRID")
        #expect(!desk.editor.document.isModified, "a click changes nothing")
    }

    @Test func offByDefaultTheMouseMovesNothing() {
        var desk = Desk(mouse: false)
        let before = desk.editor.cursor
        desk.click(column: 2, lane: 1, double: true)
        desk.wheel(down: true, times: 3)
        #expect(desk.editor.cursor == before)
        #expect(desk.editor.view.gridPlace.firstLane == 0)
        #expect(desk.editor.modeName == "GRID")
        #expect(!desk.editor.mouse)
    }

    @Test func aDoubleClickEditsTheCellAsEnterDoesAndUndoTakesItBack() throws {
        var desk = Desk()
        let original = desk.editor.map
        desk.click(column: 1, lane: 0, double: true)
        #expect(desk.editor.modeName == "TYPING")
        desk.type(" Again.\n")
        let id = desk.touchpointID(column: 1)
        let lane = desk.shownLanes[0].id
        let text = try #require(desk.editor.map.touchpoint(id: id)?.text[lane])
        #expect(text.hasSuffix(" Again."))
        desk.type("u")
        #expect(desk.editor.map == original)
    }

    @Test func aDoubleClickOnAListLaneOpensItsItemsAndOnTheEmotionLaneItsScores() throws {
        var desk = Desk(width: 120, height: 40)
        let pains = try #require(desk.shownLanes.firstIndex { $0.kind == .painPoints })
        desk.click(column: 0, lane: pains, double: true)
        #expect(desk.editor.modeName == "ITEMS")
        desk.send(.key(.escape))
        let emotion = try #require(desk.shownLanes.firstIndex { $0.kind == .emotion })
        desk.click(column: 0, lane: emotion, double: true)
        #expect(desk.editor.view.prompt != nil, "the scores are asked for")
    }

    @Test func aDoubleClickInReadOnlyModeChangesNothing() {
        var desk = Desk()
        desk.editor.readOnly = true
        desk.click(column: 1, lane: 0, double: true)
        #expect(desk.editor.modeName == "GRID")
        #expect(desk.editor.view.message?.text == "read-only: nothing here changes the file (W saves a copy elsewhere)")
    }

    @Test func headersSelectTheirStageOrTouchpointAndLaneNamesTheirLane() throws {
        var desk = Desk(width: 120, height: 40)
        let geometry = desk.layout.geometry
        desk.click(column: 1, lane: 2)
        // The stage's name above its third touchpoint: the stage's first touchpoint.
        let consideration = desk.editor.index.column(stage: 1)
        desk.click(geometry.x(ofColumn: consideration + 2, first: 0) + 2, desk.layout.headerY)
        #expect(desk.editor.cursor.touchpoint == desk.touchpointID(column: consideration))
        #expect(desk.editor.cursor.lane == desk.shownLanes[2].id, "the lane stays")
        // A touchpoint's name or channel: that touchpoint.
        desk.click(geometry.x(ofColumn: 4, first: 0) + 2, desk.layout.headerY + 2)
        #expect(desk.editor.cursor.touchpoint == desk.touchpointID(column: 4))
        // A lane's name: that lane, in the same column.
        let (_, y) = desk.point(column: 0, lane: 3)
        desk.click(1, y)
        #expect(desk.editor.cursor.lane == desk.shownLanes[3].id)
        #expect(desk.editor.cursor.touchpoint == desk.touchpointID(column: 4))
        // A double-click on a header renames it, as r and R do.
        desk.click(geometry.x(ofColumn: 4, first: 0) + 2, desk.layout.headerY + 1, double: true)
        #expect(desk.editor.view.prompt?.label == "Touchpoint name:")
    }

    @Test func clicksOnRulesTheTitleAndTheStatusLineMoveNothing() {
        var desk = Desk()
        desk.click(column: 1, lane: 1)
        let before = desk.editor.cursor
        let layout = desk.layout
        for (x, y) in [(30, 0), (30, layout.statusY), (0, layout.headerY), (30, layout.headerY + 3),
                       (30, layout.bodyY + layout.laneHeights[0])] {
            desk.click(x, y)
            #expect(desk.editor.cursor == before, "\(x), \(y)")
        }
    }

    @Test func theWheelScrollsLanesAndWithShiftColumnsKeepingTheCursorOnScreen() {
        var desk = Desk()
        desk.wheel(down: true, times: 2)
        #expect(desk.editor.view.gridPlace.firstLane == 2)
        #expect(desk.editor.view.gridPlace.lane == 2, "the cursor follows the top lane out")
        desk.wheel(down: false)
        #expect(desk.editor.view.gridPlace.firstLane == 1)
        desk.wheel(down: true, times: 100)
        let last = desk.editor.view.gridPlace.firstLane
        #expect(desk.layout.wholeLanes(from: last).upperBound == desk.shownLanes.count, "stops once the last lane shows")
        desk.wheel(down: false, times: 100)
        #expect(desk.editor.view.gridPlace.firstLane == 0)
        desk.wheel(down: true, shift: true, times: 2)
        #expect(desk.editor.view.gridPlace.firstColumn == 2)
        #expect(desk.editor.view.gridPlace.column == 2)
        desk.wheel(down: false, shift: true, times: 5)
        #expect(desk.editor.view.gridPlace.firstColumn == 0)
        #expect(!desk.editor.document.isModified)
    }

    @Test func whereEveryLaneFitsTheWheelScrollsColumns() {
        var map = SampleMap.make()
        map.lanes = Array(map.lanes.filter { $0.kind == .actions || $0.kind == .thoughts })
        var desk = Desk(width: 80, height: 40, map: map)
        #expect(desk.layout.allLanesFit)
        desk.wheel(down: true)
        #expect(desk.editor.view.gridPlace.firstColumn == 1)
    }

    @Test func whileTypingTheMouseIsIgnored() {
        var desk = Desk()
        desk.send(.key(.enter))
        let before = desk.editor.cursor
        desk.click(column: 2, lane: 1, double: true)
        desk.wheel(down: true)
        #expect(desk.editor.modeName == "TYPING")
        #expect(desk.editor.cursor == before)
    }

    @Test func aClickInAPickerPicksTheOptionUnderIt() throws {
        var desk = Desk()
        desk.type("v")
        let option = try #require(desk.find("Overview:"))
        desk.click(option.x + 2, option.y)
        #expect(desk.editor.view.screen == .overview)
        desk.type("v")
        desk.click(0, 0)
        #expect(desk.editor.view.picker != nil, "a click beside the box picks nothing")
        desk.wheel(down: true)
        var keyed = desk
        keyed.wheel(down: false)
        keyed.send(.key(.down))
        #expect(keyed.editor.view.picker == desk.editor.view.picker, "the wheel moves as ↓ does")
    }

    @Test func theWheelMovesAViewsSelectionAsTheArrowsDo() {
        var desk = Desk()
        desk.type(":view overview\n")
        var keyed = desk
        desk.wheel(down: true, times: 2)
        keyed.send(.key(.down))
        keyed.send(.key(.down))
        #expect(desk.editor.view.screens.overview.selected == keyed.editor.view.screens.overview.selected)
        #expect(desk.editor.view.screens.overview.selected > 0)
    }

    @Test func theWheelScrollsTheHelp() {
        var desk = Desk()
        desk.type("?")
        desk.wheel(down: true, times: 2)
        #expect(desk.editor.view.helpScroll == 6)
        desk.wheel(down: false)
        #expect(desk.editor.view.helpScroll == 3)
    }

    @Test func whilePresentingAClickShowsTheNextStage() {
        var desk = Desk(width: 100, height: 30)
        desk.type(":present\n")
        let first = desk.editor.view.present?.stage
        desk.click(50, 15)
        #expect(desk.editor.view.present?.stage == desk.editor.map.stages[1].id)
        #expect(first == desk.editor.map.stages[0].id)
    }

    @Test func aClickOnTheGridClosesAnItemListForThatCell() throws {
        var desk = Desk(width: 120, height: 40)
        let pains = try #require(desk.shownLanes.firstIndex { $0.kind == .painPoints })
        desk.click(column: 0, lane: pains, double: true)
        #expect(desk.editor.modeName == "ITEMS")
        desk.click(column: 2, lane: 0)
        #expect(desk.editor.modeName == "GRID")
        #expect(desk.editor.cursor.touchpoint == desk.touchpointID(column: 2))
    }

    // MARK: through the runtime, with a config file

    func scratch() throws -> String {
        let folder = NSTemporaryDirectory() + "journey-mouse-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    func keys(_ text: String) -> [HeadlessTerminal.Input] { text.map { .key($0 == "\n" ? .enter : .character($0)) } }

    @Test func setMouseTurnsReportingOnAndIsRemembered() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = folder + "/xdg/journey/config.json"
        let on = Session(keys(":set mouse\n") + [.mouse(MouseEvent(.click, x: 50, y: 9))], configPath: config)
        #expect(on.terminal.reportsMouse)
        #expect(on.editor.mouse)
        #expect(on.editor.cursor.touchpoint == on.map.stages[0].touchpoints[2].id, "the click after it moved the cursor")
        #expect(UserConfig.load(from: config).config.mouse == true)
        #expect(on.terminal.screens.contains { $0.statusText.contains("mouse on") })
        let off = Session(keys(":set nomouse\n"), mouse: true, configPath: config)
        #expect(!off.terminal.reportsMouse)
        #expect(!off.editor.mouse)
        #expect(UserConfig.load(from: config).config.mouse == false)
        #expect(off.grid.statusText.contains("mouse off"))
        let again = Session(keys(":mouse on\n:mouse off\n"), configPath: config)
        #expect(!again.terminal.reportsMouse)
    }

    @Test func theMouseFlagIsForThisRunOnly() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = folder + "/journey/config.json"
        let session = Session([.mouse(MouseEvent(.click, x: 50, y: 9))], mouse: true, configPath: config)
        #expect(session.terminal.reportsMouse)
        #expect(session.editor.cursor.touchpoint == session.map.stages[0].touchpoints[2].id)
        #expect(!FileManager.default.fileExists(atPath: config), "--mouse writes nothing")
        #expect(!session.screen.contains("mouse on"), "nothing said at the start")
    }

    @Test func aConfigThatCannotBeWrittenLeavesTheMouseOnForThisRunAndSaysSo() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A file where the folder should be: no journey/ can be made there.
        #expect(FileManager.default.createFile(atPath: folder + "/journey", contents: Data("x".utf8)))
        let session = Session(keys(":set mouse\n"), width: 200, configPath: folder + "/journey/config.json")
        #expect(session.terminal.reportsMouse)
        #expect(session.grid.statusText.contains("mouse on for this run; not remembered: "))
    }

    @Test func wrongSetMouseWordsSayHowToWriteIt() {
        var desk = Desk(mouse: false)
        desk.type(":set mouse maybe\n")
        let mouse = Commands.named("mouse")!
        #expect(desk.editor.view.message?.text == "“maybe” is not on or off; usage: :mouse [on|off] — \(mouse.summary)")
        #expect(desk.effects.isEmpty || !desk.effects.contains { if case .mouse = $0 { true } else { false } })
        desk.type(":set name Maya R\n")
        #expect(desk.editor.map.personas[0].name == "Maya R", ":set of a persona's field still works")
    }

    @Test func doubleClicksAreTwoClicksOnOneCellInQuickSuccession() {
        var clicks = DoubleClick(interval: 0.4)
        let start = Date(timeIntervalSince1970: 1_000)
        #expect(clicks.click(x: 3, y: 4, at: start) == .click)
        #expect(clicks.click(x: 3, y: 4, at: start + 0.2) == .doubleClick)
        #expect(clicks.click(x: 3, y: 4, at: start + 0.3) == .click, "a third click starts again")
        #expect(clicks.click(x: 5, y: 4, at: start + 0.4) == .click, "another cell")
        #expect(clicks.click(x: 5, y: 4, at: start + 1.4) == .click, "too late")
    }
}
