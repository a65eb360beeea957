import JourneyCore

/// The voter's screen: a title bar (the map, the participant, the dots
/// left), the round's items under their stages with the dots placed, and a
/// key line. Pain points and opportunities are told apart by a word, so it
/// reads in monochrome too. Works down to 40x12.
public enum VoterScreen {
    /// A line of the list: a stage's name, or an item (its index in the round).
    enum Row: Equatable {
        case stage(String)
        case item(Int)
    }

    static func rows(_ round: VoteRound) -> [Row] {
        var rows: [Row] = []
        var stage: String?
        for (index, item) in round.items.enumerated() {
            if item.stage != stage {
                rows.append(.stage(item.stage))
                stage = item.stage
            }
            rows.append(.item(index))
        }
        return rows
    }

    public static func render(_ state: VoterState, theme: Theme, width: Int, height: Int) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        guard width > 0, height > 0 else { return grid }
        let page = Style(background: theme[.cell].background)
        grid.fill(x: 0, y: 0, width: width, height: height, style: page)
        paintTitle(state, into: &grid, theme: theme)
        switch state.phase {
        case .waiting:
            paintNote("No voting round is open for \(shown(state.fileName, width)); wait for the facilitator's :vote start. "
                          + "This screen follows by itself.", into: &grid, theme: theme)
        case .damaged(let why):
            paintNote("The voting round cannot be read: \(shown(why, width * 2)). Wait for the facilitator to start it again.",
                      into: &grid, theme: theme)
        case .open, .revealed:
            if let round = state.round { paintList(state, round: round, into: &grid, theme: theme, page: page) }
        }
        paintKeyLine(state, into: &grid, theme: theme)
        return grid
    }

    static func shown(_ text: String, _ columns: Int) -> String {
        DisplayText.singleLine(DisplayText.visible(text, columns: columns))
    }

    static func paintTitle(_ state: VoterState, into grid: inout CellGrid, theme: Theme) {
        let style = theme[.title]
        grid.fill(x: 0, y: 0, width: grid.width, height: 1, style: style)
        var right = ""
        if let round = state.round {
            switch state.phase {
            case .open: right = " \(state.left) of \(round.budget) left" + (state.hasUnsubmitted ? " *" : "") + " "
            case .revealed: right = " revealed "
            default: break
            }
        }
        let rightWidth = TextWidth.of(right)
        let left = " Vote: " + shown(state.participant, 24) + " · " + shown(state.fileName, grid.width)
        grid.put(left, x: 0, y: 0, maxWidth: max(0, grid.width - rightWidth - 1), style: style)
        grid.put(right, x: max(0, grid.width - rightWidth), y: 0, style: style)
    }

    static func paintNote(_ text: String, into grid: inout CellGrid, theme: Theme) {
        let lines = TextWrap.wrap(text, width: max(1, grid.width - 4))
        let top = max(2, (grid.height - lines.count) / 2)
        for (n, line) in lines.enumerated() where top + n < grid.height - 1 {
            grid.put(line, x: 2, y: top + n, maxWidth: grid.width - 2, style: theme[.cell])
        }
    }

    static func paintList(_ state: VoterState, round: VoteRound, into grid: inout CellGrid, theme: Theme, page: Style) {
        var top = 1
        if grid.height >= 10 {
            let rule = "\(VoteRules.dots(round.budget)), at most \(round.perItem) on one, on \(round.kindsWords)"
            grid.put(TextWrap.truncate(" " + rule, width: grid.width, ellipsis: true), x: 0, y: 1, maxWidth: grid.width,
                     style: theme[.muted].merged(onto: page))
            top = 2
        }
        let rows = rows(round)
        let visible = max(1, grid.height - 1 - top)
        let selectedRow = rows.firstIndex(of: .item(state.selected)) ?? 0
        // The stage's name stays in sight above its first item.
        let first = max(0, min(rows.count - visible, selectedRow - visible + 1 + (selectedRow + 1 < rows.count ? 1 : 0)))
        let dotsWidth = round.perItem
        for (n, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let y = top + n
            switch row {
            case .stage(let name):
                grid.put(" " + shown(name, grid.width).uppercased(), x: 0, y: y, maxWidth: grid.width,
                         style: theme[.stageHeader].merged(onto: page))
            case .item(let index):
                let item = round.items[index]
                let dots = state.ballot?.dots(on: item.id) ?? 0
                let selected = index == state.selected
                let base = (selected ? theme[.cursor] : theme[.cell]).merged(onto: page)
                if selected { grid.fill(x: 0, y: y, width: grid.width, height: 1, style: base) }
                var x = grid.put(selected ? " ▸ " : "   ", x: 0, y: y, style: base)
                x += grid.put(String(repeating: "●", count: min(dots, dotsWidth)) + String(repeating: "·", count: max(0, dotsWidth - dots)),
                              x: x, y: y, style: selected ? base : theme[.warning].merged(onto: page))
                x += grid.put(item.kind == .painPoints ? " pain " : " opp  ", x: x, y: y,
                              style: selected ? base : theme[.muted].merged(onto: page))
                let text = shown(item.text, grid.width) + "  (" + shown(item.touchpoint, grid.width) + ")"
                let room = max(0, grid.width - x)
                grid.put(TextWrap.truncate(text, width: room, ellipsis: true), x: x, y: y, maxWidth: room, style: base)
            }
        }
    }

    static func paintKeyLine(_ state: VoterState, into grid: inout CellGrid, theme: Theme) {
        let y = grid.height - 1
        guard y > 0 else { return }
        let style = theme[.status]
        grid.fill(x: 0, y: y, width: grid.width, height: 1, style: style)
        var x = grid.put(" VOTE ", x: 0, y: y, style: theme[.mode])
        if let message = state.message {
            let lines = TextWrap.wrap(shown(message, grid.width * 4), width: max(1, grid.width - x - 1))
            if lines.count == 1 {
                grid.put(" " + lines[0], x: x, y: y, maxWidth: grid.width - x, style: style)
                return
            }
            // Too long for the line: in full on the rows above it.
            grid.put(" (see above)", x: x, y: y, maxWidth: grid.width - x, style: style)
            let wide = TextWrap.wrap(shown(message, grid.width * 4), width: max(1, grid.width - 2))
            for (n, line) in wide.suffix(max(1, y - 1)).enumerated() {
                let row = y - min(wide.count, y - 1) + n
                grid.fill(x: 0, y: row, width: grid.width, height: 1, style: style)
                grid.put(" " + line, x: 0, y: row, maxWidth: grid.width, style: style)
            }
            return
        }
        let hints: [(String, String)] = switch state.phase {
        case .open: [("j k", "move"), ("+ -", "dot"), ("Enter", "submit"), ("q", "quit")]
        default: [("q", "quit")]
        }
        x += 1
        for (key, action) in hints where x + TextWidth.of(key) + TextWidth.of(action) + 3 <= grid.width {
            x += grid.put(key, x: x, y: y, style: theme[.statusKey])
            x += grid.put(" " + action + "  ", x: x, y: y, style: style)
        }
    }
}
