import JourneyApp
import JourneyCore
import JourneyView
import Testing

/// A click finds the cell that is drawn there: `EditorLayout.hit` is the
/// inverse of the grid's layout, checked against frames the painter drew.
@Suite struct GridHitTests {
    static let sizes = [(120, 40), (80, 24), (40, 12)]
    let map = SampleMap.make()
    let theme = ThemeCatalog.builtinDefault

    func state(column: Int, lane: Int, firstColumn: Int = 0, firstLane: Int = 0) -> ViewState {
        var state = ViewState(file: FileStatus(name: "sample.json"))
        state.gridPlace.column = column
        state.gridPlace.lane = lane
        state.gridPlace.firstColumn = firstColumn
        state.gridPlace.firstLane = firstLane
        return state
    }

    /// The body cells drawn in the cursor's colour, as y * 1000 + x.
    func marked(_ grid: CellGrid, _ layout: EditorLayout) -> Set<Int> {
        var points: Set<Int> = []
        for y in layout.bodyY..<layout.detailY {
            for x in layout.geometry.labelWidth..<grid.width where grid[x, y].style.background == theme[.cursor].background {
                points.insert(y * 1000 + x)
            }
        }
        return points
    }

    /// For every cell on screen, at every size and two scroll positions: the
    /// cells drawn as the cursor at (column, lane) are exactly those whose hit
    /// is that cell (but the column's separator, which is not drawn in colour).
    @Test(arguments: sizes) func everyCellHitIsWhereTheCursorIsDrawn(width: Int, height: Int) throws {
        let index = ColumnIndex(map)
        for (firstColumn, firstLane) in [(0, 0), (2, 1)] {
            let layout = EditorLayout(map: map, state: state(column: firstColumn, lane: firstLane), width: width, height: height)
            let columns = firstColumn..<min(index.count, firstColumn + layout.geometry.columnsPerScreen)
            for column in columns {
                for lane in layout.visibleLanes(from: firstLane) {
                    let view = state(column: column, lane: lane, firstColumn: firstColumn, firstLane: firstLane)
                    let grid = EditorScreen.render(map: map, index: index, state: view, theme: theme, width: width, height: height)
                    let drawn = marked(grid, layout)
                    #expect(!drawn.isEmpty, "the cursor at \(column), \(lane) shows at \(width)x\(height)")
                    var hits: Set<Int> = []
                    for y in 0..<height {
                        for x in 0..<width where layout.hit(x: x, y: y, state: view, index: index) == .cell(column: column, lane: lane) {
                            if (x - layout.geometry.labelWidth) % layout.geometry.columnWidth != 0 { hits.insert(y * 1000 + x) }
                        }
                    }
                    #expect(hits == drawn, "column \(column), lane \(lane) at \(width)x\(height), scrolled \(firstColumn), \(firstLane)")
                }
            }
        }
    }

