import JourneyCore

/// A row of the evidence view: a source, or a claim that rests on nothing.
public enum EvidenceRow: Hashable, Sendable {
    case source(String)
    case claim(ClaimAddress)
}

/// Where the evidence view is: the selected row (by ids) and the first line shown.
public struct EvidenceState: ScreenState {
    /// Nil, or a row that is gone: the first.
    public var selected: EvidenceRow?
    public var firstLine = 0
    /// The listing of the map last drawn (see `StagesMemo`): a frame or a key costs no pass over a large map.
    public var memo = StagesMemo<[Source], EvidenceListing>()

    public init() {}

    public func listing(of map: JourneyMap) -> EvidenceListing {
        memo.value(for: map.stages, key: map.sources) { EvidenceListing(map) }
    }
}

/// What the evidence view shows of a map, worked out once per change: the
/// report, its lines, its rows, and each claim's entry by address.
public struct EvidenceListing: Sendable {
    public let report: EvidenceReport
    public let lines: [EvidenceScreen.Line]
    public let rows: [EvidenceRow]
    let entries: [ClaimAddress: EvidenceReport.Entry]
    private let lineOfRow: [EvidenceRow: Int]

    init(_ map: JourneyMap) {
        report = EvidenceReport(map)
        entries = Dictionary(report.entries.map { (map.address(of: $0.claim), $0) }, uniquingKeysWith: { a, _ in a })
        var lines: [EvidenceScreen.Line] = [.heading("Sources")]
        lines += report.sources.map { .row(.source($0.id)) }
        if report.sources.isEmpty { lines.append(.blank) }
        let unbacked = report.unbacked
        lines += [.blank, .heading("Resting on nothing (\(unbacked.count)), the weightiest first")]
        lines += unbacked.map { .row(.claim(map.address(of: $0.claim))) }
        self.lines = lines
        rows = lines.compactMap { if case .row(let row) = $0 { row } else { nil } }
        lineOfRow = Dictionary(lines.enumerated().compactMap { n, line in
            if case .row(let row) = line { (row, n) } else { nil }
        }, uniquingKeysWith: { a, _ in a })
    }

    /// The row if it is still listed, else the first.
    public func valid(_ row: EvidenceRow?) -> EvidenceRow? {
        row.flatMap { lineOfRow[$0] != nil ? $0 : nil } ?? rows.first
    }

    public func line(of row: EvidenceRow?) -> Int { row.flatMap { lineOfRow[$0] } ?? 0 }

    /// Its place among the rows: the sources come first, then one row per line after the two between.
    public func index(of row: EvidenceRow?) -> Int {
        guard let row = valid(row), let line = lineOfRow[row] else { return 0 }
        if case .source = row { return line - 1 }
        return line - (lines.count - rows.count)
    }
}

extension ScreenStates {
    public var evidence: EvidenceState { get { self[EvidenceState.self] } set { self[EvidenceState.self] = newValue } }
}

/// The evidence view: the research the map rests on, a row per source with
/// how many claims cite it; then the claims that rest on nothing, moments
/// of truth and high-priority pain points first; the selected row in full below.
public enum EvidenceScreen: ScreenPainter {
    /// The lines of the list: headings and blanks between the selectable rows.
    public enum Line: Equatable, Sendable {
        case heading(String)
        case blank
        case row(EvidenceRow)
    }

    /// Rows of the area the list has: all but the header and the detail.
    public static func listHeight(_ area: ScreenArea) -> Int {
        max(1, area.height - 2 - (area.height >= 14 ? detailRows : 0))
    }

    static let detailRows = 6

