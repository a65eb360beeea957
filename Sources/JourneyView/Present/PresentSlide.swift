import JourneyCore

/// One stage of a map as a presentation slide: a column of lines, taller
/// than the screen if it must be (the screen scrolls it). Nothing is cut:
/// every text is wrapped whole. Lines say which touchpoint they belong to,
/// so a spotlight can dim the others, and where each touchpoint starts, so
/// the keys can scroll to it. Pure: the same map and width give the same lines.
public struct PresentSlide: Sendable {
    /// Inks, not styles: a slide is laid out once and drawn in any theme.
    public enum Ink: Equatable, Sendable {
        case role(ThemeRole)
        case persona(Int)
        /// The block letters: the role's colours without reverse, which would hide them.
        case letters
    }

    public struct Piece: Equatable, Sendable {
        public var text: String
        public var x: Int
        public var ink: Ink
    }

    public struct Line: Equatable, Sendable {
        public var pieces: [Piece] = []
        /// The touchpoint the line is about (nil: the whole stage).
        public var touchpoint: String?
    }

    public private(set) var lines: [Line] = []
    /// The first line of each touchpoint's part, by id.
    public private(set) var touchpointLines: [String: Int] = [:]
    public let stageNumber: Int
    public let stageCount: Int
    public let stageName: String
    /// Braille or whole cells for the emotion curve's lines.
    let curve: CurveStyle

    static let margin = 2

    public init(map: JourneyMap, stage stageID: String, spotlight: String?, width: Int, curve: CurveStyle = .braille) {
        let number = map.stages.firstIndex { $0.id == stageID } ?? 0
        stageNumber = number
        stageCount = map.stages.count
        self.curve = curve
        guard map.stages.indices.contains(number) else {
            stageName = ""
            lines = [Line(pieces: [Piece(text: "This map has no stages yet.", x: Self.margin, ink: .role(.muted))])]
            return
        }
        let stage = map.stages[number]
        stageName = DisplayText.singleLine(stage.name)
        let inner = max(1, width - 2 * Self.margin)
        addName(stage.name, width: inner)
        addGoal(stage.goal, width: inner)
        addKPIs(stage.metrics, width: inner)
        addCurve(map: map, stage: stage, spotlight: spotlight, width: inner)
        addTouchpoints(map: map, stage: stage, spotlight: spotlight, width: inner)
        // Vote counts only once the stage has votes: a column of "0 votes" says nothing but that no one voted.
        let voted = stage.touchpoints.contains { $0.painPoints.contains { $0.votes > 0 } || $0.opportunities.contains { $0.votes > 0 } }
        addInsights(stage: stage, kind: .painPoints, votes: voted, width: inner)
        addInsights(stage: stage, kind: .opportunities, votes: voted, width: inner)
    }

    // MARK: building

    mutating func add(_ text: String, x: Int = 0, _ ink: Ink, touchpoint: String? = nil) {
        lines.append(Line(pieces: [Piece(text: text, x: Self.margin + x, ink: ink)], touchpoint: touchpoint))
    }

    mutating func blank() { lines.append(Line()) }

