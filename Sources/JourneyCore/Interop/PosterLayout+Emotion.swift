/// The emotion lane's row as a plot (a smooth curve per persona through the
/// touchpoints' scores, the neutral line dashed, the scale's ends and
/// neutral beside it) and the legend that tells the personas and the marks apart.
extension PosterLayout {
    static let plotHeight = 200.0, plotInset = 18.0

    mutating func layEmotion(label: String) {
        let scale = map.emotionScale
        var scores = [Double(scale.max), scale.neutral, Double(scale.min)]
        scores = scores.enumerated().filter { !scores[..<$0.offset].contains($0.element) }.map(\.element)
        let room = (scores.map { PosterFont.width(MetricsText.signed($0), size: Self.small.size) }.max() ?? 0) + Self.pad
        let whole = row(label: label, role: .cell, minHeight: Self.plotHeight, spans: columnSpans, labelRoom: room) { _, _ in }
        let rect = PosterRect(x: Self.margin + Self.labelWidth, y: whole.y + Self.plotInset,
                              width: Double(columns.count) * Self.columnWidth, height: whole.height - 2 * Self.plotInset)
        func y(_ score: Double) -> Double { rect.y + scale.depth(of: score) * rect.height }
        if let index = boxes.lastIndex(where: { $0.role == .rowLabel }) {
            boxes[index].lines += scores.map { score in
                PosterLine(text: MetricsText.signed(score), x: rect.x - Self.pad, baseline: y(score) + 4, style: Self.small, anchor: .end)
            }
        }
        let count = map.personas.count
        let curves = map.personas.enumerated().map { p, persona in
            // Personas with one score sit side by side rather than on top of each other.
            let offset = (Double(p) - Double(count - 1) / 2) * 4
            var runs: [[PosterPoint]] = [[]]
            for column in columns {
                guard let touchpoint = column.touchpoint else { continue }
                if let score = touchpoint.emotion[persona.id] {
                    runs[runs.count - 1].append(PosterPoint(x: column.x + Self.columnWidth / 2 + offset, y: y(score)))
                } else if !runs[runs.count - 1].isEmpty {
                    runs.append([])
                }
            }
            return PosterCurve(persona: p, runs: runs.filter { !$0.isEmpty })
        }
        plot = PosterPlot(rect: rect, neutralY: y(scale.neutral), curves: curves)
    }

    /// Entries left to right, onto a new line when the next does not fit.
    mutating func layLegend() {
        var entries: [(PosterBox, String)] = map.personas.enumerated().map { p, persona in
            (PosterBox(role: .persona, rect: PosterRect(x: 0, y: 0, width: 30, height: 14), id: persona.id, persona: p), persona.name)
        }
        let marks: [(PosterBox.Role, Double, String)] = [(.neutral, 30, "neutral"), (.moment, 14, "moment of truth"), (.painPoint, 22, "pain point"),
                    (.opportunity, 22, "opportunity"), (.online, 26, "online channel"), (.offline, 26, "offline channel")]
        entries += marks.map {
            (PosterBox(role: $0.0, rect: PosterRect(x: 0, y: 0, width: $0.1, height: 14)), $0.2)
        }
        let right = Self.margin + contentWidth
        var x = Self.margin, lineTop = top, lineBottom = top
        for (swatch, words) in entries {
            let room = contentWidth - swatch.rect.width - 6
            let natural = min(room, PosterFont.width(PosterWrap.clean(words), size: Self.body.size) + 0.5)
            if x > Self.margin && x + swatch.rect.width + 6 + natural > right {
                x = Self.margin
                lineTop = lineBottom + 6
            }
            var placed = swatch
            placed.rect.x = x
            placed.rect.y = lineTop + 1
            var text = PosterStack(x: placed.rect.maxX + 6, top: lineTop, width: natural)
            text.text(words, Self.body)
            boxes.append(placed)
            boxes.append(PosterBox(role: .label, rect: PosterRect(x: text.x, y: lineTop, width: natural, height: text.bottom - lineTop),
                                   lines: text.lines))
            lineBottom = max(lineBottom, text.bottom, placed.rect.maxY)
            x = text.x + natural + 20
        }
        top = lineBottom + 16
    }
}
