/// The emotion curves of a whole journey as an inline SVG: one line per
/// persona, told apart by colour and marker shape, over bands for the stages,
/// with the scale's neutral line dashed. A touchpoint without a score breaks
/// that persona's line rather than inventing a value.
struct EmotionCurveSVG {
    let map: JourneyMap

    static let step = 96.0
    static let left = 56.0, right = 24.0, top = 34.0, plotHeight = 220.0, bottom = 118.0

    enum Marker: CaseIterable {
        case circle, square, triangle, diamond

        func svg(x: Double, y: Double, colour: String) -> String {
            switch self {
            case .circle: "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"5\" fill=\"\(colour)\"/>"
            case .square: "<rect x=\"\(n(x - 4.5))\" y=\"\(n(y - 4.5))\" width=\"9\" height=\"9\" fill=\"\(colour)\"/>"
            case .triangle: "<polygon points=\"\(n(x)),\(n(y - 6)) \(n(x + 5.5)),\(n(y + 4)) \(n(x - 5.5)),\(n(y + 4))\" fill=\"\(colour)\"/>"
            case .diamond: "<polygon points=\"\(n(x)),\(n(y - 6)) \(n(x + 6)),\(n(y)) \(n(x)),\(n(y + 6)) \(n(x - 6)),\(n(y))\" fill=\"\(colour)\"/>"
            }
        }
    }

    static func colour(_ persona: Int) -> String { HTMLStyle.personaColours[persona % HTMLStyle.personaColours.count] }
    static func marker(_ persona: Int) -> Marker { Marker.allCases[persona % Marker.allCases.count] }

    /// A persona's swatch for the legend: its marker on a short line.
    static func swatch(_ persona: Int) -> String {
        let c = colour(persona)
        return "<svg class=\"swatch\" width=\"30\" height=\"14\" viewBox=\"0 0 30 14\" aria-hidden=\"true\">"
            + "<line x1=\"0\" y1=\"7\" x2=\"30\" y2=\"7\" stroke=\"\(c)\" stroke-width=\"2.5\"/>"
            + marker(persona).svg(x: 15, y: 7, colour: c) + "</svg>"
    }

