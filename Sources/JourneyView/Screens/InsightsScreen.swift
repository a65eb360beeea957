import JourneyCore

/// Where the insights view is: its selection and scroll, kept while other views are shown.
public struct InsightsState: Equatable, Sendable {
    public var selected = 0
    public var scroll = 0

    public init() {}
}

/// The insights view (see `MapScreen.summary`).
public enum InsightsScreen {
    public static func paint(into grid: inout CellGrid, area: ScreenArea, map: JourneyMap, state: InsightsState, theme: Theme) {
        grid.put("Insights", x: 1, y: area.top, maxWidth: area.width - 2, style: theme[.title])
    }
}