    /// Text after a label, wrapped with a hanging indent under the text; a
    /// label too long for the indent (a narrow screen) has a line of its own.
    mutating func addLabelled(_ label: String, _ text: String, indent: Int, width: Int, labelInk: Ink, ink: Ink,
                              touchpoint: String?) {
        let wrapped = TextWrap.wrap(text, width: max(1, width - indent))
        let labelFits = TextWidth.of(label) < indent
        if !label.isEmpty && !labelFits {
            for row in TextWrap.wrap(label, width: width) {
                lines.append(Line(pieces: [Piece(text: row, x: Self.margin, ink: labelInk)], touchpoint: touchpoint))
            }
        }
        for (offset, row) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
            var line = Line(touchpoint: touchpoint)
            if offset == 0 && !label.isEmpty && labelFits { line.pieces.append(Piece(text: label, x: Self.margin, ink: labelInk)) }
            line.pieces.append(Piece(text: row, x: Self.margin + indent, ink: ink))
            lines.append(line)
        }
    }

    mutating func addName(_ name: String, width: Int) {
        let plain = DisplayText.singleLine(name)
        if let rows = BlockFont.render(plain, width: width) {
            for row in rows { add(row, .letters) }
        } else {
            // Letters the font lacks, or too long for the width: the name itself, whole.
            for row in TextWrap.wrap(name, width: width) { add(row, .role(.detailTitle)) }
        }
        blank()
    }

    mutating func addGoal(_ goal: String, width: Int) {
        if goal.trimmingSpaces().isEmpty {
            addLabelled("Goal", "none set (:goal TEXT in the grid)", indent: 6, width: width, labelInk: .role(.laneLabel),
                        ink: .role(.muted), touchpoint: nil)
        } else {
            addLabelled("Goal", goal, indent: 6, width: width, labelInk: .role(.laneLabel), ink: .role(.cell), touchpoint: nil)
        }
        blank()
    }

    // MARK: the stage's KPIs

    /// Each figure the stage follows: its latest value, its trend and its target, met or not in words.
    mutating func addKPIs(_ metrics: Metrics, width: Int) {
        let trends = metrics.trends.filter { $0.latest != nil || $0.target != nil }
        guard !trends.isEmpty else { return }
        add("KPIs", .role(.laneLabel))
        let indent = min(width / 3, (trends.map { TextWidth.of($0.metric.label) }.max() ?? 0) + 4)
        for trend in trends {
            var words = [trend.latest.map(trend.text) ?? "–"]
            if trend.series.count > 1 { words.append(Sparkline.text(trend.series.map(\.value))) }
            if let firstToLast = trend.firstToLast { words.append(firstToLast) }
            if let target = trend.targetWords { words.append(target + (trend.isMet.map { $0 ? " ✓" : " ✗" } ?? "")) }
            addLabelled("  " + trend.metric.label, words.joined(separator: "   "), indent: indent, width: width,
                        labelInk: .role(.detail), ink: .role(trend.isMet == false ? .warning : .cell), touchpoint: nil)
        }
        blank()
    }

    // MARK: the emotion curve across the stage

    mutating func addCurve(map: JourneyMap, stage: Stage, spotlight: String?, width: Int) {
        let touchpoints = stage.touchpoints
        guard !touchpoints.isEmpty else { return }
        add("Emotion", .role(.laneLabel))
        let rows = EmotionRows(scale: map.emotionScale)
        let labelWidth = 4
        let slot = max(3, (width - labelWidth) / touchpoints.count)
        let plotWidth = min(width - labelWidth, slot * touchpoints.count)
        var plot = CurvePlot(width: plotWidth, height: rows.count)
        let midline = rows.row(for: map.emotionScale.neutral)
        func centre(_ index: Int) -> Int { index * slot + slot / 2 }
        // From the scale to the last touchpoint: the journey, not the margin after it.
        for x in 0...min(plotWidth - 1, centre(touchpoints.count - 1)) { plot.put("┈", x, midline, .role(.midline)) }
        if curve == .braille { plot.drawBraille(map: map, touchpoints: touchpoints, rows: rows, centre: centre) }
        for (personaIndex, persona) in map.personas.enumerated() where curve == .cells {
            let lines = PersonaGlyphs.lines(personaIndex)
            var previous: (x: Int, row: Int)?
            for (index, touchpoint) in touchpoints.enumerated() {
                guard let score = touchpoint.emotion[persona.id] else {
                    previous = nil
                    continue
                }
                let point = (x: centre(index), row: rows.row(for: score))
                if let previous {
                    plot.segment(from: previous, to: point, turnOffset: personaIndex % 2 == 0 ? -1 : 1, lines: lines,
                                 ink: .persona(personaIndex))
                }
                previous = point
            }
        }
        // Points over the lines; personas sharing a score sit side by side.
        for (index, touchpoint) in touchpoints.enumerated() {
            var byRow: [Int: [Int]] = [:]
            for (personaIndex, persona) in map.personas.enumerated() {
                if let score = touchpoint.emotion[persona.id] { byRow[rows.row(for: score), default: []].append(personaIndex) }
            }
            for (row, sharing) in byRow {
                let start = centre(index) - (sharing.count - 1) / 2
                for (offset, personaIndex) in sharing.enumerated() {
                    plot.put(PersonaGlyphs.point(personaIndex), start + offset, row, .persona(personaIndex))
                }
            }
        }
        for row in 0..<rows.count {
            var line = Line()
            let score = rows.score(atRow: row)
            if score.rounded() == score {
                let number = MetricsText.number(score)
                let text = score > 0 ? "+" + number : number
                line.pieces.append(Piece(text: text, x: Self.margin + labelWidth - 1 - TextWidth.of(text), ink: .role(.scale)))
            }
            for x in 0..<plotWidth {
                if let cell = plot.cells[row][x] {
                    line.pieces.append(Piece(text: cell.text, x: Self.margin + labelWidth + x, ink: cell.ink))
                }
            }
            lines.append(line)
        }
        // The axis: each touchpoint's number under its point, as in the list below.
        var axis = Line()
        for index in touchpoints.indices {
            let text = String(index + 1)
            let ink: Ink = touchpoints[index].id == spotlight ? .role(.cursor) : .role(.touchpointHeader)
            axis.pieces.append(Piece(text: text, x: Self.margin + labelWidth + centre(index) - (text.count - 1) / 2, ink: ink))
        }
        lines.append(axis)
        var legend = Line()
        var x = Self.margin + labelWidth
        for (personaIndex, persona) in map.personas.enumerated() {
            let text = PersonaGlyphs.point(personaIndex) + " " + DisplayText.singleLine(persona.name)
            legend.pieces.append(Piece(text: text, x: x, ink: .persona(personaIndex)))
            x += TextWidth.of(text) + 3
        }
        let neutral = MetricsText.number(map.emotionScale.neutral)
        let scored = touchpoints.contains { !$0.emotion.isEmpty }
        legend.pieces.append(Piece(text: "┈ neutral (\(neutral))" + (scored ? "" : "  no scores in this stage yet"), x: x,
                                   ink: .role(.muted)))
        lines.append(legend)
        blank()
    }

    // MARK: touchpoints, whole

    mutating func addTouchpoints(map: JourneyMap, stage: Stage, spotlight: String?, width: Int) {
        let textLanes = map.lanes.filter { !$0.hidden && ($0.kind.holdsText || $0.kind == .quotes) }
        let labels = textLanes.map { DisplayText.singleLine($0.name) }
        let indent = min(width / 3, (labels.map(TextWidth.of).max() ?? 0) + 6)
        for (index, touchpoint) in stage.touchpoints.enumerated() {
            touchpointLines[touchpoint.id] = lines.count
            let id = touchpoint.id
            // The heading wraps too: the name whole, then the channel and the flag where they fit.
            let marker = touchpoint.id == spotlight ? "▶ " : ""
            let nameRows = TextWrap.wrap("\(marker)\(index + 1). " + touchpoint.name, width: width)
            for row in nameRows.dropLast() { add(row, .role(.touchpointHeader), touchpoint: id) }
            let last = nameRows.last ?? ""
            var heading = Line(touchpoint: id)
            heading.pieces.append(Piece(text: last, x: Self.margin, ink: .role(.touchpointHeader)))
            var x = Self.margin + TextWidth.of(last) + 2
            var extras: [(String, Ink)] = []
            if let channel = map.channel(id: touchpoint.channel)?.name ?? touchpoint.channel {
                extras.append(("@" + DisplayText.singleLine(channel), .role(.channel)))
            }
            if touchpoint.momentOfTruth { extras.append(("★ moment of truth", .role(.momentOfTruth))) }
            for (text, ink) in extras {
                if x + TextWidth.of(text) > Self.margin + width, !heading.pieces.isEmpty {
                    lines.append(heading)
                    heading = Line(touchpoint: id)
                    x = Self.margin + 4
                }
                heading.pieces.append(Piece(text: text, x: x, ink: ink))
                x += TextWidth.of(text) + 2
            }
            lines.append(heading)
            var said = false
            for (lane, label) in zip(textLanes, labels) {
                let texts = lane.kind == .quotes ? touchpoint.quotes.map { "“" + $0.text + "”" }
                    : [touchpoint.text[lane.id] ?? ""].filter { !$0.isEmpty }
                for (offset, text) in texts.enumerated() {
                    addLabelled(offset == 0 ? "  " + label : "", text, indent: indent, width: width,
                                labelInk: .role(.laneLabel), ink: .role(.cell), touchpoint: id)
                    said = true
                }
            }
            if !said { add("  nothing written yet", .role(.muted), touchpoint: id) }
            blank()
        }
    }

    // MARK: pain points and opportunities, by votes

    mutating func addInsights(stage: Stage, kind: LaneKind, votes voted: Bool, width: Int) {
        let found = stage.touchpoints.flatMap { touchpoint in
            (kind == .painPoints ? touchpoint.painPoints : touchpoint.opportunities).map { (item: $0, touchpoint: touchpoint) }
        }
        let ranked = found.enumerated().sorted { a, b in
            a.element.item.votes != b.element.item.votes ? a.element.item.votes > b.element.item.votes : a.offset < b.offset
        }.map(\.element)
        add(kind.defaultName, .role(.laneLabel))
        if ranked.isEmpty { add("  none yet", .role(.muted)) }
        let marks = ranked.map { voted ? Self.votes($0.item.votes) : "•" }
        let markWidth = voted ? max(7, marks.map(TextWidth.of).max() ?? 0) : 1
        for ((item, touchpoint), mark) in zip(ranked, marks) {
            let text = item.text + "  (" + DisplayText.singleLine(touchpoint.name) + ")"
            let label = String(repeating: " ", count: 2 + markWidth - TextWidth.of(mark)) + mark
            addLabelled(label, text, indent: markWidth + 4, width: width, labelInk: .role(voted ? .momentOfTruth : .cell),
                        ink: .role(.cell), touchpoint: touchpoint.id)
        }
        blank()
    }

    static func votes(_ count: Int) -> String { count == 1 ? "1 vote" : "\(count) votes" }
}

