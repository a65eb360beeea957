/// `journey export --format svg`: the whole map on one canvas, as
/// `PosterLayout` places it. Self-contained (no fonts, images or styles from
/// elsewhere), every text from the map escaped; kinds are told by words and
/// shapes as well as colour, so it reads in black and white. It fits the
/// width it is shown at; rsvg-convert makes a PNG or PDF of it.
public enum SVGPoster {
    static let ink = "#1b1f24", muted = "#5b6470", line = "#c9d0d8"

    public static func export(_ map: JourneyMap) -> String {
        let layout = PosterLayout(map)
        var out = opening(map, size: "width=\"100%\"", viewBox: PosterRect(x: 0, y: 0, width: layout.width, height: layout.height))
        out.append("<rect width=\"\(n(layout.width))\" height=\"\(n(layout.height))\" fill=\"#ffffff\"/>")
        out += body(layout)
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// The poster on sheets of `paper`, one SVG a sheet, row by row (see `PosterSheets`).
    public static func sheets(_ map: JourneyMap, on paper: PosterPaper) -> [String] {
        let layout = PosterLayout(map)
        let sheets = PosterSheets(width: layout.width, height: layout.height, paper: paper)
        let margin = PosterSheets.margin
        return sheets.windows.enumerated().map { index, window in
            let sheet = PosterRect(x: 0, y: 0, width: paper.width, height: paper.height)
            let shown = PosterRect(x: margin, y: margin, width: window.width * sheets.scale, height: window.height * sheets.scale)
            var out = opening(map, size: "width=\"\(n(sheet.width))mm\" height=\"\(n(sheet.height))mm\"", viewBox: sheet)
            out.append(rect(sheet, fill: "#ffffff", stroke: "none"))
            out.append("<svg x=\"\(n(shown.x))\" y=\"\(n(shown.y))\" width=\"\(n(shown.width))\" height=\"\(n(shown.height))\" "
                       + "viewBox=\"\(n(window.x)) \(n(window.y)) \(n(window.width)) \(n(window.height))\">")
            out += body(layout, showing: window)
            out.append("</svg>")
            let (row, column) = (index / sheets.columns, index % sheets.columns)
            out += overlapMarks(shown, sheet: sheet, row: row, column: column, of: sheets)
            let place = "Sheet \(index + 1) of \(sheets.windows.count): row \(row + 1) of \(sheets.rows), column \(column + 1) of "
                + "\(sheets.columns), \(paper.size.rawValue) \(paper.orientation.rawValue)"
                + (sheets.windows.count > 1 ? ". Neighbours share the \(n(PosterSheets.overlap)) mm between the marks." : "")
            out.append("<text x=\"\(n(margin))\" y=\"\(n(shown.maxY + 4.5))\" font-size=\"3.2\" fill=\"\(muted)\">\(place)</text>")
            out.append("</svg>")
            return out.joined(separator: "\n") + "\n"
        }
    }

    static func opening(_ map: JourneyMap, size: String, viewBox: PosterRect) -> [String] {
        let title = map.title.isEmpty ? "Untitled journey" : map.title
        let box = [viewBox.x, viewBox.y, viewBox.width, viewBox.height].map(n).joined(separator: " ")
        return ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" \(size) viewBox=\"\(box)\" font-family=\"\(PosterFont.family)\" role=\"img\">",
                "<title>\(HTMLText.escape(PosterWrap.clean(title)))</title>"]
    }

    /// Every box with its text, then the emotion curves over them; on a
    /// sheet, only the boxes it shows, so a sheet costs its share of the poster.
    static func body(_ layout: PosterLayout, showing window: PosterRect? = nil) -> [String] {
        var out: [String] = []
        for box in layout.boxes where window.map({ box.rect.overlaps($0) }) ?? true {
            if let shape = shape(box) { out.append(shape) }
            out += box.lines.map(text)
        }
        if let plot = layout.plot { out += curves(plot) }
        return out
    }

    /// Short lines in the margins at both edges of each band a sheet shares with a neighbour.
    static func overlapMarks(_ shown: PosterRect, sheet: PosterRect, row: Int, column: Int, of sheets: PosterSheets) -> [String] {
        let shared = PosterSheets.overlap, margin = PosterSheets.margin
        var xs: [Double] = [], ys: [Double] = []
        if column > 0 { xs.append(shown.x + shared) }
        if column < sheets.columns - 1 { xs.append(shown.maxX - shared) }
        if row > 0 { ys.append(shown.y + shared) }
        if row < sheets.rows - 1 { ys.append(shown.maxY - shared) }
        let mark = { (x1: Double, y1: Double, x2: Double, y2: Double) in
            "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(ink)\" stroke-width=\"0.3\"/>"
        }
        // Below the poster, clear of the sheet's number.
        let low = shown.maxY + PosterSheets.footer + 0.5
        return xs.flatMap { [mark($0, 2, $0, margin - 1), mark($0, low, $0, sheet.height - 2)] }
            + ys.flatMap { [mark(2, $0, margin - 1, $0), mark(shown.maxX + 1, $0, sheet.width - 2, $0)] }
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