    public static func paint(into grid: inout CellGrid, area: ScreenArea, map: JourneyMap, state: EvidenceState, theme: Theme) {
        guard area.height > 0, area.width > 0 else { return }
        let listing = state.listing(of: map)
        let (report, lines, entries) = (listing.report, listing.lines, listing.entries)
        let selected = listing.valid(state.selected)
        paintHeader(into: &grid, y: area.top, width: area.width, report: report, theme: theme)
        let height = listHeight(area)
        let first = firstLine(state.firstLine, selected: listing.line(of: selected), count: lines.count, room: height)
        for (offset, line) in lines[first..<min(lines.count, first + height)].enumerated() {
            paintLine(line, into: &grid, y: area.top + 2 + offset, width: area.width, report: report, entries: entries,
                      selected: line == selected.map(Line.row), theme: theme)
        }
        let detailed = area.height >= 14
        let top = area.bottom - detailRows
        if detailed { grid.fill(x: 0, y: top, width: area.width, height: 1, with: "─", style: theme[.separator]) }
        if first + height < lines.count {
            // On the rule above the detail, so it hides no row; without one, on the last row.
            let more = " ↓ \(lines.count - first - height) more "
            grid.put(more, x: area.width - TextWidth.of(more) - 1, y: detailed ? top : area.top + 1 + height, style: theme[.muted])
        }
        guard detailed, let selected else { return }
        let detail = detailLines(selected, map: map, report: report, entries: entries)
            .flatMap { TextWrap.wrap($0, width: area.width - 2) }
        for (offset, line) in detail.prefix(detailRows - 1).enumerated() {
            grid.put(line, x: 1, y: top + 1 + offset, maxWidth: area.width - 2, style: offset == 0 ? theme[.detailTitle] : theme[.detail])
        }
    }

    /// The first line shown: the scroll, moved just enough to show the selection.
    public static func firstLine(_ scroll: Int, selected: Int, count: Int, room: Int) -> Int {
        guard count > room else { return 0 }
        var first = min(max(0, scroll), count - room)
        if selected < first { first = max(0, selected - 1) }
        if selected >= first + room { first = selected - room + 1 }
        return first
    }

    static func paintHeader(into grid: inout CellGrid, y: Int, width: Int, report: EvidenceReport, theme: Theme) {
        var x = 1
        x += grid.put("Evidence", x: x, y: y, style: theme[.detailTitle])
        let sources = "\(report.sources.count) source" + (report.sources.count == 1 ? "" : "s")
        grid.put(" · \(sources) · \(report.claims.count) claims", x: x, y: y, maxWidth: width - x - 1, style: theme[.detail])
        let hint = report.tracked ? EvidenceText.levels(report) + " · e in the grid cites a source for what is under the cursor"
            : "No research recorded yet: a records a source (an interview, a survey, analytics…); e in the grid cites it."
        grid.put(hint, x: 1, y: y + 1, maxWidth: width - 2, style: theme[.muted])
    }

    static func paintLine(_ line: Line, into grid: inout CellGrid, y: Int, width: Int, report: EvidenceReport,
                          entries: [ClaimAddress: EvidenceReport.Entry], selected: Bool, theme: Theme) {
        switch line {
        case .blank: return
        case .heading(let title):
            grid.put(title, x: 1, y: y, maxWidth: width - 2, style: theme[.detailTitle])
        case .row(let row):
            let style = selected ? theme[.cursor] : theme[.cell]
            if selected { grid.fill(x: 0, y: y, width: width, height: 1, style: style) }
            let text: String
            // What matters most in a row is said at the right, where a long title cannot push it off.
            let figure: String
            switch row {
            case .source(let id):
                guard let n = report.sources.firstIndex(where: { $0.id == id }) else { return }
                text = "\(n + 1). " + EvidenceText.line(report.sources[n], columns: 200)
                figure = "backs \(report.backs[id]?.count ?? 0)"
            case .claim(let address):
                guard let entry = entries[address] else { return }
                text = (entry.momentOfTruth ? "★ " : "? ") + entry.place
                figure = entry.priority.map { "priority \($0)" } ?? ""
            }
            let room = width - 2 - (figure.isEmpty ? 0 : TextWidth.of(figure) + 2)
            grid.put((selected ? "▶" : " ") + TextWrap.truncate(text, width: max(1, room - 1), ellipsis: true), x: 1, y: y,
                     maxWidth: room, style: style)
            if !figure.isEmpty && room > 8 {
                grid.put(figure, x: width - 1 - TextWidth.of(figure), y: y, style: selected ? style : theme[.muted])
            }
        }
    }

