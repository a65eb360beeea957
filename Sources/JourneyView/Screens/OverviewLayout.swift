import FoundationEssentials
import JourneyCore

/// A line of the overview that can be selected and edited (or, for a count,
/// opened in its view). Goals are by position, stages by id.
public enum OverviewRow: Equatable, Sendable {
    case title, purpose, scope
    case goal(Int)
    /// Where the goals would be, while there are none.
    case noGoals
    case cadence, lastReviewed
    case stageGoal(stage: String)
    case count(OverviewCount)

    /// The rows of a map, top to bottom.
    public static func rows(of map: JourneyMap) -> [OverviewRow] {
        var rows: [OverviewRow] = [.title, .purpose, .scope]
        rows += map.objectives.goals.isEmpty ? [.noGoals] : map.objectives.goals.indices.map { .goal($0) }
        rows += [.cadence, .lastReviewed]
        rows += map.stages.map { .stageGoal(stage: $0.id) }
        rows += OverviewCount.allCases.map { .count($0) }
        return rows
    }
}

/// The figures at the bottom of the overview; each opens the view that shows them.
public enum OverviewCount: String, CaseIterable, Sendable {
    case touchpoints, personas, painPoints, opportunities

    public var label: String {
        switch self {
        case .touchpoints: "Touchpoints"
        case .personas: "Personas"
        case .painPoints: "Open pain points"
        case .opportunities: "Opportunities"
        }
    }

    /// The view Enter opens from the count.
    public var screen: MapScreen {
        switch self {
        case .touchpoints: .grid
        case .personas: .personas
        case .painPoints, .opportunities: .insights
        }
    }
}

/// The overview laid out at a width: every line, which row each belongs
/// to, and the scroll that keeps a row in sight. The app and the painter
/// both use it, so the keys and the screen agree on what is where.
public struct OverviewLayout {
    public struct Line {
        public enum Text {
            case heading(String)
            case blank
            /// A label (empty on a continuation line) and text in a role.
            case field(label: String, text: String, role: ThemeRole)
        }

        /// Index into `rows` of the row this line belongs to; nil for headings, notes and blanks.
        public var row: Int?
        public var text: Text
    }

    public let rows: [OverviewRow]
    public private(set) var lines: [Line] = []
    /// The first line of each row.
    public private(set) var firstLine: [Int] = []
    public let width: Int
    public let labelWidth: Int
    public var textX: Int { 3 + labelWidth + 1 }
    /// The last column is kept for the arrows that say there is more above or below.
    public var textWidth: Int { max(1, width - textX - 2) }

    /// `maxLines`: how many lines one text may wrap to (the screen caps it; a print need not).
    public init(map: JourneyMap, width: Int, today: Date, counts: OverviewCounts, maxLines: Int = 6) {
        rows = OverviewRow.rows(of: map)
        self.width = width
        let longestStage = map.stages.lazy.map { TextWidth.of(DisplayText.singleLine(DisplayText.visible($0.name, columns: 24))) }
            .max() ?? 0
        labelWidth = max(1, min(max(OverviewCount.painPoints.label.count, longestStage), 24, (width - 4) / 3))
        let objectives = map.objectives
        var rowIndex = 0
        func heading(_ text: String) {
            if !lines.isEmpty { lines.append(Line(row: nil, text: .blank)) }
            lines.append(Line(row: nil, text: .heading(text)))
        }
        /// A row: its label on the first line, its text wrapped beside it.
        func field(_ label: String, _ text: String, role: ThemeRole = .detail, empty: String? = nil, hanging: String = "",
                   pieces: [String]? = nil, selectable: Bool = true) {
            let row = selectable ? rowIndex : nil
            if selectable {
                firstLine.append(lines.count)
                rowIndex += 1
            }
            let shown = text.isEmpty ? empty ?? "" : text
            let indent = String(repeating: " ", count: TextWidth.of(hanging))
            let room = max(1, textWidth - indent.count)
            var wrapped = pieces.map { Self.pack($0, width: room) }
                ?? TextWrap.wrap(DisplayText.visible(shown, columns: room * maxLines), width: room)
            wrapped = TextWrap.fit(wrapped, height: maxLines, width: room)
            let label = TextWidth.of(label) > labelWidth ? TextWrap.truncate(label, width: labelWidth, ellipsis: true) : label
            for (offset, line) in wrapped.enumerated() {
                lines.append(Line(row: row, text: .field(label: offset == 0 ? label : "", text: (offset == 0 ? hanging : indent) + line,
                                                         role: text.isEmpty ? .muted : role)))
            }
        }

        heading("Objectives")
        field("Title", map.title)
        field("Purpose", objectives.purpose, empty: "(none yet: Enter to say why the map exists)")
        field("Scope", objectives.scope, empty: "(none yet: Enter to say what the map covers)")
        if objectives.goals.isEmpty {
            field("Goals", "", empty: "(none yet: a adds one)")
        }
        let number = String(objectives.goals.count).count
        for (index, goal) in objectives.goals.enumerated() {
            let digits = String(index + 1)
            field(index == 0 ? "Goals" : "", goal, empty: "(empty)",
                  hanging: String(repeating: " ", count: number - digits.count) + digits + ". ")
        }

        heading("Review")
        let cadence = objectives.reviewCadence
        field("Cadence", cadence.map { "\($0.words) (\(Self.every($0)))" } ?? "", empty: "(none: Enter to choose one)")
        let last = objectives.lastReviewed
        let lastText = last.map { CalendarDay.isValid($0) ? $0 : $0 + " (not a day: Enter to fix)" } ?? ""
        field("Last reviewed", lastText, role: last.map(CalendarDay.isValid) == false ? .warning : .detail,
              empty: "(never: r marks it reviewed today)")
        let (next, role) = Self.nextReview(objectives, today: today)
        field("Next review", next, role: role, selectable: false)

        heading("Stage goals")
        if map.stages.isEmpty { field("", "", empty: "(no stages yet)", selectable: false) }
        for stage in map.stages {
            let name = TextWrap.truncate(DisplayText.singleLine(DisplayText.visible(stage.name, columns: labelWidth)),
                                         width: labelWidth, ellipsis: true)
            field(name, stage.goal, empty: "(no goal yet)")
        }

        heading("Counts")
        field(OverviewCount.touchpoints.label, "\(counts.touchpoints)")
        field(OverviewCount.personas.label, "\(counts.personas)")
        field(OverviewCount.painPoints.label, "\(counts.openPainPoints) of \(counts.painPoints) (\(OverviewCounts.openRule))")
        field(OverviewCount.opportunities.label, "", pieces: ["\(counts.opportunities):"] + counts.statusCounts)
    }

