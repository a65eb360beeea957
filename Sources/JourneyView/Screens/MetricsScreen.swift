import JourneyCore

/// Where the metrics view is: its selection and scroll, kept while other views are shown.
public struct MetricsState: Equatable, Sendable {
    public var selected = 0
    public var scroll = 0

    public init() {}
}

/// The metrics view (see `MapScreen.summary`).
public enum MetricsScreen {
    public static func paint(into grid: inout CellGrid, area: ScreenArea, map: JourneyMap, state: MetricsState, theme: Theme) {
        grid.put("Metrics", x: 1, y: area.top, maxWidth: area.width - 2, style: theme[.title])
    }
}
