/// A metric's measurements as a small inline line, oldest on the left, with
/// its target dashed: the trend at a glance beside the figures.
enum SparklineSVG {
    static let width = 120.0, height = 28.0, pad = 4.0

    /// Nil with fewer than two measurements: one point is no trend.
    static func render(_ trend: MetricsTrend) -> String? {
        let values = trend.series.map(\.value)
        guard values.count > 1, let low = (values + [trend.target].compactMap { $0 }).min(),
              let high = (values + [trend.target].compactMap { $0 }).max() else { return nil }
        func x(_ i: Int) -> Double { pad + Double(i) / Double(values.count - 1) * (width - 2 * pad) }
        func y(_ value: Double) -> Double {
            high > low ? pad + (high - value) / (high - low) * (height - 2 * pad) : height / 2
        }
        let colour = trend.isMet == false ? "#c0392b" : "#1f6fb2"
        var svg = ["<svg class=\"spark\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
                   + "role=\"img\" aria-label=\"\(HTMLText.escape(trend.metric.label)) over time\">"]
        if let target = trend.target {
            svg.append("<line x1=\"0\" y1=\"\(n(y(target)))\" x2=\"\(n(width))\" y2=\"\(n(y(target)))\" stroke=\"#5b6470\" "
                       + "stroke-dasharray=\"3 3\"/>")
        }
        let points = values.enumerated().map { "\(n(x($0.offset))),\(n(y($0.element)))" }
        svg.append("<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>")
        svg.append("<circle cx=\"\(n(x(values.count - 1)))\" cy=\"\(n(y(values[values.count - 1])))\" r=\"3\" fill=\"\(colour)\"/>")
        svg.append("</svg>")
        return svg.joined()
    }
}
