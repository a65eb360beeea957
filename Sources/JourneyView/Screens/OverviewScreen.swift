import FoundationEssentials
import JourneyCore

/// Where the overview view is: its selection and scroll, kept while other views are shown.
public struct OverviewState: ScreenState {
    /// Index into `OverviewRow.rows(of:)`.
    public var selected = 0
    /// The first line shown.
    public var scroll = 0
    /// The day reviews are due against and "today" means (YYYY-MM-DD); nil: the clock's.
    /// Tests set it so that they do not depend on when they run.
    public var today: String?
    /// The counts of the map last drawn (see `StagesMemo`).
    public var memo = StagesMemo<Int, OverviewCounts>()

    public init() {}

    /// The day "today" means here.
    public var todayDate: Date { today.flatMap(CalendarDay.date) ?? Date() }

    /// The map's counts, worked out again only when its stages or its number of personas change.
    public func counts(of map: JourneyMap) -> OverviewCounts {
        memo.value(for: map.stages, key: map.personas.count) { OverviewCounts(map) }
    }
}

extension ScreenStates {
    public var overview: OverviewState { get { self[OverviewState.self] } set { self[OverviewState.self] = newValue } }
}

/// The overview view (see `MapScreen.summary`): objectives, review, stage
/// goals and counts, one selectable line per field.
public enum OverviewScreen: ScreenPainter {
    public static func paint(into grid: inout CellGrid, area: ScreenArea, map: JourneyMap, state: OverviewState, theme: Theme) {
        guard area.height > 0, area.width > 8 else { return }
        let layout = OverviewLayout(map: map, width: area.width, today: state.todayDate, counts: state.counts(of: map))
        let selected = min(max(0, state.selected), layout.rows.count - 1)
        let first = layout.scroll(toShow: selected, from: state.scroll, height: area.height)
        let end = min(layout.lines.count, first + area.height)
        for index in first..<end {
            paint(layout.lines[index], of: layout, into: &grid, y: area.top + index - first, selected: selected,
                  isFirst: layout.firstLine.indices.contains(selected) && index == layout.firstLine[selected], theme: theme)
        }
        // Arrows in the last column say there is more above or below.
        if first > 0 { grid.put("↑", x: area.width - 1, y: area.top, style: theme[.scale]) }
        if end < layout.lines.count { grid.put("↓", x: area.width - 1, y: area.top + area.height - 1, style: theme[.scale]) }
    }

    /// The whole view, for `journey show --view overview`: nothing selected, as tall as it needs.
    public static func printed(map: JourneyMap, width: Int, theme: Theme) -> CellGrid {
        printed(map: map, width: width, theme: theme, today: Date())
    }

    public static func printed(map: JourneyMap, width: Int, theme: Theme, today: Date) -> CellGrid {
        let layout = OverviewLayout(map: map, width: width, today: today, counts: OverviewCounts(map), maxLines: 10_000)
        var grid = CellGrid(width: width, height: layout.lines.count)
        for (y, line) in layout.lines.enumerated() {
            paint(line, of: layout, into: &grid, y: y, selected: nil, isFirst: false, theme: theme)
        }
        return grid
    }

    static func paint(_ line: OverviewLayout.Line, of layout: OverviewLayout, into grid: inout CellGrid, y: Int,
                      selected: Int?, isFirst: Bool, theme: Theme) {
        switch line.text {
        case .blank: break
        case .heading(let text):
            let used = grid.put("── " + text + " ", x: 1, y: y, maxWidth: layout.width - 2, style: theme[.detailTitle])
            grid.put(String(repeating: "─", count: max(0, layout.width - 2 - used)), x: 1 + used, y: y, style: theme[.separator])
        case .field(let label, let text, let role):
            let isSelected = line.row != nil && line.row == selected
            let cursor = theme[.cursor]
            if isSelected {
                grid.fill(x: 0, y: y, width: layout.width, height: 1, style: cursor)
                if isFirst { grid.put("▶", x: 1, y: y, style: cursor) }
            }
            grid.put(label, x: 3, y: y, maxWidth: layout.labelWidth, style: isSelected ? cursor : theme[.laneLabel])
            grid.put(text, x: layout.textX, y: y, maxWidth: layout.textWidth, style: isSelected ? cursor : theme[role])
        }
    }
}

extension MapScreen {
    public static let overview = MapScreen("overview", title: "Overview", summary: "objectives, review cadence, stage goals, counts", part: .frame,
                                          painter: OverviewScreen.self)
}
