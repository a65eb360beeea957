import JourneyCore

/// `journey show`: the whole map as text for a quick review. The overview
/// first (title, objectives, personas, stages), then the grid in bands of
/// touchpoints that fit the width, every lane at its full height.
public struct MapPrinter: Sendable {
    let map: JourneyMap
    let theme: Theme
    let width: Int
    let color: Bool

    public init(map: JourneyMap, theme: Theme, width: Int, color: Bool) {
        self.map = map
        self.theme = theme
        self.width = max(EditorLayout.minimumWidth, width)
        self.color = color
    }

    public func render() -> String {
        PrintOutput.text { print(to: &$0) }
    }

    /// The overview, the grid and the insights, written as they are made.
    public func print(to out: inout PrintOutput) {
        overview(into: &out)
        ParallelParts.print({ grid(into: &$0) }, thenMadeAlongside: insights, to: &out)
    }

    /// The grid in bands that fit the width, items with their figures.
    public func grid(into out: inout PrintOutput) {
        let hidden = map.lanes.filter(\.hidden).map { DisplayText.singleLine($0.name) }
        if !hidden.isEmpty {
            out.line("")
            wrapped("Hidden lane\(hidden.count == 1 ? "" : "s"), not printed: " + hidden.joined(separator: ", ")
                        + " (Z shows hidden lanes in the editor)", into: &out)
        }
        let index = ColumnIndex(map)
        guard index.count > 0 else { return out.lines(["", "No stages yet."]) }
        let geometry = GridGeometry(width: width)
        let perBand = geometry.columnsPerScreen
        let bands = (index.count + perBand - 1) / perBand
        // The title lines go straight to `out` (a grid printed on its own drops its opening blank line there).
        out.line("")
        out.line(bandTitle(0..<min(index.count, perBand), of: index.count))
        ParallelParts.print(bands, to: &out) { band, out in
            let columns = band * perBand..<min(index.count, (band + 1) * perBand)
            if band > 0 { out.lines(["", bandTitle(columns, of: index.count)]) }
            self.band(columns, index: index, geometry: geometry, into: &out)
        }
    }

    func bandTitle(_ columns: Range<Int>, of count: Int) -> String {
        styled("Touchpoints \(columns.lowerBound + 1)–\(columns.upperBound) of \(count)", .detailTitle)
    }

    /// Pain points and opportunities ranked (see `Insight.priority`), one line each.
    func insights(into out: inout PrintOutput) {
        let ranked = map.rankedInsights()
        guard !ranked.isEmpty else { return }
        out.lines(["", styled("Insights, highest priority first", .detailTitle)])
        wrapped(Insight.rankingRule, into: &out)
        let rankWidth = String(ranked.count).count
        for (rank, insight) in ranked.enumerated() {
            let number = String(rank + 1)
            let indent = String(repeating: " ", count: rankWidth - number.count) + number + ". "
            let figures = (insight.priority.map { ["priority \($0)"] } ?? []) + insight.item.figureFacts
            let line = DisplayText.singleLine(insight.item.text) + " — " + insight.kind.rawValue + ", "
                + DisplayText.singleLine(insight.stageName) + " › " + DisplayText.singleLine(insight.touchpointName)
                + (figures.isEmpty ? "" : " (" + figures.joined(separator: ", ") + ")")
            wrapped(line, indent: indent, into: &out)
        }
    }

    func styled(_ text: String, _ role: ThemeRole) -> String {
        let line = TextWrap.truncate(text, width: width)
        guard color else { return line }
        return AnsiText.sgr(theme[role]) + line + "\u{1B}[0m"
    }

    func wrapped(_ text: String, indent: String = "", into out: inout PrintOutput) {
        out.lines(wrapped(text, indent: indent))
    }

    func wrapped(_ text: String, indent: String = "") -> [String] {
        let hanging = String(repeating: " ", count: TextWidth.of(indent))
        return TextWrap.wrap(text, width: width - TextWidth.of(indent)).enumerated().map { i, line in
            (i == 0 ? indent : hanging) + line
        }
    }

