import JourneyCore

/// Draws the stage-by-touchpoint grid for a range of columns: the header
/// (stages, touchpoints, channels) and a list of lanes with their heights.
/// Only the given columns are looked at, so the cost follows the screen.
public struct GridPainter {
    public struct LaneRow: Equatable, Sendable {
        public var lane: Lane
        public var height: Int
    }

    let map: JourneyMap
    let index: ColumnIndex
    let theme: Theme
    let geometry: GridGeometry
    let columns: Range<Int>
    /// Items say their figures and plan too (the printed grid has the room).
    public var itemFacts = false
    /// Cells' lines already wrapped (the printer's, made to size the lanes).
    var cellLines: LanesMemo.CellLines?

    public init(map: JourneyMap, index: ColumnIndex, theme: Theme, geometry: GridGeometry, columns: Range<Int>) {
        self.map = map
        self.index = index
        self.theme = theme
        self.geometry = geometry
        self.columns = columns
    }

    func x(_ column: Int) -> Int { geometry.x(ofColumn: column, first: columns.lowerBound) }
    var contentWidth: Int { geometry.columnWidth - 1 }
    var right: Int { x(columns.upperBound) }

    func isStageStart(_ column: Int) -> Bool {
        index.position(of: column).touchpoint ?? 0 == 0
    }

    func touchpoint(at column: Int) -> Touchpoint? {
        let position = index.position(of: column)
        guard let t = position.touchpoint else { return nil }
        return map.stages[position.stage].touchpoints[t]
    }

    /// The touchpoint's scores, without copying the rest of it.
    func emotion(at column: Int) -> SmallMap<String, Double>? {
        let position = index.position(of: column)
        guard let t = position.touchpoint else { return nil }
        return map.stages[position.stage].touchpoints[t].emotion
    }

    func separator(_ column: Int) -> Grapheme { isStageStart(column) ? Self.stageLine : Self.touchpointLine }

    static let stageLine = Grapheme("│")
    static let touchpointLine = Grapheme("┊")

    // MARK: header

    public func paintHeader(into grid: inout CellGrid, y: Int, current: Int?) {
        let muted = theme[.muted]
        for (row, label) in ["Stage", "Touchpoint", "Channel"].enumerated() {
            grid.put(TextWrap.truncate(label, width: geometry.labelWidth - 1, ellipsis: true), x: 0, y: y + row, style: muted)
        }
        grid.fill(x: 0, y: y + 3, width: geometry.labelWidth, height: 1, with: "─", style: theme[.separator])

        var column = columns.lowerBound
        while column < columns.upperBound {
            let position = index.position(of: column)
            let stageEnd = min(index.stageRange(position.stage).upperBound, columns.upperBound)
            let spanX = x(column)
            let spanWidth = x(stageEnd) - spanX
            let stage = map.stages[position.stage]
            grid.put("│", x: spanX, y: y, style: theme[.separator])
            grid.fill(x: spanX + 1, y: y, width: spanWidth - 1, height: 1, style: theme[.stageHeader])
            let continued = column > index.starts[position.stage] ? "‹ " : " "
            // A name cut by its band says so with an ellipsis.
            let name = continued + DisplayText.singleLine(DisplayText.visible(stage.name, columns: spanWidth))
            grid.put(TextWrap.truncate(name, width: spanWidth - 1, ellipsis: true), x: spanX + 1, y: y, maxWidth: spanWidth - 1,
                     style: theme[.stageHeader])
            column = stageEnd
        }

        for column in columns {
            let cx = x(column)
            let separatorStyle = theme[.separator]
            for row in 1...2 { grid[cx, y + row] = Cell(separator(column), style: separatorStyle) }
            grid.fill(x: cx, y: y + 3, width: geometry.columnWidth, height: 1, with: "─", style: separatorStyle)
            grid.put("┼", x: cx, y: y + 3, style: separatorStyle)
            guard let touchpoint = touchpoint(at: column) else {
                grid.put("(empty stage)", x: cx + 1, y: y + 1, maxWidth: contentWidth, style: theme[.muted])
                continue
            }
            var nameStyle = theme[.touchpointHeader]
            if column == current { nameStyle = nameStyle.adding(.underline) }
            var nx = cx + 1
            if touchpoint.momentOfTruth {
                nx += grid.put("★", x: nx, y: y + 1, maxWidth: contentWidth, style: theme[.momentOfTruth])
            }
            // A touchpoint that opens into another map says so after its name, which gives up room for it.
            let linked = touchpoint.link != nil && contentWidth > 3
            let nameWidth = grid.put(DisplayText.singleLine(DisplayText.visible(touchpoint.name, columns: geometry.columnWidth)), x: nx, y: y + 1,
                                     maxWidth: cx + geometry.columnWidth - nx - (linked ? 2 : 0), style: nameStyle)
            if linked { grid.put("↗", x: nx + nameWidth + 1, y: y + 1, style: theme[.touchpointHeader]) }
            let channel = map.channel(id: touchpoint.channel)
            let channelText = channel.map { $0.kind == .offline ? $0.name + " ⌂" : $0.name } ?? touchpoint.channel ?? ""
            // Once the map records research, a touchpoint that rests on none says so, quietly, at the end of its channel line.
            let assumed = !map.sources.isEmpty && touchpoint.evidence.level(in: map.sources) == .assumed && contentWidth > 3
            grid.put(DisplayText.singleLine(channelText), x: cx + 1, y: y + 2, maxWidth: contentWidth - (assumed ? 2 : 0),
                     style: theme[.channel])
            if assumed { grid.put("?", x: cx + geometry.columnWidth - 1, y: y + 2, style: theme[.muted]) }
        }
    }

