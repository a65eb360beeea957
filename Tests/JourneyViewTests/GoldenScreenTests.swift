import JourneyApp
import JourneyCore
import JourneyTestSupport
import JourneyView
import Testing

@Suite struct GoldenScreenTests {
    let theme = ThemeCatalog.builtinDefault
    let sample = SampleMap.make()

    func render(_ map: JourneyMap, width: Int, height: Int, _ change: (inout ViewState) -> Void = { _ in }) -> CellGrid {
        var state = ViewState(file: FileStatus(name: "sample.json"))
        change(&state)
        let index = ColumnIndex(map)
        EditorLayout(map: map, state: state, width: width, height: height).reveal(&state.gridPlace, columnCount: index.count)
        return EditorScreen.render(map: map, index: index, state: state, theme: theme, width: width, height: height,
                                   help: HelpContent.rows)
    }

    /// A stage's name too long for its band (one touchpoint of it on screen) ends in an ellipsis, not mid-word.
    @Test func aStageNameCutByItsBandSaysSo() {
        var map = sample
        map.stages[1].name = "Consideration and comparison"
        // Scrolled so that only the stage's last touchpoint shows, at the left.
        let last = ColumnIndex(map).stageRange(1).upperBound - 1
        let grid = render(map, width: 80, height: 24) { $0.gridPlace.column = last; $0.gridPlace.firstColumn = last }
        let band = grid.row(1)
        #expect(band.contains("‹ Consideratio…"), "\(band)")
        let whole = render(map, width: 120, height: 40)
        #expect(whole.row(1).contains("Consideration and comparison"), "where the band has room, the name is whole")
    }

    @Test func sampleAt80x24() {
        Golden.check(render(sample, width: 80, height: 24), named: "sample-80x24")
    }

    @Test func sampleAt120x40() {
        Golden.check(render(sample, width: 120, height: 40), named: "sample-120x40")
    }

    @Test func sampleAt120x40InCellsForATerminalWithoutBraille() {
        Golden.check(render(sample, width: 120, height: 40) { $0.settings.curve = .cells }, named: "sample-120x40-cells")
    }

    @Test func sampleScrolledToTheEmotionLaneOfALaterStage() {
        Golden.check(render(sample, width: 80, height: 24) { $0.gridPlace.column = 9; $0.gridPlace.lane = 2 }, named: "sample-80x24-decision-emotion")
    }

    @Test func sampleAt40x12() {
        Golden.check(render(sample, width: 40, height: 12), named: "sample-40x12", attributes: false)
    }

    @Test func helpOverlay() {
        Golden.check(render(sample, width: 80, height: 24) { $0.showHelp = true }, named: "help-80x24", attributes: false)
        Golden.check(render(sample, width: 120, height: 40) { $0.showHelp = true }, named: "help-120x40", attributes: false)
        Golden.check(render(sample, width: 40, height: 12) { $0.showHelp = true }, named: "help-40x12", attributes: false)
    }

    @Test func tooSmall() {
        Golden.check(render(sample, width: 24, height: 6), named: "too-small-24x6", attributes: false)
    }

    @Test func blankMapShowsEmptyStages() {
        Golden.check(render(BlankMap.make(), width: 80, height: 24) { $0.file.isNew = true }, named: "blank-80x24", attributes: false)
    }

    @Test func wideAndCombiningCharactersKeepColumnsAligned() {
        Golden.check(render(WideTextMap.make(), width: 80, height: 24), named: "wide-80x24")
        let grid = render(WideTextMap.make(), width: 80, height: 24)
        // Every row is exactly 80 columns wide, and the separators line up.
        for y in 0..<grid.height {
            let columns = (0..<grid.width).reduce(0) { $0 + (grid[$1, y].isContinuation ? 0 : TextWidth.of(grid[$1, y].text)) }
            #expect(columns == 80, "row \(y) is \(columns) columns wide")
        }
        let separatorColumns = (1...3).map { y in (0..<grid.width).filter { grid[$0, y].text == "│" } }
        #expect(Set(separatorColumns.map { $0.first }).count == 1)
    }

    @Test func escapeSequencesInTextAreShownNotSent() {
        var map = sample
        map.stages[0].touchpoints[0].name = "Bad\u{1B}[31mName"
        let grid = render(map, width: 80, height: 24)
        #expect(grid.row(2).contains("Bad^[[31mN"), "on the touchpoint header")
        #expect(!grid.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B } })
    }
}

/// A map with CJK, emoji and combining marks in names and text.
enum WideTextMap {
    static func make() -> JourneyMap {
        var map = JourneyMap(title: "顧客ジャーニー 🛒 Café")
        map.personas = [Persona(id: "p1", name: "佐藤さん"), Persona(id: "p2", name: "José 🏃")]
        map.channels = [Channel(id: "web", name: "ウェブ", kind: .online), Channel(id: "shop", name: "Boutique", kind: .offline)]
        var visit = Touchpoint(id: "t1", name: "サイト訪問", channel: "web")
        visit.text = ["actions": "商品を検索して比較する", "thoughts": "どれが自分に合う？🤔"]
        visit.emotion = ["p1": 1, "p2": -1]
        visit.painPoints = [Item(id: "i1", text: "サイズ表が分かりにくい", impact: 4, effort: 2, votes: 3)]
        var cafe = Touchpoint(id: "t2", name: "Cafe\u{301} meet 👋", channel: "shop")
        cafe.text = ["actions": "Re\u{301}sume\u{301} of the visit, naïve questions", "owner": "店舗チーム"]
        cafe.emotion = ["p1": 2, "p2": 0]
        var app = Touchpoint(id: "t3", name: "📱 アプリ", channel: "web")
        app.text = ["actions": "👍👍👍👍👍👍👍👍👍👍 wide wrap"]
        app.emotion = ["p1": -2, "p2": 1]
        map.stages = [
            Stage(id: "s1", name: "認知 Awareness", touchpoints: [visit, cafe]),
            Stage(id: "s2", name: "購入 🎉", touchpoints: [app]),
        ]
        return map
    }
}
