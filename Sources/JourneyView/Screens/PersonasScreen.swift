import JourneyCore

/// Where the personas view is: its selection and scroll, kept while other views are shown.
public struct PersonasState: Equatable, Sendable {
    public var selected = 0
    public var scroll = 0

    public init() {}
}

/// The personas view (see `MapScreen.summary`).
public enum PersonasScreen {
    public static func paint(into grid: inout CellGrid, area: ScreenArea, map: JourneyMap, state: PersonasState, theme: Theme) {
        grid.put("Personas", x: 1, y: area.top, maxWidth: area.width - 2, style: theme[.title])
    }
}
