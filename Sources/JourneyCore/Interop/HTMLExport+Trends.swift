extension HTMLExport {
    /// Every stage's and touchpoint's metrics with a target or dated
    /// measurements: where it stands, how it moved, and whether the target is met.
    static func trends(_ map: JourneyMap, into out: inout [String]) {
        var rows: [String] = []
        for stage in map.stages {
            trendRows(stage.metrics, place: HTMLText.lines(stage.name), sources: map.sources, into: &rows)
            for touchpoint in stage.touchpoints where !touchpoint.metrics.isEmpty {
                trendRows(touchpoint.metrics, place: HTMLText.lines(stage.name) + " › " + HTMLText.lines(touchpoint.name),
                          sources: map.sources, into: &rows)
            }
        }
        guard !rows.isEmpty else { return }
        out += ["<section id=\"trends\">", "<h2>Targets and trends</h2>",
                "<p class=\"muted intro\">Metrics with a target or dated measurements; the dashed line is the target.</p>",
                "<table>",
                "<thead><tr><th>Where</th><th>Metric</th><th class=\"num\">Now</th><th>Trend</th><th>Target</th>"
                + "<th>Measurements</th></tr></thead>",
                "<tbody>"] + rows + ["</tbody>", "</table>", "</section>"]
    }

    static func trendRows(_ metrics: Metrics, place: String, sources: [Source], into rows: inout [String]) {
        for trend in metrics.followedTrends {
            let target = trend.targetWords.map { words in
                "<span class=\"\(trend.isMet == false ? "unmet" : "met")\">\(HTMLText.escape(words))</span>"
            } ?? ""
            let measured = trend.series.map { measurement in
                HTMLText.escape(measurement.day + " " + trend.text(measurement.value)
                                + (trend.origin(of: measurement, sources: sources).map { " " + $0 } ?? ""))
            }
            let cells = ["<th scope=\"row\">\(place)</th>", "<td>\(HTMLText.escape(trend.metric.label))</td>",
                         "<td class=\"num\">\(trend.latest.map { HTMLText.escape(trend.text($0)) } ?? "")</td>",
                         "<td>" + (SparklineSVG.render(trend) ?? "") + (trend.firstToLast.map { " " + HTMLText.escape($0) } ?? "") + "</td>",
                         "<td>\(target)</td>", "<td>\(measured.joined(separator: "<br>"))</td>"]
            rows.append("<tr>" + cells.joined() + "</tr>")
        }
    }
}
