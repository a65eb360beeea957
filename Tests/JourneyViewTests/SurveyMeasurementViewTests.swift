import JourneyApp
import JourneyCore
import JourneyView
import Testing

/// A measurement a survey made says, wherever measurements are listed, how it
/// was computed and from how many responses.
@Suite struct SurveyMeasurementViewTests {
    let theme = ThemeCatalog.builtinDefault
    /// The sample's Checkout row (see `MetricsScreenTests`).
    let checkoutRow = 14

    /// The sample with an NPS of 30 at Checkout from ten responses to “Checkout pulse”.
    var surveyed: JourneyMap {
        var map = SampleMap.make()
        map.sources.append(Source(id: "src-pulse", kind: .survey, title: "Checkout pulse", day: "2031-06-01", link: "pulse.csv"))
        let s = map.stages.firstIndex { $0.touchpoints.contains { $0.name == "Checkout" } }!
        let t = map.stages[s].touchpoints.firstIndex { $0.name == "Checkout" }!
        map.stages[s].touchpoints[t].metrics.record(.nps, Measurement(day: "2031-06-01", value: 30, responses: 10, source: "src-pulse"))
        return map
    }

    static let explained = "NPS 30 on 2031-06-01 from 10 responses to “Checkout pulse” (% promoters 9–10 minus % detractors 0–6)"

    @Test func theDetailSaysHowTheLatestFigureWasComputedAndStaysReadableAt80Columns() {
        let wide = ScreenFrame.render(.metrics, surveyed, width: 120, height: 40, theme: theme) { $0.screens.metrics.selected = checkoutRow }
        #expect(wide.text.contains("     " + Self.explained), "\(wide.text)")
        let narrow = ScreenFrame.render(.metrics, surveyed, width: 80, height: 24, theme: theme) { $0.screens.metrics.selected = checkoutRow }
        // Wrapped at spaces under the trend, each line indented alike.
        let wrapped = narrow.lines.filter { $0.hasPrefix("     ") && !$0.hasPrefix("      ") }.map { $0.drop { $0 == " " } }
        #expect(wrapped.count == 2 && wrapped.joined(separator: " ") == Self.explained, "\(narrow.text)")
        #expect(narrow.lines.allSatisfy { $0.count <= 80 })
    }

    @Test func aTypedMeasurementSaysNothingMore() {
        var map = surveyed
        map.sources = []
        map.stages = map.stages.map { stage in
            var stage = stage
            stage.touchpoints = stage.touchpoints.map { touchpoint in
                var touchpoint = touchpoint
                touchpoint.metrics.history = touchpoint.metrics.history.mapValues { $0.map { Measurement(day: $0.day, value: $0.value) } }
                return touchpoint
            }
            return stage
        }
        let grid = ScreenFrame.render(.metrics, map, width: 120, height: 40, theme: theme) { $0.screens.metrics.selected = checkoutRow }
        #expect(!grid.text.contains("responses"))
    }

    @Test func printedAndTheReportSayItForEachMeasurement() {
        let printed = MetricsScreen.printed(map: surveyed, width: 140, theme: theme.withoutColor)
        #expect(printed.text.contains("2031-06-01  30  from 10 responses to “Checkout pulse” (% promoters 9–10 minus % detractors 0–6)"))
        #expect(HTMLExport.export(surveyed).contains("2031-06-01 30 from 10 responses to “Checkout pulse” (% promoters 9–10 minus % detractors 0–6)"))
    }
}
