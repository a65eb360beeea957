import JourneyCore

/// One persona's emotion across the journey, in bands of rows: the stage
/// names, the curve (a braille line over two rows through a point per
/// touchpoint, or with `CurveStyle.cells` a bar per touchpoint, ▁ low to █
/// high on the map's scale; · where the persona has no score), and the
/// scores when there is room. Stages are
/// laid out only as far as the width (and the bands allowed) reach, so a
/// 20,000-touchpoint map costs what fits.
struct PersonasCurve {
    static let bars = Array("▁▂▃▄▅▆▇█")
    /// Rows of one band: names, the curve, and scores when they fit.
    var bandHeight: Int { 1 + plotHeight + (cell >= 5 ? 1 : 0) }
    /// Braille's two rows tell every step of a five-point scale apart; the bars take one.
    var plotHeight: Int { theme.curve == .braille ? 2 : 1 }

    /// Part of a stage drawn in a band: its touchpoints `touchpoints` from column `x`.
    struct Segment {
        var stage: Int
        var x: Int
        var width: Int
        var touchpoints: Range<Int>
    }

    let map: JourneyMap
    let persona: Persona
    let style: Style
    let theme: Theme
    /// Columns per touchpoint: 5 shows the score under the bar; 3 or 2 the bar alone.
    let cell: Int
    /// Columns a stage's name may claim beyond its touchpoints.
    let nameCap: Int
    let bands: [[Segment]]
    /// Touchpoints past the last band.
    let notShown: Int
    let width: Int

    init(map: JourneyMap, persona: Persona, style: Style, theme: Theme, width: Int, maxBands: Int) {
        self.map = map
        self.persona = persona
        self.style = style
        self.theme = theme
        // Stages are a column apart; the last needs no separator after it.
        let fits = { (size: (cell: Int, cap: Int)) in
            map.stages.reduce(0) { $0 + Self.width(of: $1, from: 0, cell: size.cell, cap: size.cap) + 1 } <= width + 1
        }
        let size = maxBands > 1 ? (5, 10) : [(5, 10), (3, 10), (3, 6), (2, 6)].first(where: fits) ?? (2, 4)
        (cell, nameCap) = size
        var bands: [[Segment]] = []
        var stage = 0
        var first = 0
        while stage < map.stages.count && bands.count < maxBands {
            var band: [Segment] = []
            var x = 0
            while stage < map.stages.count {
                let count = map.stages[stage].touchpoints.count
                let wanted = Self.width(of: map.stages[stage], from: first, cell: cell, cap: nameCap)
                if x + wanted <= width {
                    band.append(Segment(stage: stage, x: x, width: wanted, touchpoints: first..<count))
                    x += wanted + 1
                    stage += 1
                    first = 0
                    continue
                }
                // Part of the stage, when the band is empty or the part has room for its name.
                let fit = min(count - first, (width - x) / cell)
                if fit > 0 && (band.isEmpty || fit * cell >= Self.nameWidth(map.stages[stage], cap: nameCap)) {
                    band.append(Segment(stage: stage, x: x, width: fit * cell, touchpoints: first..<first + fit))
                    first += fit
                } else if band.isEmpty {
                    // Narrower than a touchpoint: nothing can show.
                    stage = map.stages.count
                }
                break
            }
            bands.append(band)
        }
        self.bands = bands
        self.width = width
        var rest = stage < map.stages.count ? map.stages[stage].touchpoints.count - first : 0
        if stage + 1 < map.stages.count { rest += map.stages[(stage + 1)...].reduce(0) { $0 + $1.touchpoints.count } }
        notShown = rest
    }

    /// A stage's name needs this much room (cut with "…" beyond).
    static func nameWidth(_ stage: Stage, cap: Int) -> Int {
        min(TextWidth.of(DisplayText.singleLine(DisplayText.visible(stage.name, columns: 12))) + 1, cap)
    }

    static func width(of stage: Stage, from first: Int, cell: Int, cap: Int) -> Int {
        max((stage.touchpoints.count - first) * cell, nameWidth(stage, cap: cap))
    }

    var height: Int { bands.isEmpty ? 0 : bands.count * bandHeight + bands.count - 1 }

    /// Draws the bands from (x, y), each `bandHeight` rows and a blank row apart.
    func paint(into grid: inout CellGrid, x: Int, y: Int) {
        for (number, band) in bands.enumerated() {
            let top = y + number * (bandHeight + 1)
            for segment in band {
                paint(segment, into: &grid, x: x, y: top)
            }
        }
    }

    func paint(_ segment: Segment, into grid: inout CellGrid, x: Int, y: Int) {
        let stage = map.stages[segment.stage]
        let left = x + segment.x
        let name = DisplayText.singleLine(DisplayText.visible(stage.name, columns: segment.width))
        grid.put(TextWrap.truncate(name, width: segment.width, ellipsis: true), x: left, y: y, maxWidth: segment.width,
                 style: theme[.stageHeader])
        if segment.touchpoints.isEmpty {
            grid.put("–", x: left, y: y + 1, style: theme[.muted])
        }
        if theme.curve == .braille { paintBraille(segment, of: stage, into: &grid, x: left, y: y + 1) }
        for (offset, index) in segment.touchpoints.enumerated() {
            let cellX = left + offset * cell
            guard let score = stage.touchpoints[index].emotion[persona.id] else {
                grid.put("·", x: cellX, y: y + 1, style: theme[.muted])
                continue
            }
            if theme.curve == .cells {
                grid.put(String(repeating: String(bar(score)), count: cell - 1), x: cellX, y: y + 1, style: style)
            }
            if cell >= 5 {
                grid.put(MetricsText.signed(score), x: cellX, y: y + 1 + plotHeight, maxWidth: cell - 1, style: theme[.scale])
            }
        }
        let separator = left + segment.width
        let isEnd = segment.stage == map.stages.count - 1 && segment.touchpoints.upperBound == stage.touchpoints.count
        guard separator < x + width, !isEnd else { return }
        for row in 0..<bandHeight { grid.put("│", x: separator, y: y + row, style: theme[.separator]) }
    }

    func bar(_ score: Double) -> Character {
        Self.bars[Int((height(of: score) * Double(Self.bars.count - 1)).rounded())]
    }

    /// How high a score is on the map's scale, 0 its least and 1 its greatest.
    func height(of score: Double) -> Double {
        let scale = map.emotionScale
        let span = Double(scale.max) - Double(scale.min)
        return span > 0 ? (scale.clamp(score) - Double(scale.min)) / span : 0
    }

    /// The segment's line in braille, each touchpoint's point in the middle of its columns.
    func paintBraille(_ segment: Segment, of stage: Stage, into grid: inout CellGrid, x: Int, y: Int) {
        var canvas = BrailleCanvas(width: segment.width, height: plotHeight)
        let points = segment.touchpoints.enumerated().map { offset, index in
            stage.touchpoints[index].emotion[persona.id].map { score in
                BrailleLine.Point(x: 2 * offset * cell + cell - 1, y: (1 - height(of: score)) * Double(canvas.dotHeight - 1))
            }
        }
        BrailleLine.draw(points, owner: 0, pattern: .solid, on: &canvas)
        BrailleCurve.put(canvas, into: &grid, x: x, y: y) { _ in style }
    }
}