    @Test(arguments: sizes) func headersNameTheirStageAndTouchpoint(width: Int, height: Int) throws {
        let index = ColumnIndex(map)
        let view = state(column: 0, lane: 0, firstColumn: 1)
        let layout = EditorLayout(map: map, state: view, width: width, height: height)
        let grid = EditorScreen.render(map: map, index: index, state: view, theme: theme, width: width, height: height)
        let lines = grid.lines
        for column in 1..<min(index.count, 1 + layout.geometry.columnsPerScreen) {
            let position = index.position(of: column)
            let touchpoint = try #require(position.touchpoint.map { map.stages[position.stage].touchpoints[$0] })
            let x = layout.geometry.x(ofColumn: column, first: 1) + 1
            // What is drawn there is that touchpoint's name, and a click there names it.
            let shown = String(lines[layout.headerY + 1].dropFirst(x).prefix(4))
            #expect(touchpoint.name.hasPrefix(shown.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "…", with: "").replacingOccurrences(of: "★", with: "")))
            #expect(layout.hit(x: x, y: layout.headerY + 1, state: view, index: index) == .touchpoint(column: column))
            #expect(layout.hit(x: x, y: layout.headerY + 2, state: view, index: index) == .touchpoint(column: column),
                    "the channel's row")
            #expect(layout.hit(x: x, y: layout.headerY, state: view, index: index) == .stage(position.stage, column: column))
            // The header's separator belongs to the column on its right, as in the lanes.
            #expect(layout.hit(x: x - 1, y: layout.headerY + 1, state: view, index: index) == .touchpoint(column: column))
            #expect(layout.hit(x: x, y: layout.headerY + 3, state: view, index: index) == nil, "the header's rule")
        }
        #expect(layout.hit(x: 0, y: layout.headerY, state: view, index: index) == nil, "the header's own labels")
        #expect(layout.hit(x: 0, y: layout.headerY + 1, state: view, index: index) == nil)
    }

    @Test(arguments: sizes) func laneLabelsRulesAndEverythingOutsideTheGrid(width: Int, height: Int) throws {
        let index = ColumnIndex(map)
        let view = state(column: 0, lane: 0)
        let layout = EditorLayout(map: map, state: view, width: width, height: height)
        let grid = EditorScreen.render(map: map, index: index, state: view, theme: theme, width: width, height: height)
        var y = layout.bodyY
        for lane in layout.visibleLanes(from: 0) where y < layout.detailY {
            #expect(layout.hit(x: 0, y: y, state: view, index: index) == .laneLabel(lane: lane))
            let name = map.lanes.filter { !$0.hidden }[lane].name
            #expect(name.hasPrefix(String(grid.lines[y].prefix(3))), "lane \(lane)'s name is drawn where it is hit")
            y += layout.laneHeights[lane]
            if layout.geometry.laneGap > 0 && y < layout.detailY {
                #expect(grid[layout.geometry.labelWidth + 2, y].text == "┈")
                #expect(layout.hit(x: layout.geometry.labelWidth + 2, y: y, state: view, index: index) == nil, "a rule between lanes")
                y += layout.geometry.laneGap
            }
        }
        for (x, y) in [(0, 0), (width / 2, 0), (width / 2, height - 1), (-1, layout.bodyY), (width, layout.bodyY),
                       (width / 2, height), (width / 2, -1)] {
            #expect(layout.hit(x: x, y: y, state: view, index: index) == nil, "\(x), \(y): the title, the status line, off screen")
        }
        if layout.detailHeight > 0 {
            #expect(layout.hit(x: width / 2, y: layout.detailY, state: view, index: index) == nil, "the detail pane")
        }
    }

    @Test func roomRightOfTheLastColumnAndBelowTheLastLaneIsNothing() throws {
        var small = map
        small.stages = Array(small.stages.prefix(1))
        small.stages[0].touchpoints = Array(small.stages[0].touchpoints.prefix(1))
        let index = ColumnIndex(small)
        let view = state(column: 0, lane: 0)
        let layout = EditorLayout(map: small, state: view, width: 120, height: 60)
        let right = layout.geometry.x(ofColumn: 1, first: 0)
        #expect(layout.hit(x: right - 1, y: layout.bodyY, state: view, index: index) == .cell(column: 0, lane: 0))
        #expect(layout.hit(x: right, y: layout.bodyY, state: view, index: index) == nil)
        #expect(layout.hit(x: right, y: layout.headerY, state: view, index: index) == nil)
        let below = layout.bodyY + layout.laneHeights.reduce(0, +) + layout.geometry.laneGap * layout.lanes.count
        #expect(below < layout.detailY)
        #expect(layout.hit(x: layout.geometry.labelWidth + 2, y: below, state: view, index: index) == nil)
    }

    @Test func aTooSmallTerminalHasNoGrid() {
        let view = state(column: 0, lane: 0)
        let layout = EditorLayout(map: map, state: view, width: 20, height: 6)
        #expect(layout.hit(x: 15, y: 4, state: view, index: ColumnIndex(map)) == nil)
    }
}
