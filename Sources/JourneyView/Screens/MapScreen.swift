import JourneyCore

/// The views of a map, one per step of the practice. Each is a mode of the
/// editor over the same document; `v` and `:view NAME` switch between them.
public enum MapScreen: String, CaseIterable, Sendable {
    case grid, overview, personas, insights, metrics, channels

    public var title: String {
        switch self {
        case .grid: "Grid"
        case .overview: "Overview"
        case .personas: "Personas"
        case .insights: "Insights"
        case .metrics: "Metrics"
        case .channels: "Channels"
        }
    }

    /// What the view is for, in the practice's words.
    public var summary: String {
        switch self {
        case .grid: "stages × touchpoints, every lane, the emotion curve"
        case .overview: "objectives, review cadence, stage goals, counts"
        case .personas: "a card per persona, with its own emotion curve"
        case .insights: "pain points and opportunities, ranked, with status and links"
        case .metrics: "the funnel, KPIs with targets and their trend"
        case .channels: "stages × channels: where touchpoints happen"
        }
    }

    /// The letter that picks it after `v`.
    public var hotkey: Character { rawValue.first! }
}

/// The rows a view may paint: from `top` for `height` rows, the whole width.
public struct ScreenArea: Equatable, Sendable {
    public var top: Int
    public var height: Int
    public var width: Int

    public init(top: Int, height: Int, width: Int) {
        self.top = top
        self.height = height
        self.width = width
    }

    public var bottom: Int { top + height }
}
