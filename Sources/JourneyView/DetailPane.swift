import JourneyCore

/// The pane under the grid with the full content of the cursor's cell.
public enum DetailPane {
    static func paint(into grid: inout CellGrid, y: Int, height: Int, map: JourneyMap, index: ColumnIndex,
                      state: ViewState, lanes: [Lane], theme: Theme) {
        // The rule stops where the title does: a title that changes length
        // (every move changes it) then costs its own characters, not the rule's.
        guard index.count > 0, lanes.indices.contains(state.gridPlace.lane) else {
            grid.put(String(repeating: "─", count: grid.width), x: 0, y: y, style: theme[.separator])
            return
        }
        grid.put("─", x: 0, y: y, style: theme[.separator])
        let position = index.position(of: state.gridPlace.column)
        let stage = map.stages[position.stage]
        let lane = lanes[state.gridPlace.lane]
        guard let t = position.touchpoint else {
            let goal = stage.goal.isEmpty ? "" : "Goal: " + stage.goal + ". "
            paintBody(into: &grid, title: stage.name, lines: [goal + "This stage has no touchpoints yet."],
                      y: y, height: height, theme: theme)
            return
        }
        let touchpoint = stage.touchpoints[t]
        var title = DisplayText.visible(stage.name, columns: grid.width) + " › "
            + DisplayText.visible(touchpoint.name, columns: grid.width)
        if let channel = map.channel(id: touchpoint.channel) {
            title += " (\(channel.name), \(channel.kind.rawValue))"
        }
        if touchpoint.momentOfTruth { title += " ★ moment of truth" }
        title += " › " + lane.name
        if let selected = state.itemSelection, let items = touchpoint.items(of: lane.kind) {
            paintItems(items, selected: selected, into: &grid, title: title, y: y, height: height, theme: theme)
            return
        }
        var body = lines(touchpoint, lane: lane, map: map, persona: state.gridPlace.persona)
        if let link = touchpoint.link { body.append("Opens ↗ " + DisplayText.singleLine(link) + " (Ctrl-] follows the link)") }
        if !map.sources.isEmpty { body.append(evidence(touchpoint, lane: lane, map: map, at: (position.stage, t))) }
        paintBody(into: &grid, title: title, lines: body, y: y, height: height, theme: theme)
    }

    /// What backs the touchpoint, and what the lane's text cites: shown once the map records research.
    static func evidence(_ touchpoint: Touchpoint, lane: Lane, map: JourneyMap, at place: (stage: Int, index: Int)) -> String {
        var line = "Evidence: " + EvidenceText.summary(map, .touchpoint(stage: place.stage, index: place.index))
        if lane.kind.holdsText, touchpoint.laneSources[lane.id] != nil {
            line += "; the \(lane.name) cite " + EvidenceText.summary(map, .laneText(stage: place.stage, index: place.index, lane: lane.id))
        }
        return line + " (e cites)"
    }

    static func lines(_ touchpoint: Touchpoint, lane: Lane, map: JourneyMap, persona current: Int) -> [String] {
        switch LaneContent(touchpoint, lane: lane, personas: map.personas) {
        case .text(let text):
            return [text.isEmpty ? "(empty)" : text]
        case .scores(let scores):
            let words = scores.enumerated().map { index, entry in
                PersonaGlyphs.point(index) + " " + entry.persona.name + " " + (entry.score.map(MetricsText.signed) ?? "not scored")
                    + (index == current ? " (keys set this)" : "")
            }
            let scale = "scale \(map.emotionScale.min) to \(map.emotionScale.max): type the score (e.g. \(map.emotionScale.min) or +\(map.emotionScale.max)), "
                + "Enter scores every persona, p switches persona, Backspace clears"
            return [(words + [scale]).joined(separator: " · ")]
        case .items(let list):
            return items(list)
        case .metrics(let metrics):
            let figures = MetricsText.full(metrics)
            return [figures.isEmpty ? "(no figures)" : figures.joined(separator: " · ")]
        }
    }

    static func items(_ items: [Item]) -> [String] {
        guard !items.isEmpty else { return ["(none)"] }
        return items.map(describe)
    }

    static func describe(_ item: Item) -> String {
        let facts = item.figureFacts
        return "• " + item.text + (facts.isEmpty ? "" : "  [" + facts.joined(separator: ", ") + "]")
    }


    /// The items of a list lane, one per row, the selected one highlighted.
    static func paintItems(_ items: [Item], selected: Int, into grid: inout CellGrid, title: String, y: Int, height: Int,
                           theme: Theme) {
        grid.put("─ " + DisplayText.singleLine(title) + " ", x: 1, y: y, maxWidth: grid.width - 2, style: theme[.detailTitle])
        let rows = height - 1
        guard !items.isEmpty else {
            grid.put("(none yet: a adds one)", x: 1, y: y + 1, maxWidth: grid.width - 2, style: theme[.muted])
            return
        }
        let first = max(0, min(selected - rows + 1, items.count - rows))
        for row in 0..<min(rows, items.count - first) {
            let index = first + row
            let style = index == selected ? theme[.cursor] : theme[.detail]
            if index == selected { grid.fill(x: 1, y: y + 1 + row, width: grid.width - 2, height: 1, style: style) }
            grid.put(DisplayText.singleLine(describe(items[index])), x: 1, y: y + 1 + row, maxWidth: grid.width - 2, style: style)
        }
    }

    static func paintBody(into grid: inout CellGrid, title: String, lines: [String], y: Int, height: Int, theme: Theme) {
        grid.put("─ " + DisplayText.singleLine(DisplayText.visible(title, columns: grid.width)) + " ", x: 1, y: y,
                 maxWidth: grid.width - 2, style: theme[.detailTitle])
        let width = grid.width - 2
        var wrapped: [String] = []
        for line in lines { wrapped += TextWrap.wrap(DisplayText.visible(line, columns: width * height), width: width) }
        for (offset, line) in TextWrap.fit(wrapped, height: height - 1, width: width).enumerated() {
            grid.put(line, x: 1, y: y + 1 + offset, maxWidth: width, style: theme[.detail])
        }
    }
}