    func render() -> String {
        let touchpoints = map.stages.flatMap { $0.touchpoints }
        let scale = map.emotionScale
        let left = Self.leftMargin(touchpoints)
        let width = left + Double(max(touchpoints.count, 6)) * Self.step + Self.right
        let height = Self.top + Self.plotHeight + Self.bottom
        func x(_ i: Int) -> Double { left + (Double(i) + 0.5) * Self.step }
        func y(_ score: Double) -> Double {
            let span = Double(scale.max) - Double(scale.min)
            guard span > 0 else { return Self.top + Self.plotHeight / 2 }
            return Self.top + (Double(scale.max) - scale.clamp(score)) / span * Self.plotHeight
        }
        var svg = ["<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" "
                   + "aria-label=\"Emotion curve across the journey\" font-family=\"system-ui, sans-serif\" font-size=\"12\">"]
        // Stage bands with their names.
        var first = 0
        for (s, stage) in map.stages.enumerated() {
            let count = stage.touchpoints.count
            let x0 = left + Double(first) * Self.step
            let bandWidth = Double(count) * Self.step
            if count > 0 {
                svg.append("<rect x=\"\(n(x0))\" y=\"\(n(Self.top))\" width=\"\(n(bandWidth))\" height=\"\(n(Self.plotHeight))\" "
                           + "fill=\"\(s % 2 == 0 ? "#f3f5f8" : "#ffffff")\" stroke=\"#d5dae0\"/>")
                let name = Self.fit(stage.name, columns: Int(bandWidth / 7.5))
                svg.append("<text x=\"\(n(x0 + 6))\" y=\"\(n(Self.top - 10))\" font-weight=\"600\">\(HTMLText.escape(name))"
                           + "<title>\(HTMLText.escape(stage.name))</title></text>")
            }
            first += count
        }
        // The scale: a label per score (or the ends and neutral on a long scale), neutral dashed.
        let labels: [Double] = scale.steps <= 11 ? (scale.min...scale.max).map(Double.init)
            : [Double(scale.min), scale.neutral, Double(scale.max)]
        for score in labels {
            svg.append("<text x=\"\(n(left - 8))\" y=\"\(n(y(score) + 4))\" text-anchor=\"end\" fill=\"#5b6470\">"
                       + "\(HTMLText.escape(MetricsText.signed(score)))</text>")
        }
        let right = left + Double(touchpoints.count) * Self.step
        svg.append("<line x1=\"\(n(left))\" y1=\"\(n(y(scale.neutral)))\" x2=\"\(n(right))\" y2=\"\(n(y(scale.neutral)))\" "
                   + "stroke=\"#5b6470\" stroke-dasharray=\"5 4\"/>")
        // Touchpoint names under the plot, slanted so long names do not collide.
        for (i, touchpoint) in touchpoints.enumerated() {
            let label = Self.label(touchpoint)
            let lx = x(i), ly = Self.top + Self.plotHeight + 14
            svg.append("<text x=\"\(n(lx))\" y=\"\(n(ly))\" text-anchor=\"end\" transform=\"rotate(-35 \(n(lx)) \(n(ly)))\">"
                       + "\(HTMLText.escape(label))<title>\(HTMLText.escape(touchpoint.name))</title></text>")
        }
        // One line per persona, broken where a touchpoint has no score; equal scores sit side by side.
        let personas = map.personas.count
        for (p, persona) in map.personas.enumerated() {
            let offset = (Double(p) - Double(personas - 1) / 2) * 4
            let c = Self.colour(p)
            var run: [String] = []
            var markers: [String] = []
            func endRun() {
                if run.count > 1 {
                    svg.append("<polyline points=\"\(run.joined(separator: " "))\" fill=\"none\" stroke=\"\(c)\" stroke-width=\"2.5\" "
                               + "stroke-linejoin=\"round\"/>")
                }
                run = []
            }
            for (i, touchpoint) in touchpoints.enumerated() {
                guard let score = touchpoint.emotion[persona.id] else {
                    endRun()
                    continue
                }
                let px = x(i) + offset, py = y(score)
                run.append("\(n(px)),\(n(py))")
                let title = "\(persona.name) at \(touchpoint.name): \(MetricsText.signed(score))"
                markers.append("<g>" + Self.marker(p).svg(x: px, y: py, colour: c) + "<title>\(HTMLText.escape(title))</title></g>")
            }
            endRun()
            svg += markers
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    /// A touchpoint's name under the plot: cut short, marked when it is a moment of truth.
    static func label(_ touchpoint: Touchpoint) -> String {
        (touchpoint.momentOfTruth ? "★ " : "") + fit(touchpoint.name, columns: 22)
    }

    /// Room left of the plot for the scale's labels and for the first
    /// touchpoints' names, which slant back left of their column: enough that
    /// no label is cut at the picture's edge. Later names start far enough in.
    static func leftMargin(_ touchpoints: [Touchpoint]) -> Double {
        touchpoints.prefix(3).enumerated().reduce(left) { margin, entry in
            max(margin, slantedReach(label(entry.element)) - (Double(entry.offset) + 0.5) * step + 4)
        }
    }

    /// How far a name slanted at 35° reaches left of where it ends, at font
    /// size 12: about 7.2 wide for a Latin letter, 12 for a wider one, times
    /// cos 35°.
    static func slantedReach(_ label: String) -> Double {
        label.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 7.2 : 12) } * 0.82
    }

    /// At most `columns` characters, with an ellipsis when cut.
    static func fit(_ text: String, columns: Int) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard line.count > columns else { return line }
        return String(line.prefix(max(1, columns - 1))) + "…"
    }
}

/// A coordinate with at most one decimal, as SVG reads it (the sparklines' too).
func n(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}
