import JourneyCore

/// Where the overview view is: its selection and scroll, kept while other views are shown.
public struct OverviewState: Equatable, Sendable {
    public var selected = 0
    public var scroll = 0

    public init() {}
}

/// The overview view (see `MapScreen.summary`).
public enum OverviewScreen {
    public static func paint(into grid: inout CellGrid, area: ScreenArea, map: JourneyMap, state: OverviewState, theme: Theme) {
        grid.put("Overview", x: 1, y: area.top, maxWidth: area.width - 2, style: theme[.title])
    }
}
