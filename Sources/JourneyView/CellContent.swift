import JourneyCore

/// The text of one lane at one touchpoint, as lines for a column of a given
/// width. The emotion lane is drawn as a curve instead (see `CurvePainter`).
public enum CellContent {
    /// `upTo`: only as many columns of text as will be shown (nil: all of it).
    public static func lines(_ touchpoint: Touchpoint, lane: Lane, width: Int, upTo columns: Int? = nil) -> [String] {
        switch lane.kind {
        case .actions, .thoughts, .owner, .text:
            let full = touchpoint.text[lane.id] ?? ""
            let text = columns.map { DisplayText.visible(full, columns: $0) } ?? full
            return text.isEmpty ? [] : TextWrap.wrap(text, width: width)
        case .painPoints: return items(touchpoint.painPoints, width: width)
        case .opportunities: return items(touchpoint.opportunities, width: width)
        case .quotes: return items(touchpoint.quotes.map { quoted($0) }, width: width)
        case .metrics: return TextWrap.wrap(MetricsText.compact(touchpoint.metrics).joined(separator: " · "), width: width)
        case .emotion: return []
        }
    }

    static func quoted(_ item: Item) -> Item {
        var copy = item
        copy.text = quoted(item.text)
        return copy
    }

    /// A quote in quote marks, unless it already has its own.
    public static func quoted(_ text: String) -> String {
        let marks: Set<Character> = ["\"", "“", "”", "„", "«", "»", "'", "‘", "’", "「", "『"]
        if let first = text.first, marks.contains(first) { return text }
        return "“" + text + "”"
    }

    static func items(_ items: [Item], width: Int) -> [String] {
        var lines: [String] = []
        for item in items {
            let wrapped = TextWrap.wrap(item.text, width: max(1, width - 2))
            for (index, line) in wrapped.enumerated() {
                lines.append((index == 0 ? "• " : "  ") + line)
            }
        }
        return lines
    }
}

/// Metric figures in words short enough for a grid cell, or in full; the
/// names and units come from the `Metric` table.
public enum MetricsText {
    public static func compact(_ m: Metrics) -> [String] { describe(m, short: true) }
    public static func full(_ m: Metrics) -> [String] { describe(m, short: false) }

    static func describe(_ m: Metrics, short: Bool) -> [String] {
        m.figures.map { metric, value in
            let figure = short && metric.isWhole ? count(value) : number(value) + metric.unit
            return (short ? metric.shortLabel : metric.label) + " " + figure
        }
    }

    public static func number(_ value: Double) -> String {
        if value.rounded() == value && abs(value) < 1e15 { return String(Int(value)) }
        return String((value * 10).rounded() / 10)
    }

    /// A count in a few characters: 2400 is 2.4k, 54000 is 54k.
    static func count(_ value: Double) -> String {
        switch value {
        case 1_000_000_000...: number(value / 1_000_000_000) + "B"
        case 1_000_000...: number(value / 1_000_000) + "M"
        case 10_000...: number((value / 1000).rounded(.towardZero)) + "k"
        case 1_000...: number(value / 1000) + "k"
        default: number(value)
        }
    }
}