    func overview(into out: inout PrintOutput) {
        let title = DisplayText.singleLine(map.title.isEmpty ? "Untitled journey" : map.title)
        out.line(styled(title, .laneLabel))
        out.line(String(repeating: "═", count: min(width, TextWidth.of(title))))
        let o = map.objectives
        if !o.purpose.isEmpty { wrapped(o.purpose, indent: "Purpose: ", into: &out) }
        if !o.goals.isEmpty {
            out.line("Goals:")
            for goal in o.goals { wrapped(goal, indent: "  • ", into: &out) }
        }
        if !o.scope.isEmpty { wrapped(o.scope, indent: "Scope: ", into: &out) }
        var review: [String] = []
        if let last = o.lastReviewed { review.append("last reviewed \(last)") }
        if let cadence = o.reviewCadence { review.append("reviewed \(cadence.rawValue)") }
        if !review.isEmpty { wrapped(review.joined(separator: ", ").capitalizedFirst, into: &out) }

        if !map.personas.isEmpty {
            out.line("")
            out.line(styled("Personas", .detailTitle))
            for (index, p) in map.personas.enumerated() {
                var facts = [p.name]
                if let age = p.age { facts.append("\(age)") }
                for fact in [p.jobTitle, p.location] where !fact.isEmpty { facts.append(fact) }
                let glyph = PersonaGlyphs.point(index)
                let marker = color ? AnsiText.sgr(theme.persona(index)) + glyph + "\u{1B}[0m" : glyph
                var first = wrapped(facts.joined(separator: ", "), indent: "  " + glyph + " ")
                if color, !first.isEmpty { first[0] = first[0].replacing("  " + glyph, with: "  " + marker, maxReplacements: 1) }
                out.lines(first)
                if !p.goals.isEmpty { wrapped(p.goals.joined(separator: "; "), indent: "    Goals: ", into: &out) }
                if !p.challenges.isEmpty { wrapped(p.challenges.joined(separator: "; "), indent: "    Challenges: ", into: &out) }
                if !p.quote.isEmpty { wrapped("“" + p.quote + "”", indent: "    ", into: &out) }
            }
        }

        if !map.stages.isEmpty {
            out.line("")
            out.line(styled("Stages", .detailTitle))
            for stage in map.stages {
                var line = stage.name + " (\(stage.touchpoints.count) touchpoint\(stage.touchpoints.count == 1 ? "" : "s"))"
                if !stage.goal.isEmpty { line += ": " + stage.goal }
                wrapped(line, indent: "  ", into: &out)
                let figures = MetricsText.full(stage.metrics)
                if !figures.isEmpty { wrapped(figures.joined(separator: " · "), indent: "    ", into: &out) }
            }
        }
        let moments = map.stages.flatMap { $0.touchpoints.filter(\.momentOfTruth).map(\.name) }
        if !moments.isEmpty {
            out.line("")
            wrapped(moments.joined(separator: ", "), indent: "Moments of truth ★ ", into: &out)
        }
        if !map.parkingLot.isEmpty {
            out.lines(["", styled("Parking lot (ideas not yet on a touchpoint)", .detailTitle)])
            for idea in map.parkingLot { wrapped(DisplayText.singleLine(idea.text), indent: "  • ", into: &out) }
        }
        if !map.votingRounds.isEmpty {
            out.lines(["", styled("Voting rounds (who placed the dots)", .detailTitle)])
            let links = ItemLinks(map)
            for round in map.votingRounds {
                wrapped(DisplayText.singleLine(round.summary), indent: "  ", into: &out)
                for (participant, dots) in round.ballots.sorted(by: { $0.key < $1.key }) {
                    let placed = dots.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
                        .map { "\(links.itemText($0.key) ?? $0.key) ×\($0.value)" }
                    wrapped(DisplayText.singleLine(participant + ": " + placed.joined(separator: ", ")), indent: "    ", into: &out)
                }
            }
        }
    }

    func band(_ columns: Range<Int>, index: ColumnIndex, geometry: GridGeometry, into out: inout PrintOutput) {
        var painter = GridPainter(map: map, index: index, theme: theme, geometry: geometry, columns: columns)
        painter.itemFacts = true
        let shown = map.lanes.filter { !$0.hidden }
        let cellLines = LanesMemo.CellLines(capacity: shown.count * columns.count)
        let lanes = shown.map { lane in
            GridPainter.LaneRow(lane: lane, height: height(of: lane, columns: columns, index: index, geometry: geometry,
                                                          keeping: cellLines))
        }
        painter.cellLines = cellLines
        let bodyHeight = lanes.reduce(0) { $0 + $1.height + 1 } - 1
        let bandWidth = geometry.x(ofColumn: columns.upperBound, first: columns.lowerBound)
        var grid = CellGrid(width: bandWidth, height: GridGeometry.headerHeight + bodyHeight)
        painter.paintHeader(into: &grid, y: 0, current: nil)
        painter.paintLanes(into: &grid, y: GridGeometry.headerHeight, maxY: grid.height, lanes: lanes, gap: 1, cursor: nil)
        AnsiText.write(grid, color: color, to: &out)
    }

    /// The most rows a cell takes in print: a taller text is cut there with
    /// an ellipsis, as in the editor (`--plain` and the exports print it
    /// whole). Unbounded, one 100 MB cell made a grid of five million rows.
    static let tallestCell = 200

    /// The rows a lane takes in these columns: as many as its tallest cell's
    /// lines, up to `tallestCell`. The lines are kept in `cellLines` for the painter, so each cell
    /// is wrapped once; but not a text the painter cuts before wrapping,
    /// whose lines may then differ (spaces it runs of, say, take no room).
    func height(of lane: Lane, columns: Range<Int>, index: ColumnIndex, geometry: GridGeometry,
                keeping cellLines: LanesMemo.CellLines) -> Int {
        if lane.kind == .emotion { return EmotionRows(scale: map.emotionScale).count }
        let width = geometry.columnWidth - 1
        let wrapped = CellContent.columnsShown(width: width, height: Self.tallestCell)
        var cells: [(column: Int, content: LaneContent, lines: [String])] = []
        for column in columns {
            let position = index.position(of: column)
            guard let t = position.touchpoint else { continue }
            let content = LaneContent(map.stages[position.stage].touchpoints[t], lane: lane, personas: [])
            cells.append((column, content, CellContent.lines(content, width: width, upTo: wrapped, facts: true, sources: map.sources)))
        }
        let tallest = min(Self.tallestCell, cells.reduce(1) { max($0, $1.lines.count) })
        let shown = CellContent.columnsShown(width: width, height: tallest)
        for cell in cells where CellContent.showsAll(cell.content, upTo: shown) {
            let key = LanesMemo.CellKey(column: cell.column, lane: lane.id, kind: lane.kind, width: width, height: tallest,
                                        facts: true)
            _ = cellLines.value(for: key) { cell.lines }
        }
        return tallest
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
