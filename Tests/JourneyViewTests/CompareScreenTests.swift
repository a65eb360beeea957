import JourneyCore
import JourneyTestSupport
import JourneyView
import Testing

/// The compare view of a future-state map, drawn without an editor, at 80x24 and 40x12.
@Suite struct CompareScreenTests {
    /// The sample's current state, and its future: Social video gone, Consideration happier for Maya.
    static func maps() -> (current: JourneyMap, future: JourneyMap) {
        let current = SampleMap.make()
        var future = current
        future.title = "Stride 2027"
        future.futureOf = "cur.json"
        future.stages[0].touchpoints.remove(at: 1)
        for t in future.stages[1].touchpoints.indices { future.stages[1].touchpoints[t].emotion[current.personas[0].id] = 2 }
        return (current, future)
    }

    func render(width: Int, height: Int, scroll: Int = 0) -> CellGrid {
        let (current, future) = Self.maps()
        return ScreenFrame.render(.compare, future, width: width, height: height) { state in
            state.screens.compare.link = "cur.json"
            state.screens.compare.current = current
            state.screens.compare.scroll = scroll
        }
    }

    @Test func at80x24EachPersonaHasARowNowAndInTheFutureUnderTheStages() {
        let grid = render(width: 80, height: 24)
        let maya = SampleMap.make().personas[0].name
        #expect(grid.row(1) == "Current cur.json: " + SampleMap.make().title)
        #expect(grid.row(2) == "Future  Stride 2027")
        #expect(grid.row(5) == "                Awareness Consider… Decision  Purchase  Retention Advocacy")
        #expect(grid.row(6).hasPrefix(maya.padding(toLength: 11, withPad: " ", startingAt: 0) + " now ▅ +0.3    ▅ +0.3 "))
        #expect(grid.row(7).hasPrefix("  future        ▅ +0.3    █ +2      "), "Maya's future Consideration: +2, the top of the scale")
        #expect(grid.row(11).hasPrefix("── Touchpoints + added − gone ~ changed ──"))
        #expect(grid.row(12) == "Awareness")
        #expect(grid.row(13) == "  − " + SampleMap.make().stages[0].touchpoints[1].name)
        #expect(grid.row(-2).hasSuffix("↓"), "more below")
    }

    @Test func at40x12TheStagesThatDoNotFitGoBelowAndScrollingShowsTheRest() {
        let grid = render(width: 40, height: 12)
        #expect(grid.row(5) == "          Aware… Consi… Decis… Purch…")
        let end = render(width: 40, height: 12, scroll: 1000)
        #expect(end.lines.contains { $0.hasPrefix("“Show shipping cost") } == false, "no opportunity says what it removes yet")
        #expect(end.lines.contains("No opportunity says yet which pain points") || end.lines.contains { $0.hasPrefix("No opportunity says yet") })
        #expect(!end.row(1).hasPrefix("Current"), "scrolled to the end")
    }

    @Test func withoutTheCurrentStateTheViewSaysWhy() {
        let (_, future) = Self.maps()
        let reading = ScreenFrame.render(.compare, future, width: 80, height: 24) { $0.screens.compare.problem = "cur.json: no such file" }
        #expect(reading.lines.contains { $0.contains("The current state, cur.json, did not load: cur.json: no such file") })
        let none = ScreenFrame.render(.compare, SampleMap.make(), width: 80, height: 24)
        #expect(none.lines.contains { $0.contains("This map is the future state of no map.") })
    }
}
