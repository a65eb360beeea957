/// Where an item falls on the impact × effort chart. The thresholds live
/// here once; the insights view, its printout and the exports say them.
public enum InsightsQuadrant: String, CaseIterable, Sendable {
    case quickWin = "quick wins", bigBet = "big bets", fillIn = "fill-ins", moneyPit = "money pits"

    /// Impact from this up is high.
    public static let highImpact = 3
    /// Effort from this up is high.
    public static let highEffort = 3

    /// The thresholds in words, for the screen.
    public static let rule = "high impact: \(highImpact) or more; high effort: \(highEffort) or more"

    /// The quadrant of an item rated for both impact and effort; nil otherwise.
    public static func of(_ item: Item) -> InsightsQuadrant? {
        guard let impact = item.impact, let effort = item.effort else { return nil }
        switch (impact >= highImpact, effort >= highEffort) {
        case (true, false): return .quickWin
        case (true, true): return .bigBet
        case (false, false): return .fillIn
        case (false, true): return .moneyPit
        }
    }

    /// What the quadrant means, e.g. "high impact, low effort".
    public var meaning: String {
        switch self {
        case .quickWin: "high impact, low effort"
        case .bigBet: "high impact, high effort"
        case .fillIn: "low impact, low effort"
        case .moneyPit: "low impact, high effort"
        }
    }
}
