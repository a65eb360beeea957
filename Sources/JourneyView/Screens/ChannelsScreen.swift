import JourneyCore

/// Where the channels view is: its selection and scroll, kept while other views are shown.
public struct ChannelsState: Equatable, Sendable {
    public var selected = 0
    public var scroll = 0

    public init() {}
}

/// The channels view (see `MapScreen.summary`).
public enum ChannelsScreen {
    public static func paint(into grid: inout CellGrid, area: ScreenArea, map: JourneyMap, state: ChannelsState, theme: Theme) {
        grid.put("Channels", x: 1, y: area.top, maxWidth: area.width - 2, style: theme[.title])
    }
}
