/// `journey export --format svg`: the whole map on one canvas, as
/// `PosterLayout` places it. Self-contained (no fonts, images or styles from
/// elsewhere), every text from the map escaped; kinds are told by words and
/// shapes as well as colour, so it reads in black and white. It fits the
/// width it is shown at; rsvg-convert makes a PNG or PDF of it.
public enum SVGPoster {
    static let ink = "#1b1f24", muted = "#5b6470", line = "#c9d0d8"

    public static func export(_ map: JourneyMap) -> String {
        let layout = PosterLayout(map)
        let title = map.title.isEmpty ? "Untitled journey" : map.title
        var out = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                   "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 \(n(layout.width)) \(n(layout.height))\" "
                   + "font-family=\"\(PosterFont.family)\" role=\"img\">",
                   "<title>\(HTMLText.escape(PosterWrap.clean(title)))</title>",
                   "<rect width=\"\(n(layout.width))\" height=\"\(n(layout.height))\" fill=\"#ffffff\"/>"]
        for box in layout.boxes {
            if let shape = shape(box) { out.append(shape) }
            out += box.lines.map(text)
        }
        if let plot = layout.plot { out += curves(plot) }
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    static func rect(_ r: PosterRect, fill: String, stroke: String, radius: Double = 0, extra: String = "") -> String {
        "<rect x=\"\(n(r.x))\" y=\"\(n(r.y))\" width=\"\(n(r.width))\" height=\"\(n(r.height))\""
            + (radius > 0 ? " rx=\"\(n(radius))\"" : "") + " fill=\"\(fill)\" stroke=\"\(stroke)\"\(extra)/>"
    }

    static func shape(_ box: PosterBox) -> String? {
        let r = box.rect
        switch box.role {
        case .title, .label: return nil
        case .rowLabel: return rect(r, fill: "#eef1f5", stroke: line)
        case .stage: return rect(r, fill: "#dce5ef", stroke: "#9fb0c3")
        case .touchpoint: return rect(r, fill: "#f6f8fa", stroke: line)
        case .placeholder: return rect(r, fill: "#ffffff", stroke: line, extra: " stroke-dasharray=\"4 3\"")
        case .cell: return rect(r, fill: "#ffffff", stroke: line)
        case .kpi: return rect(r, fill: "#f6f8fa", stroke: line)
        case .painPoint: return rect(r, fill: "#fdecea", stroke: "#c0392b", radius: 5, extra: " stroke-width=\"1.5\"")
        case .opportunity:
            return rect(r, fill: "#e8f6ee", stroke: "#1e8449", radius: 5, extra: " stroke-width=\"1.5\" stroke-dasharray=\"5 3\"")
        case .online: return rect(r, fill: "#e6effa", stroke: "#1f6fb2", radius: min(r.height / 2, 8))
        case .offline: return rect(r, fill: "#f5efe4", stroke: "#8a6d3b", radius: 1)
        case .funnelBar: return rect(r, fill: "#1f6fb2", stroke: "none")
        case .plot: return nil
        case .moment:
            let (cx, cy, radius) = (r.x + r.width / 2, r.y + r.height / 2 + 0.5, r.width / 2)
            let points = star.map { "\(n(cx + radius * $0.x)),\(n(cy + radius * $0.y))" }
            return "<polygon points=\"\(points.joined(separator: " "))\" fill=\"#b9770e\" stroke=\"#7a4f09\"/>"
        case .neutral:
            return "<line x1=\"\(n(r.x))\" y1=\"\(n(r.y + r.height / 2))\" x2=\"\(n(r.maxX))\" y2=\"\(n(r.y + r.height / 2))\" "
                + "stroke=\"\(muted)\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>"
        case .persona:
            let p = box.persona ?? 0, c = EmotionCurveSVG.colour(p), mid = r.y + r.height / 2
            return "<g><line x1=\"\(n(r.x))\" y1=\"\(n(mid))\" x2=\"\(n(r.maxX))\" y2=\"\(n(mid))\" stroke=\"\(c)\" stroke-width=\"2.5\"/>"
                + EmotionCurveSVG.marker(p).svg(x: r.x + r.width / 2, y: mid, colour: c) + "</g>"
        }
    }

    /// A five-pointed star's corners on a circle of radius 1, the inner ones at 0.4.
    static let star = [(0, -1), (0.2351, -0.3236), (0.9511, -0.309), (0.3804, 0.1236), (0.5878, 0.809), (0, 0.4),
                       (-0.5878, 0.809), (-0.3804, 0.1236), (-0.9511, -0.309), (-0.2351, -0.3236)].map { PosterPoint(x: $0.0, y: $0.1) }

    static func text(_ line: PosterLine) -> String {
        let style = line.style
        var attributes = "x=\"\(n(line.x))\" y=\"\(n(line.baseline))\" font-size=\"\(n(style.size))\""
        if style.bold { attributes += " font-weight=\"bold\"" }
        if style.italic { attributes += " font-style=\"italic\"" }
        attributes += " fill=\"\(style.muted ? muted : ink)\""
        if line.anchor == .end { attributes += " text-anchor=\"end\"" }
        return "<text \(attributes)>\(HTMLText.escape(line.text))</text>"
    }

    /// The neutral line, then each persona's curve with a marker on every score.
    static func curves(_ plot: PosterPlot) -> [String] {
        let r = plot.rect
        var out = ["<line x1=\"\(n(r.x))\" y1=\"\(n(plot.neutralY))\" x2=\"\(n(r.maxX))\" y2=\"\(n(plot.neutralY))\" "
                   + "stroke=\"\(muted)\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>"]
        for curve in plot.curves {
            let colour = EmotionCurveSVG.colour(curve.persona)
            for run in curve.runs where run.count > 1 {
                let segments = SmoothCurve.segments(through: run)
                let path = "M\(point(run[0]))" + segments.map { " C\(point($0.control1)) \(point($0.control2)) \(point($0.to))" }.joined()
                out.append("<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>")
            }
            for place in curve.runs.joined() {
                out.append(EmotionCurveSVG.marker(curve.persona).svg(x: place.x, y: place.y, colour: colour))
            }
        }
        return out
    }

    static func point(_ p: PosterPoint) -> String { "\(n(p.x)),\(n(p.y))" }

    /// A coordinate to a tenth, as short as it goes.
    static func n(_ value: Double) -> String { MetricsText.number((value * 10).rounded() / 10) }
}
