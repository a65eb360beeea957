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
        for heading in ["<h2>Insights</h2>", "<h2>Targets and trends</h2>", "<h2>Parking lot</h2>", "<h3>Round 1</h3>"] {
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

    @Test func everySectionIsThere() {
        for id in ["personas", "emotion", "stages", "metrics", "trends", "insights", "votes", "parking-lot"] {
            #expect(html.contains("<section id=\"\(id)\""), "section \(id)")
        }
        let order = ["id=\"metrics\"", "id=\"trends\"", "id=\"insights\"", "id=\"votes\"", "id=\"parking-lot\"", "<footer>"]
            .map { html.range(of: $0)?.lowerBound }
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted() && !order.contains(nil))
        for absent in ["trends", "votes", "parking-lot"] {
            #expect(!HTMLExport.export(BlankMap.make()).contains("id=\"\(absent)\""), "no empty \(absent) section")
        }
    }

    @Test func trendsShowTheSeriesAgainstTheTarget() {
        #expect(html.contains("<th scope=\"row\">Retention</th><td>NPS</td><td class=\"num\">31</td><td><svg class=\"spark\""))
        #expect(html.contains(" 18 → 31</td><td><span class=\"unmet\">target 40: not met</span></td>"
                              + "<td>2025-09-30 18<br>2025-12-31 24<br>2026-03-31 31</td></tr>"))
        #expect(html.contains("<th scope=\"row\">Purchase › Checkout</th><td>conversion rate</td>"))
        let rows = html.components(separatedBy: "<section id=\"trends\"")[1].components(separatedBy: "</section>")[0]
            .components(separatedBy: "<tr>").count - 2
        let followed = ExportMaps.report().stages.reduce(0) { count, stage in
            count + stage.metrics.followedTrends.count + stage.touchpoints.reduce(0) { $0 + $1.metrics.followedTrends.count }
        }
        #expect(rows == followed && followed == 2)
    }

    @Test func votesShowEachItemsDotsAndWhoPlacedThem() {
        #expect(html.contains("<p class=\"muted intro\">Dots on pain points, revealed 2026-11-24 10:42 UTC: 3 participants, "
                              + "10 dots (5 each, at most 3 on one).</p>"))
        let round = ExportMaps.report().votingRounds[0]
        #expect(round.results.map(\.item) == ["pp-size-generic", "pp-jargon", "pp-gone"])
        #expect(round.results.map(\.dots) == [5, 4, 1])
        #expect(html.contains("<td>Bo ×3, Ann ×2</td>"))
        #expect(html.contains("<td>Ann ×3, Cy ×1</td>"))
        #expect(html.contains("an item no longer in the map (pp-gone)"))
    }

    @Test func theParkingLotListsItsIdeas() {
        #expect(html.contains("<li>Loyalty programme for club runners <span class=\"figures\">(impact 3)</span></li>"
                              + "<li>Ask the shops how they<br>measure feet</li>"))
    }
}