    /// Short pieces packed into lines, " · " between them, a piece never split unless it is wider than a line.
    static func pack(_ pieces: [String], width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for piece in pieces {
            let joined = line.isEmpty ? piece : line + (line.hasSuffix(":") ? " " : " · ") + piece
            if line.isEmpty || TextWidth.of(joined) <= width {
                line = joined
            } else {
                lines.append(line)
                line = piece
            }
        }
        lines.append(line)
        return lines.flatMap { TextWidth.of($0) > width ? TextWrap.wrap($0, width: width) : [$0] }
    }

    /// "every 3 months", from the cadence's length.
    static func every(_ cadence: ReviewCadence) -> String {
        let interval = cadence.interval
        if interval.months == 0 { return interval.days == 7 ? "every week" : "every \(interval.days) days" }
        switch interval.months {
        case 1: return "every month"
        case 12: return "every year"
        default: return "every \(interval.months) months"
        }
    }

    /// When the next review falls, said so that an overdue one stands out in monochrome too.
    static func nextReview(_ objectives: Objectives, today: Date) -> (String, ThemeRole) {
        if let review = objectives.review(today: today) {
            return review.daysLate > 0 ? ("⚠ " + review.words, .warning) : (review.words, .detail)
        }
        if objectives.reviewCadence == nil { return ("(no cadence: choose one to know when)", .muted) }
        return ("(not reviewed yet: r marks it reviewed today)", .muted)
    }

    /// Lines `first...last` of a row.
    public func lines(of row: Int) -> ClosedRange<Int> {
        guard firstLine.indices.contains(row) else { return 0...0 }
        var last = firstLine[row]
        while last + 1 < lines.count && lines[last + 1].row == row { last += 1 }
        return firstLine[row]...last
    }

    /// The first line to show so that `row` is in sight, moving as little as
    /// possible from `scroll` (its heading comes along when it is a section's first row).
    public func scroll(toShow row: Int, from scroll: Int, height: Int) -> Int {
        guard height > 0, !lines.isEmpty else { return 0 }
        let range = lines(of: row)
        var first = min(max(0, scroll), max(0, lines.count - height))
        var top = range.lowerBound
        if top > 0, case .heading = lines[top - 1].text { top -= 1 }
        if range.upperBound >= first + height { first = range.upperBound - height + 1 }
        if top < first { first = top }
        // The last row brings what follows it into sight too.
        if row == rows.count - 1 { first = max(first, lines.count - height) }
        return max(0, min(first, max(0, lines.count - height)))
    }

    /// The row a page up or down from `row` lands on.
    public func row(paging from: Int, by pages: Int, height: Int) -> Int {
        guard !rows.isEmpty else { return 0 }
        let target = lines(of: max(0, min(from, rows.count - 1))).lowerBound + pages * max(1, height - 2)
        if target <= 0 { return 0 }
        if target >= lines.count { return rows.count - 1 }
        // The row on the target line, else the nearest one after (before, at the end).
        if let next = (target..<lines.count).lazy.compactMap({ self.lines[$0].row }).first { return next }
        return rows.count - 1
    }
}
