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
        copy.text = Quotation.marked(item.text)
        return copy
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
