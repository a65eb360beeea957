import JourneyApp
import JourneyCore
import JourneyView
import Testing

@Suite struct ChannelsScreenTests {
    let theme = ThemeCatalog.builtinDefault

    func render(_ map: JourneyMap = SampleMap.make(), width: Int, height: Int,
                _ change: (inout ChannelsState) -> Void = { _ in }) -> CellGrid {
        ScreenFrame.render(.channels, map, width: width, height: height, theme: theme) { state in
            state.screenStatus = "Consideration × Website  2/6"
            state.hints = [KeyHint("Enter", "go"), KeyHint("r", "rename"), KeyHint("v", "view"), KeyHint("Esc", "grid")]
            change(&state.screens.channels)
        }
    }

    /// The sample with the selection on Website × Consideration, a cell of two touchpoints.
    func onWebsite(_ state: inout ChannelsState) {
        state.row = .channel("website")
        state.stage = "consideration"
    }

    /// Where the screen has room, a long stage name is shown whole, not cut at 18 columns.
    @Test func longStageNamesAreWholeWhereThereIsRoom() {
        var map = SampleMap.make()
        map.stages[1].name = "Consideration and comparison"
        let wide = render(map, width: 160, height: 30)
        let header = wide.row(holding: "Channel") ?? ""
        #expect(header.contains("│ Consideration and comparison │"), "\(wide.text)")
        let narrow = render(map, width: 80, height: 24)
        #expect(narrow.row(holding: "Channel")?.contains("Consider…") == true, "cut with an ellipsis where there is no room")
    }

    @Test func sampleAt80x24() {
        Golden.check(render(width: 80, height: 24, onWebsite), named: "channels-80x24")
    }

    @Test func sampleAt120x40() {
        Golden.check(render(width: 120, height: 40, onWebsite), named: "channels-120x40")
    }

    @Test func sampleAt40x12OnAChannelName() {
        Golden.check(render(width: 40, height: 12) { $0.row = .channel("phone"); $0.onName = true }, named: "channels-40x12",
                     attributes: false)
    }

    @Test func touchpointsWithoutAChannelGetTheirOwnRowAndHostileNamesShowEscaped() {
        var map = SampleMap.make()
        map.stages[0].touchpoints[0].channel = nil
        map.stages[2].touchpoints[1].channel = "gone"
        map.channels[0].name = "\u{1B}[2J\u{202E}Search"
        let grid = render(map, width: 100, height: 30) { $0.row = .noChannel }
        let text = grid.text
        #expect(text.contains("▶ (no channel)"))
        #expect(text.contains("Awareness × (no channel) · 1 touchpoint"))
        #expect(text.contains("^[[2J<202E>Search"))
        #expect(!text.contains("\u{1B}"))
        // The row counts the touchpoint with no channel and the one naming a channel the map lacks.
        let row = text.split(separator: "\n").first { $0.contains("(no channel)") } ?? ""
        #expect(row.filter { $0 == "1" }.count == 2, "\(row)")
    }

    @Test func theSelectedCellIsReversedOrColouredAndMarked() {
        let grid = render(width: 80, height: 24, onWebsite)
        let y = grid.lines.firstIndex { $0.contains("▶ Website") } ?? -1
        #expect(y > 0)
        let x = grid.lines[y].distance(from: grid.lines[y].startIndex, to: grid.lines[y].range(of: "2 ☹")!.lowerBound)
        #expect(grid[x, y].style == theme[.cursor])
        #expect(grid[0, y].style == theme[.currentLabel])
    }

    @Test func theCountsAndAveragesAreTheMapsOwn() {
        let matrix = ChannelMatrix(SampleMap.make())
        let website = matrix.rows.firstIndex(of: .channel("website"))!
        #expect(matrix.cell(row: website, stage: 1).count == 2)
        #expect(matrix.cell(row: website, stage: 1).averageEmotion == -0.5)
        #expect(matrix.total(row: website).count == 5)
        #expect(matrix.rows.count == 10, "no touchpoint of the sample lacks a channel")
        #expect(matrix.onlineCount == 7)
    }

    @Test func theCacheNeverAnswersForAChangedMap() {
        let cache = ChannelsCache()
        var map = SampleMap.make()
        let website = ChannelMatrix(map).rows.firstIndex(of: .channel("website"))!
        #expect(cache.matrix(for: map).cell(row: website, stage: 1).count == 2)
        // A touchpoint changed in place: the stages' storage is shared with the cache, so it is copied, and counted again.
        map.stages[1].touchpoints[0].channel = nil
        #expect(cache.matrix(for: map).cell(row: website, stage: 1).count == 1)
        #expect(cache.matrix(for: map).rows.last == .noChannel)
        map.stages[1].touchpoints[0].emotion = [:]
        map.stages[1].touchpoints[1].emotion["maya"] = 2
        #expect(cache.matrix(for: map).cell(row: website, stage: 1).averageEmotion == 0.5)
        map.channels[2].kind = .offline
        #expect(cache.matrix(for: map).onlineCount == 6)
    }

    @Test func thePrintoutHoldsEveryStageAndEveryTouchpoint() {
        let map = SampleMap.make()
        let text = ChannelsScreen.printed(map: map, width: 60, theme: theme).text
        for stage in map.stages { #expect(text.contains(String(stage.name.prefix(7))), "\(stage.name)") }
        for touchpoint in map.stages.flatMap(\.touchpoints) { #expect(text.contains(touchpoint.name), "\(touchpoint.name)") }
        #expect(!text.contains("▶"), "no selection in a printout")
        Golden.check(ChannelsScreen.printed(map: map, width: 100, theme: theme), named: "channels-printed-100", attributes: false)
    }
}
