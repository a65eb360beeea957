import JourneyCore

/// The whole editor frame as a function of the document, the view state, the
/// size and the theme. Pure: tests render it without a terminal.
public enum EditorScreen {
    public static func render(map: JourneyMap, index: ColumnIndex, state: ViewState, theme: Theme,
                              width: Int, height: Int, help: [HelpRow] = []) -> CellGrid {
        var grid = paint(map: map, index: index, state: state, theme: theme, width: width, height: height, help: help)
        // A theme with a page colour paints all of it, in its own ink, so no text
        // stands on the terminal's own colours (a light profile's white, a dark one's black).
        let page = theme[.cell]
        if page.background != .standard {
            grid.restyle(x: 0, y: 0, width: width, height: height) { style in
                var style = style
                if style.background == .standard { style.background = page.background }
                if style.foreground == .standard { style.foreground = page.foreground }
                return style
            }
        }
        return grid
    }

    static func paint(map: JourneyMap, index: ColumnIndex, state: ViewState, theme: Theme,
                      width: Int, height: Int, help: [HelpRow]) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        var theme = theme
        theme.curve = state.settings.curve
        if let present = state.present {
            PresentScreen.paint(into: &grid, map: map, state: present, view: state, theme: theme)
            paintOverlays(into: &grid, state: state, theme: theme, help: help)
            return grid
        }
        let layout = EditorLayout(map: map, state: state, width: width, height: height)
        if layout.isTooSmall {
            paintTooSmall(into: &grid, theme: theme)
            return grid
        }
        paintTitle(into: &grid, map: map, persona: state.gridPlace.persona, theme: theme)
        if state.screen != .grid {
            paintScreen(into: &grid, map: map, state: state, theme: theme, area: ScreenArea(top: 1, height: layout.statusY - 1,
                                                                                          width: width))
            StatusLine.paint(into: &grid, y: layout.statusY, map: map, index: index, state: state, lanes: layout.lanes,
                             theme: theme)
            paintOverlays(into: &grid, state: state, theme: theme, help: help)
            return grid
        }
        let columns = state.gridPlace.firstColumn..<min(index.count, state.gridPlace.firstColumn + layout.geometry.columnsPerScreen)
        let painter = GridPainter(map: map, index: index, theme: theme, geometry: layout.geometry, columns: columns)
        painter.paintHeader(into: &grid, y: layout.headerY, current: state.settings.slowLink ? nil : state.gridPlace.column)
        let visible = layout.visibleLanes(from: state.gridPlace.firstLane)
        let rows = visible.map { GridPainter.LaneRow(lane: layout.lanes[$0], height: layout.laneHeights[$0]) }
        painter.paintLanes(into: &grid, y: layout.bodyY, maxY: layout.detailY, lanes: rows, gap: layout.geometry.laneGap,
                           cursor: (state.gridPlace.column, state.gridPlace.lane - state.gridPlace.firstLane), highlight: !state.settings.slowLink,
                           editor: state.cellEditor, memo: state.lanesMemo)
        if layout.detailHeight > 0 {
            DetailPane.paint(into: &grid, y: layout.detailY, height: layout.detailHeight, map: map, index: index,
                             state: state, lanes: layout.lanes, theme: theme)
        }
        StatusLine.paint(into: &grid, y: layout.statusY, map: map, index: index, state: state, lanes: layout.lanes,
                         theme: theme)
        paintOverlays(into: &grid, state: state, theme: theme, help: help)
        return grid
    }

    static func paintOverlays(into grid: inout CellGrid, state: ViewState, theme: Theme, help: [HelpRow]) {
        // The terminal's cursor must not show through an overlay.
        if state.picker != nil || state.showHelp { grid.cursor = nil }
        if let picker = state.picker { PickerOverlay.paint(picker, into: &grid, theme: theme) }
        if state.showHelp { HelpOverlay.paint(help, into: &grid, scroll: state.helpScroll, theme: theme) }
    }

    static func paintScreen(into grid: inout CellGrid, map: JourneyMap, state: ViewState, theme: Theme, area: ScreenArea) {
        state.screen.paint(&grid, area, map, state, theme)
    }

    static func paintTitle(into grid: inout CellGrid, map: JourneyMap, persona current: Int, theme: Theme) {
        let style = theme[.title]
        grid.fill(x: 0, y: 0, width: grid.width, height: 1, style: style)
        var legendWidth = 0
        var legend: [(String, Style)] = []
        for (index, persona) in map.personas.enumerated() {
            let name = TextWrap.truncate(DisplayText.singleLine(DisplayText.visible(persona.name, columns: 14)), width: 14,
                                         ellipsis: true)
            var itemStyle = theme.persona(index).merged(onto: style)
            // The persona whose scores the keys set is underlined, when there is a choice.
            if index == current && map.personas.count > 1 { itemStyle = itemStyle.adding(.underline) }
            legend.append((PersonaGlyphs.point(index) + " " + name, itemStyle))
            legendWidth += TextWidth.of(name) + 4
        }
        let titleWidth = grid.width - min(legendWidth, grid.width / 2) - 1
        grid.put(" " + DisplayText.singleLine(DisplayText.visible(map.title, columns: titleWidth)), x: 0, y: 0,
                 maxWidth: titleWidth, style: style)
        var x = grid.width - legendWidth
        for (text, itemStyle) in legend where x >= titleWidth {
            x += grid.put(text, x: x, y: 0, style: itemStyle) + 2
        }
    }

    static func paintTooSmall(into grid: inout CellGrid, theme: Theme) {
        let lines = [
            "Terminal too small",
            "(\(grid.width)×\(grid.height)).",
            "journey needs at least",
            "\(EditorLayout.minimumWidth)×\(EditorLayout.minimumHeight).",
            "Enlarge it or press q.",
        ]
        let top = max(0, (grid.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (grid.width - TextWidth.of(line)) / 2)
            grid.put(line, x: x, y: top + offset, style: theme[.warning])
        }
    }
}

extension Style {
    /// This style's colours and attributes laid over a background style.
    func merged(onto base: Style) -> Style {
        Style(foreground: foreground == .standard ? base.foreground : foreground,
              background: background == .standard ? base.background : background,
              attributes: attributes.union(base.attributes))
    }
}