    // MARK: lanes

    /// Paints lanes from row `y`, clipped to `maxY`. `cursor` is a column and
    /// an index into `lanes` to highlight, or, with `highlight` false (a slow
    /// link), to mark with the terminal's cursor alone. With a `memo`, the
    /// cells (all but the names and the cursor) are drawn again only when the
    /// map or what is shown of it changed: a move then costs the names and
    /// the cursor, not wrapping every cell on the screen.
    public func paintLanes(into grid: inout CellGrid, y: Int, maxY: Int, lanes: [LaneRow], gap: Int,
                           cursor: (column: Int, lane: Int)?, highlight: Bool = true, editor: LineEditor? = nil,
                           memo: LanesMemo? = nil) {
        if let memo {
            let key = LanesMemo.Key(columns: columns, lanes: lanes, y: y, maxY: maxY, gap: gap, width: grid.width,
                                    height: grid.height, geometry: geometry, theme: theme, personas: map.personas,
                                    scale: map.emotionScale, itemFacts: itemFacts, sources: map.sources)
            let bodies = memo.value(for: map.stages, key: key) {
                var bodies = CellGrid(width: grid.width, height: grid.height)
                paintBodies(into: &bodies, y: y, maxY: maxY, lanes: lanes, gap: gap, cellLines: memo.cellLines(for: map.stages, sources: map.sources))
                return bodies
            }
            grid.copyRows(y..<maxY, from: bodies)
        } else {
            paintBodies(into: &grid, y: y, maxY: maxY, lanes: lanes, gap: gap, cellLines: cellLines)
        }
        var top = y
        for (laneIndex, row) in lanes.enumerated() {
            guard top < maxY else { break }
            let height = min(row.height, maxY - top)
            let isCurrent = cursor?.lane == laneIndex
            paintName(into: &grid, lane: row.lane, y: top, height: height, isCurrent: isCurrent && highlight)
            if isCurrent, let column = cursor?.column, columns.contains(column) {
                paintCursor(into: &grid, lane: row.lane, column: column, y: top, height: height, highlight: highlight,
                            editor: editor)
            }
            top += row.height
            if gap > 0 && top < maxY { top += gap }
        }
    }

    /// Everything of the lanes but their names and the cursor: separators and cells.
    func paintBodies(into grid: inout CellGrid, y: Int, maxY: Int, lanes: [LaneRow], gap: Int,
                     cellLines: LanesMemo.CellLines? = nil) {
        let separatorStyle = theme[.separator]
        var top = y
        for row in lanes {
            guard top < maxY else { break }
            paintBody(into: &grid, row: row, y: top, height: min(row.height, maxY - top), cellLines: cellLines)
            top += row.height
            if gap > 0 && top < maxY {
                grid.fill(x: 0, y: top, width: right, height: 1, with: "┈", style: separatorStyle)
                for column in columns { grid.put(isStageStart(column) ? "┼" : "┊", x: x(column), y: top, style: separatorStyle) }
                top += gap
            }
        }
    }

