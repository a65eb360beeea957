/// The poster as boxes (see `PosterGeometry`): the title and legend, the
/// stage band, a column per touchpoint (an empty stage keeps one empty
/// column), a row per lane the map shows, each as tall as its tallest cell,
/// the emotion curves in the emotion lane's row, and the stage metrics.
struct PosterLayout {
    static let margin = 32.0, labelWidth = 168.0, columnWidth = 216.0, pad = 8.0, gap = 6.0

    static let titleStyle = PosterStyle(size: 28, bold: true)
    static let heading = PosterStyle(size: 15, bold: true)
    static let name = PosterStyle(size: 13, bold: true)
    static let body = PosterStyle(size: 12)
    static let small = PosterStyle(size: 10.5)
    static let smallBold = PosterStyle(size: 10.5, bold: true)
    static let note = PosterStyle(size: 10.5, muted: true)

    struct Column {
        var stage: Int
        var touchpoint: Touchpoint?
        var x: Double
    }

    let map: JourneyMap
    let columns: [Column]
    let width: Double
    var height = 0.0
    var boxes: [PosterBox] = []
    var plot: PosterPlot?
    /// The top of the next row.
    var top = margin

    init(_ map: JourneyMap) {
        self.map = map
        var columns: [Column] = []
        let first = Self.margin + Self.labelWidth
        for (s, stage) in map.stages.enumerated() {
            for touchpoint in stage.touchpoints.isEmpty ? [nil] : stage.touchpoints.map(Optional.some) {
                columns.append(Column(stage: s, touchpoint: touchpoint, x: first + Double(columns.count) * Self.columnWidth))
            }
        }
        self.columns = columns
        width = first + Double(max(columns.count, 3)) * Self.columnWidth + Self.margin
        layTitle()
        layLegend()
        layStages()
        layTouchpoints()
        layLanes()
        layStageMetrics()
        height = top + Self.margin
    }

    var contentWidth: Double { width - 2 * Self.margin }

    /// The columns of a stage, as one span.
    func span(of stage: Int) -> PosterRect? {
        let own = columns.filter { $0.stage == stage }
        guard let first = own.first else { return nil }
        return PosterRect(x: first.x, y: 0, width: Double(own.count) * Self.columnWidth, height: 0)
    }

    mutating func layTitle() {
        var stack = PosterStack(x: Self.margin, top: top, width: contentWidth)
        stack.text(map.title.isEmpty ? "Untitled journey" : map.title, Self.titleStyle)
        if !map.objectives.purpose.isEmpty {
            stack.space(2)
            stack.text(map.objectives.purpose, PosterStyle(size: 13, muted: true))
        }
        let rect = PosterRect(x: Self.margin, y: top, width: contentWidth, height: stack.bottom - top)
        boxes.append(PosterBox(role: .title, rect: rect, lines: stack.lines))
        top = rect.maxY + 14
    }

    /// A row: the label on the left, then a box per span from `spans` (x and
    /// width) filled by `fill`, every box as tall as the tallest.
    mutating func row(label: String, role: PosterBox.Role, minHeight: Double = 30,
                      spans: [(id: String, x: Double, width: Double)], labelRoom: Double = 0,
                      fill: (Int, inout PosterStack) -> Void) -> PosterRect {
        var labelStack = PosterStack(x: Self.margin + Self.pad, top: top + Self.pad, width: Self.labelWidth - 2 * Self.pad - labelRoom)
        labelStack.text(label, Self.name)
        var stacks = [labelStack]
        for (index, span) in spans.enumerated() {
            var stack = PosterStack(x: span.x + Self.pad, top: top + Self.pad, width: span.width - 2 * Self.pad)
            fill(index, &stack)
            stacks.append(stack)
        }
        let height = max(minHeight, (stacks.map(\.bottom).max() ?? top) + Self.pad - top)
        let labelRect = PosterRect(x: Self.margin, y: top, width: Self.labelWidth, height: height)
        boxes.append(PosterBox(role: .rowLabel, rect: labelRect, lines: labelStack.lines, id: label))
        for (span, stack) in zip(spans, stacks.dropFirst()) {
            let rect = PosterRect(x: span.x, y: top, width: span.width, height: height)
            boxes.append(PosterBox(role: role, rect: rect, lines: stack.lines, id: span.id))
            boxes += stack.boxes
        }
        let whole = PosterRect(x: Self.margin, y: top, width: contentWidth, height: height)
        top += height
        return whole
    }

    /// A span per column, named by its touchpoint's id ("" for an empty stage's).
    var columnSpans: [(id: String, x: Double, width: Double)] {
        columns.map { ($0.touchpoint?.id ?? "", $0.x, Self.columnWidth) }
    }

    mutating func layStages() {
        let stages = map.stages
        let spans = stages.indices.compactMap { s in span(of: s).map { (stages[s].id, $0.x, $0.width) } }
        _ = row(label: "Stages", role: .stage, spans: spans) { s, stack in
            let stage = stages[s]
            stack.text("\(s + 1). " + stage.name, Self.heading)
            if !stage.goal.isEmpty {
                stack.space(2)
                stack.text("Goal: " + stage.goal, Self.note)
            }
        }
    }

    mutating func layTouchpoints() {
        let (columns, map) = (columns, map)
        let first = boxes.count
        _ = row(label: "Touchpoints", role: .touchpoint, spans: columnSpans) { c, stack in
            guard let touchpoint = columns[c].touchpoint else {
                stack.text("No touchpoints yet", Self.note)
                return
            }
            if touchpoint.momentOfTruth {
                let star = PosterRect(x: stack.x, y: stack.bottom, width: 14, height: 14)
                stack.add(PosterBox(role: .moment, rect: star, id: touchpoint.id))
                var words = PosterStack(x: star.maxX + 4, top: star.y, width: stack.width - star.width - 4)
                words.text("moment of truth", Self.smallBold)
                stack.add(PosterBox(role: .label, rect: PosterRect(x: words.x, y: star.y, width: words.width, height: words.bottom - star.y),
                                    lines: words.lines))
                stack.space(4)
            }
            stack.text(touchpoint.name, Self.name)
            if let channel = map.channel(id: touchpoint.channel) {
                stack.space(5)
                Self.badge(channel, in: &stack)
            }
        }
        // An empty stage's column is not a touchpoint.
        for index in first..<boxes.count where boxes[index].role == .touchpoint && boxes[index].id.isEmpty {
            boxes[index].role = .placeholder
        }
    }

    /// The channel's name in a pill (online) or a square-cornered tag (offline), as wide as its name.
    static func badge(_ channel: Channel, in stack: inout PosterStack) {
        let padding = 5.0
        let natural = PosterFont.width(PosterWrap.clean(channel.name), size: small.size) + 2 * padding + 8
        stack.box(channel.kind == .online ? .online : .offline, id: channel.id, narrower: natural, padding: padding) {
            $0.text(channel.name, small)
        }
    }
}
