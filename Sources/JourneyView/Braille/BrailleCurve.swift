import JourneyCore

/// The emotion curve's braille: where a score's point falls in dots, and the
/// canvas put into a grid of cells in the personas' styles.
enum BrailleCurve {
    /// The point of a score at cell column `x`: a score on a row's mark at its third dot of four (the
    /// middle, as near as dots go), so a half step falls on the next row's first dot, the row its point is in.
    static func point(x: Int, score: Double, rows: EmotionRows) -> BrailleLine.Point {
        BrailleLine.Point(x: 2 * x + 1, y: rows.position(for: score) * 4 + 2)
    }

    /// Every persona's line, each through the points it is given (nil: no score there), on a canvas of cells.
    static func canvas(width: Int, height: Int, personas: [Persona], points: (Persona) -> [BrailleLine.Point?]) -> BrailleCanvas {
        var canvas = BrailleCanvas(width: width, height: height)
        for (index, persona) in personas.enumerated() {
            BrailleLine.draw(points(persona), owner: index, pattern: .of(persona: index), on: &canvas)
        }
        return canvas
    }

    /// A cell with dots of two personas is drawn in the plain cell style: it belongs to neither.
    static func style(owner: Int, theme: Theme) -> Style {
        owner == BrailleCanvas.shared ? theme[.cell] : theme.persona(owner)
    }

    /// The canvas's dots at (x, y) in their owner's style, leaving the columns left of `from` and the cells
    /// without a dot as they are.
    static func put(_ canvas: BrailleCanvas, into grid: inout CellGrid, x: Int, y: Int, from: Int = 0,
                    style: (Int) -> Style) {
        for row in 0..<canvas.height {
            for column in min(canvas.width, max(0, from - x))..<canvas.width {
                guard let glyph = canvas.glyph(x: column, y: row) else { continue }
                grid[x + column, y + row] = Cell(Grapheme(glyph), style: style(canvas.owner(x: column, y: row)))
            }
        }
    }
}