    func paintName(into grid: inout CellGrid, lane: Lane, y: Int, height: Int, isCurrent: Bool) {
        guard height > 0 else { return }
        // A hidden lane shown anyway (Z) is drawn muted, so it reads as hidden.
        let labelStyle = isCurrent ? theme[.currentLabel] : lane.hidden ? theme[.muted] : theme[.laneLabel]
        // The whole name, wrapped over the lane's rows (the emotion lane keeps room for its values).
        let nameWidth = geometry.labelWidth - (lane.kind == .emotion ? 5 : 1)
        let name = DisplayText.singleLine(DisplayText.visible(lane.name, columns: geometry.labelWidth * height))
        let wordsFit = name.split(separator: " ").allSatisfy { TextWidth.of(String($0)) <= nameWidth }
        let nameLines = wordsFit ? TextWrap.fit(TextWrap.wrap(name, width: nameWidth), height: height, width: nameWidth)
            : [TextWrap.truncate(name, width: nameWidth, ellipsis: true)]
        for (offset, line) in nameLines.enumerated() {
            grid.put(line, x: 0, y: y + offset, maxWidth: nameWidth, style: labelStyle)
        }
    }

    func paintBody(into grid: inout CellGrid, row: LaneRow, y: Int, height: Int, cellLines: LanesMemo.CellLines?) {
        guard height > 0 else { return }
        let separatorStyle = theme[.separator]
        for column in columns {
            let line = Cell(separator(column), style: separatorStyle)
            for offset in 0..<height { grid[x(column), y + offset] = line }
        }
        if row.lane.kind == .emotion {
            CurvePainter(painter: self).paint(into: &grid, laneName: row.lane.name, y: y, height: height)
        } else {
            let cellStyle = theme[.cell]
            let shown = CellContent.columnsShown(width: contentWidth, height: row.height)
            for column in columns {
                let position = index.position(of: column)
                guard let t = position.touchpoint else { continue }
                // A function, not a closure: a closure would copy the painter (and its map) to keep.
                func wrap() -> [String] {
                    TextWrap.fit(CellContent.lines(map.stages[position.stage].touchpoints[t], lane: row.lane, width: contentWidth,
                                                   upTo: shown, facts: itemFacts, sources: map.sources),
                                 height: row.height, width: contentWidth)
                }
                let key = LanesMemo.CellKey(column: column, lane: row.lane.id, kind: row.lane.kind, width: contentWidth,
                                            height: row.height, facts: itemFacts)
                let lines = cellLines?.value(for: key, make: wrap) ?? wrap()
                for (offset, line) in lines.prefix(height).enumerated() {
                    grid.put(line, x: x(column) + 1, y: y + offset, maxWidth: contentWidth, style: cellStyle)
                }
            }
        }
    }

    func paintCursor(into grid: inout CellGrid, lane: Lane, column: Int, y: Int, height: Int, highlight: Bool,
                     editor: LineEditor?) {
        guard height > 0 else { return }
        if highlight {
            let cursorStyle = theme[.cursor]
            let midline = theme[.midline]
            let cell = theme[.cell]
            grid.restyle(x: x(column) + 1, y: y, width: contentWidth, height: height) { style in
                var merged = cursorStyle
                if lane.kind == .emotion, style != midline, style != cell {
                    merged.foreground = style.foreground == .standard ? cursorStyle.foreground : style.foreground
                    merged.attributes.formUnion(style.attributes)
                }
                return merged
            }
        } else {
            grid.cursor = GridPoint(x: x(column) + 1, y: y)
        }
        if let editor { paintEditor(editor, into: &grid, x: x(column) + 1, y: y, height: height) }
    }

    /// The text being typed, over the cursor's cell, with the terminal cursor in it.
    /// The text is plain and the room left in the cell carries the cursor's
    /// style: the cell stays marked, yet a typed character costs the terminal
    /// one byte (a styled one costs some 34: ncurses sets the style, then
    /// resets it at the end of every update).
    func paintEditor(_ editor: LineEditor, into grid: inout CellGrid, x: Int, y: Int, height: Int) {
        let layout = editor.layout(width: contentWidth)
        grid.fill(x: x, y: y, width: contentWidth, height: height, style: theme[.cursor])
        // When the cell is taller than the screen allows, keep the cursor's line in view.
        let first = max(0, layout.row - height + 1)
        for (offset, line) in layout.lines.dropFirst(first).prefix(height).enumerated() {
            let used = grid.put(line, x: x, y: y + offset, maxWidth: contentWidth, style: theme[.cell])
            // put pads a line cut short with spaces of its own style: give them back the cursor's.
            grid.restyle(x: x + TextWidth.of(line), y: y + offset, width: max(0, used - TextWidth.of(line)), height: 1) { _ in
                theme[.cursor]
            }
        }
        grid.cursor = GridPoint(x: x + layout.column, y: y + layout.row - first)
    }
}
