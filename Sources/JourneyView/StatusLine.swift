import JourneyCore

/// The bottom line: the mode in words, the file, whether it is saved, the
/// position or the last message, and key hints. A message too long for the
/// line is shown whole on the rows above it, never cut.
public enum StatusLine {
    static func paint(into grid: inout CellGrid, y: Int, map: JourneyMap, index: ColumnIndex, state: ViewState,
                      lanes: [Lane], theme: Theme) {
        let style = theme[.status]
        grid.fill(x: 0, y: y, width: grid.width, height: 1, style: style)
        var x = grid.put(" " + state.modeName + " ", x: 0, y: y, style: theme[.mode])
        // The timer keeps the right end whatever else the line shows.
        let clockWidth = state.timer.map { timerText($0, width: grid.width) }.map(TextWidth.of) ?? 0
        let timerWidth = clockWidth + votingWidth(state, width: grid.width)
        defer {
            if let timer = state.timer { paintTimer(timer, into: &grid, y: y, theme: theme) }
            paintVoting(state, into: &grid, x: grid.width - timerWidth, y: y, theme: theme)
        }
        if let prompt = state.prompt {
            paintPrompt(prompt, into: &grid, x: x, y: y, right: grid.width - timerWidth, theme: theme)
            if let message = state.message { paintAbove(message.shown, into: &grid, y: y, theme: theme) }
            return
        }
        // Hints take at most half of what is left: the first (what this mode is for) and the last (the way out) stay.
        var hints = state.hints
        let hintWidth = { (hints: [KeyHint]) in hints.reduce(0) { $0 + TextWidth.of($1.key) + TextWidth.of($1.action) + 3 } }
        while hints.count > 2, hintWidth(hints) + timerWidth > (grid.width - x) / 2 { hints.remove(at: hints.count - 2) }
        let hintsWidth = hintWidth(hints) + timerWidth
        let middle = state.message.map { DisplayText.singleLine(DisplayText.visible($0.shown, columns: grid.width * grid.height)) }
            ?? (state.settings.slowLink && state.screen == .grid ? "" : position(map: map, index: index, state: state, lanes: lanes,
                                                                         width: grid.width))
        // The file name gives way to the position, down to a few columns.
        var flagsWidth = state.sharing.map { TextWidth.of($0) + 3 } ?? (state.file.isReadOnly ? 12 : 0)
        flagsWidth += state.file.journalBehind ? 17 : 0
        flagsWidth += state.settings.slowLink ? 12 : 0
        flagsWidth += state.file.isModified ? 4 : state.file.isNew ? 11 : 0
        let spare = grid.width - x - flagsWidth - 3 - hintsWidth - 3 - TextWidth.of(middle)
        let fullName = DisplayText.singleLine(DisplayText.visible(state.file.name, columns: grid.width))
        let nameRoom = max(8, min(grid.width / 4, spare))
        let name = TextWrap.truncate(fullName, width: nameRoom, ellipsis: true)
        x += grid.put(" " + name, x: x, y: y, style: style)
        if let sharing = state.sharing {
            x += grid.put(" [\(sharing)]", x: x, y: y, style: theme[.modified])
        } else if state.file.isReadOnly {
            x += grid.put(" [read-only]", x: x, y: y, style: theme[.modified])
        }
        if state.file.journalBehind {
            x += grid.put(" [journal behind]", x: x, y: y, style: theme[.warning])
        }
        if state.settings.slowLink {
            x += grid.put(" [slow link]", x: x, y: y, style: theme[.modified])
        }
        if state.file.isModified {
            x += grid.put(" [+]", x: x, y: y, style: theme[.modified])
        } else if state.file.isNew {
            x += grid.put(" [new file]", x: x, y: y, style: theme[.modified])
        }
        var showHints = grid.width >= 50
        var middleWidth = grid.width - x - 3 - (showHints ? hintsWidth : timerWidth)
        if showHints, state.message != nil, TextWidth.of(middle) > middleWidth,
           TextWidth.of(middle) <= middleWidth + hintsWidth - timerWidth {
            // A message matters more than the hints (not than the timer and the vote at the right end).
            showHints = false
            middleWidth += hintsWidth - timerWidth
        }
        if TextWidth.of(middle) <= middleWidth {
            grid.put("  " + middle, x: x, y: y, maxWidth: middleWidth + 2, style: style)
        } else if let message = state.message {
            grid.put("  (see above)", x: x, y: y, maxWidth: max(0, middleWidth + 2), style: style)
            paintAbove(message.shown, into: &grid, y: y, theme: theme)
        } else if middleWidth > 3 {
            // The counter stays whole; the names give way.
            let counter = String(middle[(middle.lastRange(of: "  ")?.lowerBound ?? middle.endIndex)...])
            let names = String(middle.dropLast(counter.count))
            let room = max(1, middleWidth - TextWidth.of(counter))
            grid.put("  " + TextWrap.truncate(names, width: room, ellipsis: true) + counter, x: x, y: y,
                     maxWidth: middleWidth + 2, style: style)
        }
        guard showHints else { return }
        var hx = grid.width - hintsWidth
        for hint in hints {
            hx += grid.put(hint.key, x: hx, y: y, style: theme[.statusKey])
            hx += grid.put(" " + hint.action + "  ", x: hx, y: y, style: style)
        }
    }

