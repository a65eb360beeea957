@testable import JourneyCore
import JourneyTestSupport
import Testing

/// The HTML report as printed: what the markup and the print rules promise.
/// Chromium prints it in the end-to-end suite (ExportConsumerTests+Report).
@Suite struct HTMLReportTests {
    let html = HTMLExport.export(ExportMaps.report())

    /// Each `<svg …>` opening tag of a class.
    func svgTags(_ html: String, class name: String) -> [Substring] {
        html.split(separator: "<svg class=\"\(name)\"", omittingEmptySubsequences: false).dropFirst().map { $0.prefix { $0 != ">" } }
    }

    @Test func swatchesAreSizedAlikeWhateverTheNameBesideThem() {
        let swatches = svgTags(html, class: "swatch")
        #expect(swatches.count == 4, "a swatch per persona on its card and in the legend")
        #expect(Set(swatches.map { $0.prefix { $0 != "v" } }).count == 1, "\(swatches)")
        #expect(HTMLStyle.css.contains("svg.swatch { flex: none; width: 30px; height: 14px; }"))
        // `.curve svg` sized the legend's swatches as wide as the chart.
        #expect(!HTMLStyle.css.contains(".curve svg {"))
        #expect(HTMLStyle.css.contains(".curve svg.chart {"))
        #expect(svgTags(html, class: "chart").count == 1)
    }

    @Test func headingsStayWithWhatFollowsAndStagesFlow() {
        #expect(HTMLStyle.css.contains("h2, h3, .intro, .goal, p.figures { break-after: avoid; }"))
        #expect(HTMLStyle.css.contains("thead { display: table-header-group; }"))
        #expect(!HTMLStyle.css.contains(".stage { break-inside"), "a stage does not claim a page of its own")
        #expect(!HTMLStyle.css.contains("table, .card"), "a long table breaks between rows, not before its heading")
        for heading in ["<h2>Insights</h2>"] {
            let after = html.components(separatedBy: heading + "\n").dropFirst().first ?? ""
            #expect(after.hasPrefix("<p class=\"muted intro\">"), "\(heading) is followed by its introduction")
        }
    }

    @Test func theFirstSlantedNameStaysInsideThePicture() {
        var map = BlankMap.make()
        map.stages[0].touchpoints = [Touchpoint(id: "t", name: "Comparing every running shoe in the shop")]
        let svg = EmotionCurveSVG(map: map).render()
        let label = EmotionCurveSVG.label(map.stages[0].touchpoints[0])
        let anchor = svg.components(separatedBy: "text-anchor=\"end\" transform=\"rotate(-35 ").dropFirst().first?.prefix { $0 != " " }
        let x = anchor.flatMap { Double($0) } ?? 0
        #expect(x - EmotionCurveSVG.slantedReach(label) >= 0, "the name's left end at \(x - EmotionCurveSVG.slantedReach(label))")
        let short = EmotionCurveSVG(map: ExportMaps.onOneToFive(scores: [1, 2])).render()
        #expect(short.contains("<line x1=\"56\""), "short names keep the usual margin")
    }
}
