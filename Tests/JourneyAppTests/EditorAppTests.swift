import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

@Suite struct EditorAppTests {
    let theme = ThemeCatalog.builtinDefault

    func run(_ input: [HeadlessTerminal.Input], width: Int = 80, height: Int = 24,
             map: JourneyMap = SampleMap.make()) -> (Editor, HeadlessTerminal) {
        let session = Session(input, width: width, height: height, map: map)
        return (session.editor, session.terminal)
    }

    func keys(_ keys: Key...) -> [HeadlessTerminal.Input] { keys.map(HeadlessTerminal.Input.key) }

    @Test func rightArrowReachesEveryTouchpointAndEveryOneIsDrawn() {
        let map = SampleMap.make()
        let names = map.stages.flatMap { $0.touchpoints.map(\.name) }
        let (app, terminal) = run(Array(repeating: .key(.right), count: names.count + 3))
        #expect(app.view.gridPlace.column == names.count - 1)
        for (offset, name) in names.enumerated() {
            let frame = terminal.screens[offset]
            #expect(frame.row(2).contains(name), "touchpoint \(name) is on the header when the cursor is on it")
            #expect(frame.statusLine.contains("\(offset + 1)/\(names.count)"))
        }
    }

    @Test func tabAndShiftTabMoveByStage() {
        let map = SampleMap.make()
        let index = ColumnIndex(map)
        // Shift-Tab goes to the previous stage, as the help says, from anywhere in a stage.
        let (app, _) = run(keys(.tab, .tab, .right, .backTab))
        #expect(app.view.gridPlace.column == index.column(stage: 1))
        let (back, _) = run(keys(.tab, .tab, .right, .backTab, .backTab))
        #expect(back.view.gridPlace.column == index.column(stage: 0))
    }

    @Test func homeEndAndPagesStayInBounds() {
        let count = ColumnIndex(SampleMap.make()).count
        #expect(run(keys(.end)).0.view.gridPlace.column == count - 1)
        #expect(run(keys(.end, .home)).0.view.gridPlace.column == 0)
        #expect(run(keys(.pageDown)).0.view.gridPlace.column == 4)
        #expect(run(keys(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)).0.view.gridPlace.column == count - 1)
        #expect(run(keys(.pageDown, .pageUp, .pageUp)).0.view.gridPlace.column == 0)
    }

    @Test func lanesScrollSoTheCursorLaneShows() {
        let (app, terminal) = run(keys(.character("G")))
        #expect(app.view.gridPlace.lane == 7)
        #expect(terminal.screen?.text.contains("Metrics") == true)
        #expect(app.view.gridPlace.firstLane > 0)
    }

    @Test func resizeRelaysOutAndKeepsTheCursorVisible() {
        let input: [HeadlessTerminal.Input] = [.key(.end), .resize(width: 40, height: 12), .resize(width: 120, height: 40)]
        let (app, terminal) = run(input)
        #expect(terminal.screens.count == 4)
        #expect(terminal.screens[2].width == 40 && terminal.screens[2].height == 12)
        #expect(terminal.screens[2].text.contains("Refer a friend"))
        #expect(terminal.screens[3].width == 120)
        #expect(app.view.gridPlace.column == ColumnIndex(SampleMap.make()).count - 1)
    }

    @Test func tooSmallSaysSoAndRecovers() {
        let (_, terminal) = run([.resize(width: 20, height: 5), .key(.right), .resize(width: 80, height: 24)])
        #expect(terminal.screens[1].text.contains("too small"))
        #expect(terminal.screens[3].row(2).contains("Search ad"))
    }

    @Test func helpOpensAndClosesWithQuestionMarkOrEscape() {
        let (_, terminal) = run(keys(.character("?"), .character("?"), .character("?"), .escape))
        #expect(terminal.screens[1].text.contains("first touchpoint of the next stage"))
        #expect(!terminal.screens[2].text.contains("first touchpoint of the next stage"))
        #expect(terminal.screens[3].text.contains("first touchpoint of the next stage"))
        #expect(!terminal.screens[4].text.contains("first touchpoint of the next stage"))
    }

    @Test func helpScrollsThroughEveryCommand() {
        var seen = Set<String>()
        let (_, terminal) = run([.key(.character("?"))] + Array(repeating: .key(.character("j")), count: 300), width: 120, height: 40)
        // Summaries may wrap: look for each one's first words, in each distinct screen once.
        let screens = Set(terminal.screens.map { $0.text })
        for screen in screens {
            for command in Commands.all where screen.contains(String(command.summary.prefix(24))) { seen.insert(command.name) }
        }
        #expect(seen.count == Commands.all.count, "missing: \(Set(Commands.all.map(\.name)).subtracting(seen))")
    }

    @Test func quitStopsTheLoop() {
        let (_, terminal) = run(keys(.character("q"), .right, .right))
        #expect(terminal.screens.count == 1)
        let (_, ctrlC) = run(keys(.control("c"), .right, .character("y"), .right))
        #expect(ctrlC.screens.count == 3, "Ctrl-C asks first; y quits")
        #expect(ctrlC.screens[1].statusLine.contains("Quit journey?"))
    }

    @Test func keysArrivingTogetherWithAQuitDoNothingAfterIt() {
        // Found by the editor law: "s" in the burst answers the quit question, "t!" then retitled the map after the quit.
        let (app, _) = run([.key(.control("c")), .burst([.character("s"), .character("t"), .character("!"), .enter])])
        #expect(app.isFinished)
        #expect(app.map.title == SampleMap.make().title)
        let (quit, _) = run([.burst([.character("q"), .character("t"), .character("!"), .enter])])
        #expect(quit.map.title == SampleMap.make().title)
        // Eight keys or more of text are a paste, which must not land either.
        let onPainPoints = keys(.down, .down, .down, .control("c"))
        let (pasted, _) = run(onPainPoints + [.burst(Array("save these notes").map(Key.character))])
        #expect(pasted.isFinished)
        #expect(pasted.map.stages[0].touchpoints[0].painPoints == SampleMap.make().stages[0].touchpoints[0].painPoints)
    }

    @Test func unknownKeySaysHowToFindTheKeys() {
        let (_, terminal) = run(keys(.character("Q")))
        #expect(terminal.screen?.statusLine.contains("no key Q here; ? shows the keys") == true)
    }

    @Test func aNewFileSaysSoInTheStatusLine() {
        let editor = Editor(document: Document(map: BlankMap.make(), path: "new.json", isSaved: true), displayName: "new.json",
                            isNewFile: true)
        let frame = editor.frame(theme: theme)
        #expect(frame.statusLine.contains("new.json [new file]"))
        #expect(frame.text.contains("created when you save"))
    }

    @Test func aHugeMapDrawsOnlyWhatShows() {
        var map = BlankMap.make()
        map.stages[5].touchpoints = (0..<20_000).map { Touchpoint(id: "t\($0)", name: "Touchpoint \($0)") }
        let (app, terminal) = run(keys(.end, .left), map: map)
        #expect(app.view.gridPlace.column == 20_003)
        // The header has room for "Touchpoint 199…"; the status line names it whole.
        #expect(terminal.screen?.row(2).contains("Touchpoint 199") == true)
        #expect(terminal.screen?.statusLine.contains("Touchpoint 19998") == true)
    }
}