    /// The workshop timer at the right end, in the warning style for its
    /// last minute and once it is up.
    static func paintTimer(_ timer: TimerFace, into grid: inout CellGrid, y: Int, theme: Theme) {
        let text = timerText(timer, width: grid.width)
        let style = timer.urgent ? theme[.warning].adding(.reverse) : theme[.mode]
        grid.put(text, x: grid.width - TextWidth.of(text), y: y, style: style)
    }

    /// The open voting round ("vote 3 voters 11 dots"), left of the timer,
    /// given at most half the line.
    static func votingWidth(_ state: ViewState, width: Int) -> Int {
        guard let text = state.voting else { return 0 }
        return min(TextWidth.of(text) + 2, max(0, width / 2))
    }

    static func paintVoting(_ state: ViewState, into grid: inout CellGrid, x: Int, y: Int, theme: Theme) {
        guard let text = state.voting else { return }
        let room = votingWidth(state, width: grid.width)
        guard room > 2 else { return }
        grid.put(" " + TextWrap.truncate(text, width: room - 2, ellipsis: true) + " ", x: x, y: y, maxWidth: room, style: theme[.mode])
    }

    /// " timer 9:59 ", or only " 9:59 " on a narrow screen.
    static func timerText(_ timer: TimerFace, width: Int) -> String {
        let text = " " + timer.text + " "
        return TextWidth.of(text) * 3 <= width ? text : " " + timer.text.replacing("timer ", with: "") + " "
    }

    /// A message in full, wrapped on the rows just above the status line.
    static func paintAbove(_ message: String, into grid: inout CellGrid, y: Int, theme: Theme) {
        let lines = TextWrap.wrap(DisplayText.singleLine(DisplayText.visible(message, columns: grid.width * grid.height)),
                                  width: max(1, grid.width - 2))
        let shown = TextWrap.fit(lines, height: max(1, min(lines.count, y - 1)), width: grid.width - 2)
        for (offset, line) in shown.enumerated() {
            let row = y - shown.count + offset
            grid.fill(x: 0, y: row, width: grid.width, height: 1, style: theme[.status])
            grid.put(" " + line, x: 0, y: row, maxWidth: grid.width, style: theme[.status])
        }
    }

    /// A question or a typed line, scrolled so the cursor always shows. Only
    /// what fits is laid out, so a huge line costs no more than a short one.
    static func paintPrompt(_ prompt: Prompt, into grid: inout CellGrid, x start: Int, y: Int, right: Int, theme: Theme) {
        let label = " " + prompt.label + " "
        let labelRoom = prompt.editor.characters.isEmpty ? right - start - 1 : (right - start) / 2
        // A question too long for the line is asked in full just above it.
        if TextWidth.of(label) > labelRoom { paintAbove(prompt.label, into: &grid, y: y, theme: theme) }
        let x = start + grid.put(label, x: start, y: y, maxWidth: labelRoom, style: theme[.statusKey])
        let room = max(1, right - x - 1)
        let characters = prompt.editor.characters
        let cursor = prompt.editor.cursor
        // Walk back from the cursor until the line before it fills the room.
        var begin = cursor
        var before = 0
        while begin > 0 {
            let w = TextWidth.of(DisplayText.singleLine(String(characters[begin - 1])))
            if before + w >= room { break }
            before += w
            begin -= 1
        }
        var shown = ""
        var used = before
        var end = cursor
        while end < characters.count && used < room {
            used += TextWidth.of(DisplayText.singleLine(String(characters[end])))
            end += 1
        }
        shown = characters[begin..<end].map { DisplayText.singleLine(String($0)) }.joined()
        // A selected name (a rename) shows reversed: typing replaces it.
        grid.put(shown, x: x, y: y, maxWidth: room, style: prompt.editor.isSelected ? theme[.status].adding(.reverse) : theme[.status])
        grid.cursor = GridPoint(x: x + before, y: y)
    }

    /// Where the cursor is: stage › touchpoint › lane, and the touchpoint's number.
    public static func position(map: JourneyMap, index: ColumnIndex, state: ViewState, lanes: [Lane], width: Int) -> String {
        if state.screen != .grid {
            // The mode already names the view.
            return DisplayText.visible(state.screenStatus, columns: width)
        }
        guard index.count > 0, !map.stages.isEmpty else { return "no stages" }
        let position = index.position(of: state.gridPlace.column)
        let stage = map.stages[position.stage]
        var parts = [DisplayText.visible(stage.name, columns: width)]
        if let t = position.touchpoint {
            parts.append(DisplayText.visible(stage.touchpoints[t].name, columns: width))
        } else {
            parts.append("(no touchpoints)")
        }
        if lanes.indices.contains(state.gridPlace.lane) { parts.append(lanes[state.gridPlace.lane].name + (lanes[state.gridPlace.lane].hidden ? " (hidden)" : "")) }
        // Count touchpoints, not the empty column an empty stage shows.
        let total = map.touchpointCount
        let counter = position.touchpoint.map { "  \(touchpointNumber(map: map, stage: position.stage, index: $0))/\(total)" }
            ?? "  –/\(total)"
        return DisplayText.singleLine(parts.joined(separator: " › ")) + counter
    }

    /// The touchpoint's number counting from the map's first: a sum over the stages before it.
    static func touchpointNumber(map: JourneyMap, stage: Int, index: Int) -> Int {
        map.stages[..<stage].reduce(0) { $0 + $1.touchpoints.count } + index + 1
    }
}
