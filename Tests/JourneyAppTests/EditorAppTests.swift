import JourneyCore
import JourneyTerminal
import JourneyView
import Testing

@Suite struct EditorAppTests {
    let theme = ThemeCatalog.builtinDefault

    func run(_ input: [HeadlessTerminal.Input], width: Int = 80, height: Int = 24,
             map: JourneyMap = SampleMap.make()) -> (EditorApp, HeadlessTerminal) {
        let app = EditorApp(map: map, fileName: "sample", theme: theme)
        let terminal = HeadlessTerminal(width: width, height: height, input: input)
        app.run(on: terminal)
        return (app, terminal)
    }

    func keys(_ keys: Key...) -> [HeadlessTerminal.Input] { keys.map(HeadlessTerminal.Input.key) }

    @Test func rightArrowReachesEveryTouchpointAndEveryOneIsDrawn() {
        let map = SampleMap.make()
        let names = map.stages.flatMap { $0.touchpoints.map(\.name) }
        let (app, terminal) = run(Array(repeating: .key(.right), count: names.count + 3))
        #expect(app.state.column == names.count - 1)
        for (offset, name) in names.enumerated() {
            let frame = terminal.frames[offset]
            #expect(frame.text.contains(name), "touchpoint \(name) is on screen when the cursor is on it")
            #expect(frame.text.contains("\(offset + 1)/\(names.count)"))
        }
    }

    @Test func tabAndShiftTabMoveByStage() {
        let map = SampleMap.make()
        let index = ColumnIndex(map)
        let (app, _) = run(keys(.tab, .tab, .right, .backTab))
        #expect(app.state.column == index.column(stage: 2))
        let (back, _) = run(keys(.tab, .tab, .right, .backTab, .backTab))
        #expect(back.state.column == index.column(stage: 1))
    }

    @Test func homeEndAndPagesStayInBounds() {
        let count = ColumnIndex(SampleMap.make()).count
        #expect(run(keys(.end)).0.state.column == count - 1)
        #expect(run(keys(.end, .home)).0.state.column == 0)
        #expect(run(keys(.pageDown)).0.state.column == 4)
        #expect(run(keys(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)).0.state.column == count - 1)
        #expect(run(keys(.pageDown, .pageUp, .pageUp)).0.state.column == 0)
    }

    @Test func lanesScrollSoTheCursorLaneShows() {
        let (app, terminal) = run(keys(.character("G")))
        #expect(app.state.lane == 7)
        #expect(terminal.lastFrame?.text.contains("Metrics") == true)
        #expect(app.state.firstLane > 0)
    }

    @Test func resizeRelaysOutAndKeepsTheCursorVisible() {
        let input: [HeadlessTerminal.Input] = [.key(.end), .resize(width: 40, height: 12), .resize(width: 120, height: 40)]
        let (app, terminal) = run(input)
        #expect(terminal.frames.count == 4)
        #expect(terminal.frames[2].width == 40 && terminal.frames[2].height == 12)
        #expect(terminal.frames[2].text.contains("Refer a friend"))
        #expect(terminal.frames[3].width == 120)
        #expect(app.state.column == ColumnIndex(SampleMap.make()).count - 1)
    }

    @Test func tooSmallSaysSoAndRecovers() {
        let (_, terminal) = run([.resize(width: 20, height: 5), .key(.right), .resize(width: 80, height: 24)])
        #expect(terminal.frames[1].text.contains("too small"))
        #expect(terminal.frames[3].text.contains("Search ad"))
    }

    @Test func helpOpensAndClosesWithQuestionMarkOrEscape() {
        let (_, terminal) = run(keys(.character("?"), .character("?"), .character("?"), .escape))
        #expect(terminal.frames[1].text.contains("next / previous stage"))
        #expect(!terminal.frames[2].text.contains("next / previous stage"))
        #expect(terminal.frames[3].text.contains("next / previous stage"))
        #expect(!terminal.frames[4].text.contains("next / previous stage"))
    }

    @Test func everyBoundCommandHasAHelpLine() {
        let listed = Set(Keymap.sections.flatMap(\.lines).flatMap(\.commands).map { "\($0)" })
        for (key, command) in Keymap.bindings {
            #expect(listed.contains("\(command)"), "\(key) → \(command) is in the help")
        }
    }

    @Test func helpScrollsThroughEveryLine() {
        let lines = Keymap.sections.flatMap(\.lines)
        var seen = Set<String>()
        let (_, terminal) = run([.key(.character("?"))] + Array(repeating: .key(.character("j")), count: 150))
        for frame in terminal.frames {
            for line in lines where frame.text.contains(line.summary) { seen.insert(line.summary) }
        }
        #expect(seen.count == lines.count, "missing: \(Set(lines.map(\.summary)).subtracting(seen))")
    }

    @Test func quitStopsTheLoop() {
        let (_, terminal) = run(keys(.character("q"), .right, .right))
        #expect(terminal.frames.count == 1)
        let (_, ctrlC) = run(keys(.control("c"), .right, .character("y"), .right))
        #expect(ctrlC.frames.count == 3, "Ctrl-C asks first; y quits")
        #expect(ctrlC.frames[1].text.contains("Quit journey?"))
    }

    @Test func unknownKeySaysHowToFindTheKeys() {
        let (_, terminal) = run(keys(.character("Q")))
        #expect(terminal.lastFrame?.text.contains("no key 'Q'; ? shows the keys") == true)
    }

    @Test func aNewFileSaysSoInTheStatusLine() {
        let app = EditorApp(map: BlankMap.make(), fileName: "new.json", isNewFile: true, theme: theme)
        let text = app.frame(width: 80, height: 24).text
        #expect(text.contains("new.json [new file]"))
        #expect(text.contains("created when you save"))
    }

    @Test func aHugeMapDrawsOnlyWhatShows() {
        var map = BlankMap.make()
        map.stages[5].touchpoints = (0..<20_000).map { Touchpoint(id: "t\($0)", name: "Touchpoint \($0)") }
        let (app, terminal) = run(keys(.end, .left), map: map)
        #expect(app.state.column == 20_003)
        #expect(terminal.lastFrame?.text.contains("Touchpoint 19998") == true)
    }
}