/// The emotion plot of a slide, cell by cell, before it becomes lines.
struct CurvePlot {
    struct Mark { var text: String; var ink: PresentSlide.Ink }
    let width: Int
    let height: Int
    var cells: [[Mark?]]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Array(repeating: nil, count: self.width), count: self.height)
    }

    mutating func put(_ text: String, _ x: Int, _ row: Int, _ ink: PresentSlide.Ink) {
        guard x >= 0, x < width, row >= 0, row < height else { return }
        cells[row][x] = Mark(text: text, ink: ink)
    }

    /// As the grid's curve: across, then a turn beside the middle, then across again.
    mutating func segment(from a: (x: Int, row: Int), to b: (x: Int, row: Int), turnOffset: Int, lines: PersonaGlyphs.Lines,
                          ink: PresentSlide.Ink) {
        if a.row == b.row {
            for x in (a.x + 1)..<max(a.x + 1, b.x) { put(lines.horizontal, x, a.row, ink) }
            return
        }
        let turn = (a.x + b.x) / 2 + turnOffset
        for x in (a.x + 1)..<max(a.x + 1, turn) { put(lines.horizontal, x, a.row, ink) }
        let down = b.row > a.row
        put(down ? lines.downLeft : lines.upLeft, turn, a.row, ink)
        for row in (min(a.row, b.row) + 1)..<max(a.row, b.row) { put(lines.vertical, turn, row, ink) }
        put(down ? lines.upRight : lines.downRight, turn, b.row, ink)
        for x in (turn + 1)..<max(turn + 1, b.x) { put(lines.horizontal, x, b.row, ink) }
    }
}
