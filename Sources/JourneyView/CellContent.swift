import JourneyCore

/// The text of one lane at one touchpoint, as lines for a column of a given
/// width. The emotion lane is drawn as a curve instead (see `CurvePainter`).
public enum CellContent {
    public static func lines(_ touchpoint: Touchpoint, lane: Lane, width: Int) -> [String] {
        switch lane.kind {
        case .actions, .thoughts, .owner, .text:
            let text = touchpoint.text[lane.id] ?? ""
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

/// Metric figures in words short enough for a grid cell, or in full.
public enum MetricsText {
    /// Short name, full name, suffix, and where the value is, for each figure but reach.
    static let figures: [(short: String, long: String, suffix: String, value: @Sendable (Metrics) -> Double?)] = [
        ("conv", "conversion", "%", { $0.conversionRate }), ("drop", "drop-off", "%", { $0.dropOffRate }),
        ("CSAT", "CSAT", "%", { $0.csat }), ("NPS", "NPS", "", { $0.nps }), ("churn", "churn", "%", { $0.churnRate }),
        ("spend", "average spend", "", { $0.averageSpend }), ("LTV", "lifetime value", "", { $0.lifetimeValue }),
    ]

    public static func compact(_ m: Metrics) -> [String] { describe(m, short: true) }
    public static func full(_ m: Metrics) -> [String] { describe(m, short: false) }

    static func describe(_ m: Metrics, short: Bool) -> [String] {
        var parts: [String] = []
        if let reach = m.reach { parts.append("reach " + (short ? count(reach) : String(reach))) }
        for figure in figures {
            guard let value = figure.value(m) else { continue }
            parts.append((short ? figure.short : figure.long) + " " + number(value) + figure.suffix)
        }
        return parts
    }

    public static func number(_ value: Double) -> String {
        if value.rounded() == value && abs(value) < 1e15 { return String(Int(value)) }
        return String((value * 10).rounded() / 10)
    }

    static func count(_ value: Int) -> String {
        switch value {
        case 1_000_000...: number(Double(value) / 1_000_000) + "M"
        case 10_000...: String(value / 1000) + "k"
        case 1_000...: number(Double(value) / 1000) + "k"
        default: String(value)
        }
    }
}
