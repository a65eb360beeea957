import JourneyCore

/// Draws the emotion lane: the scale on the left, a neutral midline, and for
/// each persona a point per touchpoint joined by braille lines (or, with
/// `CurveStyle.cells`, box-drawing lines). Segments
/// leading to columns just off screen are drawn too, so the curve does not
/// stop at the screen's edge.
struct CurvePainter {
    let painter: GridPainter

    func paint(into grid: inout CellGrid, laneName: String, y: Int, height: Int) {
        let map = painter.map
        let theme = painter.theme
        let rows = EmotionRows(scale: map.emotionScale)
        let labelRight = painter.geometry.labelWidth - 1

        // Every row says the score it stands for, so what is typed is what is seen.
        for row in 0..<min(rows.count, height) {
            let score = rows.score(atRow: row)
            guard score.rounded() == score else { continue }
            let number = MetricsText.number(score)
            let text = score > 0 ? "+" + number : number
            let textX = labelRight - TextWidth.of(text)
            // On the first row the value wins over the end of a long lane name.
            grid.put(row == 0 ? " " + text : text, x: row == 0 ? textX - 1 : textX, y: y + row, style: theme[.scale])
        }

        let midline = rows.row(for: map.emotionScale.neutral)
        if midline < height {
            for column in painter.columns {
                grid.fill(x: painter.x(column) + 1, y: y + midline, width: painter.contentWidth, height: 1, with: "┈",
                          style: theme[.midline])
            }
        }

        if theme.curve == .braille {
            drawBraille(into: &grid, rows: rows, y: y, height: height)
        } else {
            for personaIndex in map.personas.indices {
                drawCurve(into: &grid, persona: map.personas[personaIndex], index: personaIndex, rows: rows, y: y, height: height)
            }
        }
        drawPoints(into: &grid, rows: rows, y: y, height: height)
    }

    /// Each persona's point, over the lines. Personas with the same score at a
    /// touchpoint sit side by side, so none hides another.
    func drawPoints(into grid: inout CellGrid, rows: EmotionRows, y: Int, height: Int) {
        let personas = painter.map.personas
        for column in painter.columns {
            guard let emotion = painter.emotion(at: column) else { continue }
            var byRow: [Int: [Int]] = [:]
            for (index, persona) in personas.enumerated() {
                if let score = emotion[persona.id] { byRow[rows.row(for: score), default: []].append(index) }
            }
            for (row, sharing) in byRow where row < height {
                let start = centre(column) - (sharing.count - 1) / 2
                for (offset, index) in sharing.enumerated() {
                    let x = min(start + offset, painter.x(column) + painter.contentWidth)
                    grid.put(PersonaGlyphs.point(index), x: x, y: y + row, style: painter.theme.persona(index))
                }
            }
        }
    }

    func centre(_ column: Int) -> Int { painter.x(column) + 1 + (painter.contentWidth - 1) / 2 }

    /// Every persona's line in braille, through the points' cells. Two columns
    /// past each edge are looked at, as a part's bend depends on the points beside it.
    func drawBraille(into grid: inout CellGrid, rows: EmotionRows, y: Int, height: Int) {
        let columns = max(0, painter.columns.lowerBound - 2)..<min(painter.index.count, painter.columns.upperBound + 2)
        let canvas = BrailleCurve.canvas(width: painter.right, height: min(rows.count, height), personas: painter.map.personas) { persona in
            columns.map { column in
                painter.emotion(at: column)?[persona.id].map { BrailleCurve.point(x: centre(column), score: $0, rows: rows) }
            }
        }
        BrailleCurve.put(canvas, into: &grid, x: 0, y: y, from: painter.geometry.labelWidth + 1) {
            BrailleCurve.style(owner: $0, theme: painter.theme)
        }
    }

    func drawCurve(into grid: inout CellGrid, persona: Persona, index: Int, rows: EmotionRows, y: Int, height: Int) {
        let style = painter.theme.persona(index)
        let first = max(0, painter.columns.lowerBound - 1)
        let last = min(painter.index.count, painter.columns.upperBound + 1)
        let lines = LineCells(PersonaGlyphs.lines(index))
        var previous: (x: Int, row: Int)?
        for column in first..<last {
            guard let score = painter.emotion(at: column)?[persona.id] else {
                previous = nil
                continue
            }
            let point = (x: centre(column), row: rows.row(for: score))
            if let previous {
                segment(from: previous, to: point, turnOffset: index % 2 == 0 ? -1 : 1, lines: lines,
                        y: y, height: height, style: style, into: &grid)
            }
            previous = point
        }
    }

    /// A persona's line glyphs as graphemes: box drawing, a column a scalar
    /// (see `CellGrid.isSimple`), so each fills its cell as `put` would.
    struct LineCells {
        let horizontal, vertical, downRight, downLeft, upRight, upLeft: Grapheme

        init(_ lines: PersonaGlyphs.Lines) {
            horizontal = Grapheme(lines.horizontal)
            vertical = Grapheme(lines.vertical)
            downRight = Grapheme(lines.downRight)
            downLeft = Grapheme(lines.downLeft)
            upRight = Grapheme(lines.upRight)
            upLeft = Grapheme(lines.upLeft)
        }
    }

    func segment(from a: (x: Int, row: Int), to b: (x: Int, row: Int), turnOffset: Int, lines: LineCells, y: Int, height: Int, style: Style,
                 into grid: inout CellGrid) {
        let left = painter.geometry.labelWidth + 1
        let right = painter.right
        func put(_ glyph: Grapheme, _ x: Int, _ row: Int) {
            guard x >= left, x < right, row >= 0, row < height else { return }
            grid[x, y + row] = Cell(glyph, style: style)
        }
        if a.row == b.row {
            for x in (a.x + 1)..<b.x { put(lines.horizontal, x, a.row) }
            return
        }
        // Turn beside the column separator, on a side of its own per persona, so
        // that two curves turning between the same touchpoints stay apart.
        let turn = (a.x + b.x) / 2 + turnOffset
        for x in (a.x + 1)..<turn { put(lines.horizontal, x, a.row) }
        let down = b.row > a.row
        put(down ? lines.downLeft : lines.upLeft, turn, a.row)
        for row in (min(a.row, b.row) + 1)..<max(a.row, b.row) { put(lines.vertical, turn, row) }
        put(down ? lines.upRight : lines.downRight, turn, b.row)
        for x in (turn + 1)..<b.x { put(lines.horizontal, x, b.row) }
    }
}
