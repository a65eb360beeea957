import JourneyCore

/// `journey show --view NAME`: a view of the map as text for review, the
/// whole of it rather than a screen's worth, with no selection.
public enum ScreenPrinter {
    public static func print(_ screen: MapScreen, map: JourneyMap, width: Int, theme: Theme, color: Bool,
                             to out: inout PrintOutput) {
        let grid: CellGrid
        switch screen {
        case .grid:
            out.dropsLeadingBlankLines = true
            MapPrinter(map: map, theme: theme, width: width, color: color).grid(into: &out)
            out.dropsLeadingBlankLines = false
            return
        case .overview: grid = OverviewScreen.printed(map: map, width: width, theme: theme)
        case .personas: grid = PersonasScreen.printed(map: map, width: width, theme: theme)
        case .insights: grid = InsightsScreen.printed(map: map, width: width, theme: theme)
        case .metrics: grid = MetricsScreen.printed(map: map, width: width, theme: theme)
        case .channels: grid = ChannelsScreen.printed(map: map, width: width, theme: theme)
        }
        AnsiText.write(grid, color: color, to: &out)
    }
}
