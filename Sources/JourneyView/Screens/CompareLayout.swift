import JourneyCore

/// The compare view as lines of text, each in pieces with a theme role: the
/// same lines fill a screen (scrolled) and `journey compare`'s printout.
struct CompareLayout: Sendable {
    typealias Line = [(text: String, role: ThemeRole)]

    let lines: [Line]

    /// The least room for a stage's column: a level glyph, a score such as -1.5, and a gap; wider as the width allows.
    static let stageWidth = 7

    init(_ comparison: MapComparison, currentName: String, width: Int) {
        var lines: [Line] = []
        func heading(_ text: String) {
            lines.append([])
            lines.append([("── " + text + " " + String(repeating: "─", count: max(0, width - 5 - TextWidth.of(text))), .detailTitle)])
        }
        lines.append([("Current ", .laneLabel), (DisplayText.singleLine(currentName) + ": " + DisplayText.singleLine(comparison.currentMap.title), .cell)])
        lines.append([("Future  ", .laneLabel), (DisplayText.singleLine(comparison.futureMap.title), .cell)])
        let scale = comparison.scale
        heading("Emotion now and future, ▁ \(scale.min) … █ \(MetricsText.signed(Double(scale.max)))")
        lines += Self.curves(comparison, width: width)
        heading("Touchpoints + added − gone ~ changed")
        for pair in comparison.stages {
            let mark = pair.current == nil ? " (new stage)" : pair.future == nil ? " (stage gone)" : ""
            lines.append([(DisplayText.singleLine(pair.name) + mark, .stageHeader)]
                         + (pair.changes.isEmpty ? [(" — no change", .muted)] : []))
            for change in pair.changes {
                let sign = change.kind == .added ? "+ " : change.kind == .removed ? "− " : "~ "
                let what = change.what.isEmpty ? "" : ": " + change.what.map(DisplayText.singleLine).joined(separator: ", ")
                lines.append([("  " + sign, .scale), (DisplayText.singleLine(change.name), .cell), (what, .muted)])
            }
        }
        heading("Pain points the future removes")
        if comparison.removals.isEmpty {
            lines.append([("No opportunity says yet which pain points it removes (:removes in the future map).", .muted)])
        }
        for removal in comparison.removals {
            lines.append([("“" + DisplayText.singleLine(removal.opportunity) + "”", .cell),
                          (" at " + DisplayText.singleLine(removal.place) + " removes:", .muted)])
            for pain in removal.painPoints {
                if let place = pain.place {
                    lines.append([("  − “" + DisplayText.singleLine(pain.text) + "”", .cell), (" at " + DisplayText.singleLine(place), .muted)])
                } else {
                    lines.append([("  ? " + DisplayText.singleLine(pain.text) + ": no such pain point in the current state", .warning)])
                }
            }
        }
        self.lines = lines
    }

    /// Per persona, a row now and a row in the future: a level glyph and the average score in each stage's column.
    /// Stages that do not fit the width go to a block of their own below.
    static func curves(_ comparison: MapComparison, width: Int) -> [Line] {
        let labelWidth = min(16, max(10, width / 4))
        let stageWidth = max(Self.stageWidth, min(14, (width - labelWidth) / max(1, comparison.stages.count)))
        let perBlock = max(1, (width - labelWidth) / stageWidth)
        let scale = comparison.scale
        var lines: [Line] = []
        if comparison.personas.isEmpty { return [[("No personas: no emotion to compare.", .muted)]] }
        for start in stride(from: 0, to: comparison.stages.count, by: perBlock) {
            let shown = start..<min(comparison.stages.count, start + perBlock)
            if start > 0 { lines.append([]) }
            lines.append([(pad("", labelWidth), .laneLabel)] + shown.map { s in
                (pad(DisplayText.singleLine(comparison.stages[s].name), stageWidth - 1) + " ", ThemeRole.stageHeader)
            })
            for persona in comparison.personas {
                for future in [false, true] {
                    let label = future ? pad("  future", labelWidth) : pad(DisplayText.singleLine(persona.name), labelWidth - 5) + " now "
                    lines.append([(label, future ? .currentLabel : .laneLabel)]
                                 + shown.map { s in
                        let value = comparison.emotion(persona, stage: s, future: future)
                        let text = value.map { glyph($0, scale: scale) + " " + MetricsText.signed(($0 * 10).rounded() / 10) } ?? "·"
                        return (pad(text, stageWidth - 1) + " ", value == nil ? ThemeRole.muted : .cell)
                    })
                }
            }
        }
        return lines
    }

    static func glyph(_ value: Double, scale: (min: Int, max: Int)) -> String {
        let levels = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let span = Double(scale.max - scale.min)
        guard span > 0 else { return "▄" }
        let level = Int(((value - Double(scale.min)) / span * Double(levels.count - 1)).rounded())
        return levels[min(levels.count - 1, max(0, level))]
    }

    /// Cut or filled with spaces to exactly `width` columns.
    static func pad(_ text: String, _ width: Int) -> String {
        let cut = TextWrap.truncate(text, width: width, ellipsis: true)
        return cut + String(repeating: " ", count: max(0, width - TextWidth.of(cut)))
    }
}