    /// The selected row in full: a source's facts and what it backs, or where a claim is and how to back it.
    static func detailLines(_ row: EvidenceRow, map: JourneyMap, report: EvidenceReport,
                            entries: [ClaimAddress: EvidenceReport.Entry]) -> [String] {
        switch row {
        case .source(let id):
            guard let source = report.sources.first(where: { $0.id == id }) else { return [] }
            var lines = [EvidenceText.line(source, columns: 200)]
            let facts = [source.link.isEmpty ? nil : "link: " + DisplayText.singleLine(DisplayText.visible(source.link, columns: 200)),
                         source.note.isEmpty ? nil : DisplayText.singleLine(DisplayText.visible(source.note, columns: 300))]
            lines += facts.compactMap { $0 }
            let backs = report.backs[id] ?? []
            lines.append(backs.isEmpty ? "Cited by nothing yet: e in the grid cites it."
                         : "Backs: " + backs.map(\.place).joined(separator: "; "))
            return lines
        case .claim(let address):
            guard let entry = entries[address] else { return [] }
            let what = entry.momentOfTruth ? "A moment of truth" : entry.priority.map { "Priority \($0)" } ?? "Assumed"
            return [entry.place, "\(what), citing no research. Enter goes to it in the grid; e there cites a source "
                        + "or says how it is known."]
        }
    }

    /// The whole view for `journey show --view evidence`: each source with
    /// what it backs, a line each, then every claim that rests on nothing.
    public static func printed(map: JourneyMap, width: Int, theme: Theme) -> CellGrid {
        let listing = EvidenceListing(map)
        let report = listing.report
        // Each line: its indent, its text, and how it looks; wrapped lines keep the indent and two more.
        var text: [(String, String, ThemeRole)] = []
        for line in listing.lines {
            switch line {
            case .blank: text.append(("", "", .detail))
            case .heading(let title): text.append(("", title, .detailTitle))
            case .row(.source(let id)):
                guard let n = report.sources.firstIndex(where: { $0.id == id }) else { continue }
                let source = report.sources[n]
                text.append(("", "\(n + 1). " + EvidenceText.line(source, columns: 400), .cell))
                if !source.link.isEmpty { text.append(("   ", "link: " + DisplayText.singleLine(source.link), .detail)) }
                if !source.note.isEmpty { text.append(("   ", DisplayText.singleLine(source.note), .detail)) }
                let backs = report.backs[id] ?? []
                if backs.isEmpty { text.append(("   ", "cited by nothing yet", .muted)) }
                text += backs.map { ("   ", "• " + $0.place, .detail) }
            case .row(.claim(let address)):
                guard let entry = listing.entries[address] else { continue }
                text.append(("", (entry.momentOfTruth ? "★ " : "? ") + entry.place
                             + (entry.priority.map { " · priority \($0)" } ?? ""), .cell))
            }
        }
        let wrapped = text.flatMap { indent, line, role in
            TextWrap.wrap(line.isEmpty ? " " : line, width: max(8, width - 4 - indent.count)).enumerated().map {
                (indent + ($0.offset == 0 ? "" : "  ") + $0.element, role)
            }
        }
        var grid = CellGrid(width: width, height: 2 + wrapped.count)
        var x = 1
        x += grid.put("Evidence", x: x, y: 0, style: theme[.detailTitle])
        grid.put(" · \(report.sources.count) sources · \(report.claims.count) claims", x: x, y: 0, maxWidth: width - x - 1,
                 style: theme[.detail])
        grid.put(report.tracked ? EvidenceText.levels(report) : "No research recorded yet.", x: 1, y: 1, maxWidth: width - 2,
                 style: theme[.muted])
        for (offset, line) in wrapped.enumerated() {
            grid.put(line.0, x: 1, y: 2 + offset, maxWidth: width - 2, style: theme[line.1])
        }
        return grid
    }
}

extension MapScreen {
    public static let evidence = MapScreen("evidence", title: "Evidence",
                                           summary: "the research the map rests on, what each source backs, and what rests on nothing",
                                           part: .findings, painter: EvidenceScreen.self)
}
