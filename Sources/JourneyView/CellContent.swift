import JourneyCore

/// The text of one lane at one touchpoint, as lines for a column of a given
/// width. The emotion lane is drawn as a curve instead (see `CurvePainter`).
public enum CellContent {
    /// `upTo`: only as many columns of text as will be shown (nil: all of it).
    /// `facts`: items also say their figures and plan (for print, where there is room).
    /// `sources`: the map's, when it records research: an assumed item is bulleted "?" rather than "•".
    public static func lines(_ touchpoint: Touchpoint, lane: Lane, width: Int, upTo columns: Int? = nil,
                             facts: Bool = false, sources: [Source] = []) -> [String] {
        lines(LaneContent(touchpoint, lane: lane, personas: []), width: width, upTo: columns, facts: facts, sources: sources)
    }

    static func lines(_ content: LaneContent, width: Int, upTo columns: Int? = nil, facts: Bool = false,
                      sources: [Source] = []) -> [String] {
        switch content {
        case .text(let full):
            let text = columns.map { DisplayText.visible(full, columns: $0) } ?? full
            return text.isEmpty ? [] : TextWrap.wrap(text, width: width)
        case .items(let list): return items(list, width: width, facts: facts, sources: sources)
        case .metrics(let metrics): return TextWrap.wrap(MetricsText.compact(metrics).joined(separator: " · "), width: width)
        case .scores: return []
        }
    }

    /// Whether `upTo: columns` leaves the lines as they are without it: no text is cut.
    static func showsAll(_ content: LaneContent, upTo columns: Int) -> Bool {
        guard case .text(let full) = content else { return true }
        return DisplayText.showsAll(full, columns: columns)
    }

    /// The columns of text worth wrapping for a cell `height` rows tall: a
    /// line more than fits, so that a cut text ends with an ellipsis.
    static func columnsShown(width: Int, height: Int) -> Int { width * (height + 1) }

    static func items(_ items: [Item], width: Int, facts: Bool = false, sources: [Source] = []) -> [String] {
        var lines: [String] = []
        for item in items {
            let bullet = !sources.isEmpty && item.evidence.level(in: sources) == .assumed ? "? " : "• "
            let said = facts ? item.figureFacts + item.planFacts : []
            let text = item.text + (said.isEmpty ? "" : " (" + said.joined(separator: ", ") + ")")
            let wrapped = TextWrap.wrap(text, width: max(1, width - 2))
            for (index, line) in wrapped.enumerated() {
                lines.append((index == 0 ? bullet : "  ") + line)
            }
        }
        return lines
    }
}
