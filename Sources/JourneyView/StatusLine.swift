import JourneyCore

/// The bottom line: file, saved state, position and key hints.
enum StatusLine {
    static func paint(into grid: inout CellGrid, y: Int, map: JourneyMap, index: ColumnIndex, state: ViewState,
                      lanes: [Lane], theme: Theme) {
        let style = theme[.status]
        grid.fill(x: 0, y: y, width: grid.width, height: 1, style: style)
        if let prompt = state.prompt {
            paintPrompt(prompt, into: &grid, y: y, theme: theme)
            return
        }
        let name = TextWrap.truncate(DisplayText.singleLine(state.fileName), width: grid.width / 3, ellipsis: true)
        var x = grid.put(" " + name, x: 0, y: y, style: style)
        if state.isReadOnly {
            x += grid.put(" [read-only]", x: x, y: y, style: theme[.modified])
        }
        if state.isModified {
            x += grid.put(" [+]", x: x, y: y, style: theme[.modified])
        } else if state.isNewFile {
            x += grid.put(" [new file]", x: x, y: y, style: theme[.modified])
        }
        let hints = [("?", "help"), ("q", "quit")]
        let hintsWidth = hints.reduce(0) { $0 + TextWidth.of($1.0) + TextWidth.of($1.1) + 3 }
        let middle = state.message ?? position(map: map, index: index, state: state, lanes: lanes)
        let middleWidth = grid.width - x - 3 - (grid.width >= 50 ? hintsWidth : 0)
        if middleWidth > 3 {
            grid.put("  " + TextWrap.truncate(middle, width: middleWidth, ellipsis: true), x: x, y: y,
                     maxWidth: middleWidth + 2, style: style)
        }
        guard grid.width >= 50 else { return }
        var hx = grid.width - hintsWidth
        for (key, what) in hints {
            hx += grid.put(key, x: hx, y: y, style: theme[.statusKey])
            hx += grid.put(" " + what + "  ", x: hx, y: y, style: style)
        }
    }

    /// A question or a typed line, scrolled so the cursor always shows.
    static func paintPrompt(_ prompt: Prompt, into grid: inout CellGrid, y: Int, theme: Theme) {
        let label = " " + prompt.label + " "
        let labelRoom = prompt.editor.characters.isEmpty ? grid.width - 2 : grid.width / 2
        let x = grid.put(label, x: 0, y: y, maxWidth: labelRoom, style: theme[.statusKey])
        let room = max(1, grid.width - x - 1)
        let characters = prompt.editor.characters.map { DisplayText.escaped(String($0)) }
        var start = 0
        var before = characters[..<prompt.editor.cursor].reduce(0) { $0 + TextWidth.of($1) }
        while before >= room && start < prompt.editor.cursor {
            before -= TextWidth.of(characters[start])
            start += 1
        }
        grid.put(characters[start...].joined(), x: x, y: y, maxWidth: room, style: theme[.status])
        grid.cursor = GridPoint(x: x + before, y: y)
    }

    static func position(map: JourneyMap, index: ColumnIndex, state: ViewState, lanes: [Lane]) -> String {
        guard index.count > 0, !map.stages.isEmpty else { return "no stages" }
        let position = index.position(of: state.column)
        let stage = map.stages[position.stage]
        var parts = [stage.name]
        if let t = position.touchpoint {
            parts.append(stage.touchpoints[t].name)
        } else {
            parts.append("(no touchpoints)")
        }
        if lanes.indices.contains(state.lane) { parts.append(lanes[state.lane].name) }
        let counter = "  \(state.column + 1)/\(index.count)"
        return DisplayText.singleLine(parts.joined(separator: " › ")) + counter
    }
}
