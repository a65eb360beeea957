import JourneyCore

/// The presentation: one stage of the map on the whole screen, a title bar
/// above (the map, which stage of how many) and a key line below. With a
/// touchpoint in the spotlight, the lines of the others are dimmed.
public enum PresentScreen {
    /// Rows the slide gets on a screen this tall (the title bar and the key line take two).
    public static func slideHeight(screenHeight: Int) -> Int { max(1, screenHeight - 2) }

    /// The furthest the slide scrolls: its last line at the bottom of the screen.
    public static func maxScroll(_ slide: PresentSlide, screenHeight: Int) -> Int {
        max(0, slide.lines.count - slideHeight(screenHeight: screenHeight))
    }

    public static func paint(into grid: inout CellGrid, map: JourneyMap, state: PresentState, view: ViewState, theme: Theme) {
        let slide = PresentSlide(map: map, stage: state.stage, spotlight: state.spotlight, width: grid.width, curve: theme.curve)
        let height = slideHeight(screenHeight: grid.height)
        let scroll = min(max(0, state.scroll), maxScroll(slide, screenHeight: grid.height))

        // The theme's page colour under the whole slide: a light theme stays light on a dark terminal.
        let page = Style(background: theme[.cell].background)
        grid.fill(x: 0, y: 0, width: grid.width, height: grid.height, style: page)
        let titleStyle = theme[.title]
        grid.fill(x: 0, y: 0, width: grid.width, height: 1, style: titleStyle)
        let place = slide.stageCount == 0 ? "" : " stage \(slide.stageNumber + 1) of \(slide.stageCount) "
        let placeWidth = TextWidth.of(place)
        grid.put(" " + DisplayText.singleLine(DisplayText.visible(map.title, columns: grid.width)), x: 0, y: 0,
                 maxWidth: max(0, grid.width - placeWidth - 1), style: titleStyle)
        grid.put(place, x: max(0, grid.width - placeWidth), y: 0, style: titleStyle)

        for row in 0..<height {
            let number = scroll + row
            guard number < slide.lines.count else { break }
            let line = slide.lines[number]
            let dimmed = state.spotlight != nil && line.touchpoint != nil && line.touchpoint != state.spotlight
            for piece in line.pieces {
                // Dimmed, not just unbolded: the muted colour at half intensity.
                let style = (dimmed ? theme[.muted].adding(.dim) : style(piece.ink, theme)).merged(onto: page)
                grid.put(piece.text, x: piece.x, y: row + 1, maxWidth: max(0, grid.width - piece.x), style: style)
            }
        }
        if view.settings.bigTimer, let face = view.timer { paintBigTimer(face, into: &grid, theme: theme) }
        paintKeyLine(into: &grid, slide: slide, scroll: scroll, view: view, theme: theme)
    }

    /// The countdown in block digits at the top right, on a box of its own
    /// over the slide, where the room can read it; left out where it does not fit.
    static func paintBigTimer(_ face: TimerFace, into grid: inout CellGrid, theme: Theme) {
        let shown = face.text.replacing("timer ", with: "").replacing(" paused", with: "")
        guard let rows = BlockFont.render(shown, width: grid.width / 2), grid.height >= BlockFont.height + 4 else { return }
        let style = face.urgent ? theme[.warning] : theme[.detailTitle]
        let width = (rows.first.map(TextWidth.of) ?? 0) + 2
        let x = grid.width - width
        grid.fill(x: x, y: 1, width: width, height: rows.count + 1, style: Style(background: theme[.cell].background))
        for (offset, row) in rows.enumerated() { grid.put(row, x: x + 1, y: 1 + offset, style: style) }
        if face.text.hasSuffix("paused") { grid.put("paused", x: x + 1, y: 1 + rows.count, style: theme[.muted]) }
    }

    static func style(_ ink: PresentSlide.Ink, _ theme: Theme) -> Style {
        switch ink {
        case .role(let role): theme[role]
        case .persona(let index): theme.persona(index)
        case .letters:
            { var style = theme[.detailTitle]; style.attributes.remove(.reverse); return style }()
        }
    }

    /// The mode, where the slide is, a message or the keys, and the timer.
    static func paintKeyLine(into grid: inout CellGrid, slide: PresentSlide, scroll: Int, view: ViewState, theme: Theme) {
        let y = grid.height - 1
        guard y > 0 else { return }
        let style = theme[.status]
        grid.fill(x: 0, y: y, width: grid.width, height: 1, style: style)
        var x = grid.put(" PRESENT ", x: 0, y: y, style: theme[.mode])
        let more = scroll < maxScroll(slide, screenHeight: grid.height)
        let place = " \(slide.stageNumber + 1)/\(max(1, slide.stageCount))" + (scroll > 0 ? " ↑" : "") + (more ? " ↓ more" : "")
        x += grid.put(place, x: x, y: y, style: style)
        let timer = view.timer.map { StatusLine.timerText($0, width: grid.width) } ?? ""
        let right = grid.width - TextWidth.of(timer)
        if let message = view.message {
            grid.put("  " + DisplayText.singleLine(DisplayText.visible(message.shown, columns: grid.width)), x: x, y: y,
                     maxWidth: max(0, right - x), style: style)
        } else {
            var hx = x + 2
            for hint in view.hints {
                let width = TextWidth.of(hint.key) + TextWidth.of(hint.action) + 3
                guard hx + width <= right else { break }
                hx += grid.put(hint.key, x: hx, y: y, style: theme[.statusKey])
                hx += grid.put(" " + hint.action + "  ", x: hx, y: y, style: style)
            }
        }
        if let face = view.timer { StatusLine.paintTimer(face, into: &grid, y: y, theme: theme) }
    }
}
