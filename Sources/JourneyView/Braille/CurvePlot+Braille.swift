import JourneyCore

extension CurvePlot {
    /// The personas' lines across a slide in braille, touchpoint `t`'s point in column `centre(t)`.
    mutating func drawBraille(map: JourneyMap, touchpoints: [Touchpoint], rows: EmotionRows, centre: (Int) -> Int) {
        let canvas = BrailleCurve.canvas(width: width, height: height, personas: map.personas) { persona in
            touchpoints.indices.map { t in
                touchpoints[t].emotion[persona.id].map { BrailleCurve.point(x: centre(t), score: $0, rows: rows) }
            }
        }
        for row in 0..<height {
            for x in 0..<width {
                guard let glyph = canvas.glyph(x: x, y: row) else { continue }
                let owner = canvas.owner(x: x, y: row)
                put(String(glyph), x, row, owner == BrailleCanvas.shared ? .role(.cell) : .persona(owner))
            }
        }
    }
}
