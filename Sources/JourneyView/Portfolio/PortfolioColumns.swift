import FoundationEssentials
import JourneyCore

/// The portfolio's columns after the map's title, one table: a column shows
/// when the screen is at least `from` wide, and says its value for a map.
struct PortfolioColumn: Sendable {
    var title: String
    var width: Int
    var from: Int
    var value: @Sendable (MapSummary, Date) -> String

    static let all: [PortfolioColumn] = [
        PortfolioColumn(title: "Health", width: 8, from: 0) { summary, _ in health(summary) },
        PortfolioColumn(title: "Open", width: 5, from: 0) { summary, _ in "\(summary.openPainPoints)" },
        PortfolioColumn(title: "Review", width: 13, from: 64) { summary, today in review(summary, today: today) },
        PortfolioColumn(title: "Stg", width: 4, from: 100) { summary, _ in "\(summary.stages)" },
        PortfolioColumn(title: "Tps", width: 6, from: 72) { summary, _ in "\(summary.touchpoints)" },
        PortfolioColumn(title: "Emotion", width: 22, from: 90) { summary, _ in emotion(summary) },
    ]

    static func shown(width: Int) -> [PortfolioColumn] { all.filter { width >= $0.from } }

    /// "ok", "3 warn", "1 err": readable without colour.
    static func health(_ summary: MapSummary) -> String {
        if summary.errors > 0 { return "\(summary.errors) err" }
        return summary.warnings == 0 ? "ok" : "\(summary.warnings) warn"
    }

    static func review(_ summary: MapSummary, today: Date) -> String {
        guard summary.reviewCadence != nil else { return "no cadence" }
        guard let due = summary.review(today: today) else { return "never" }
        switch due.daysLate {
        case 1...: return "late \(due.daysLate)d"
        case 0: return "due today"
        default: return "in \(-due.daysLate)d"
        }
    }

    /// Each persona's initial and mean score: "M -0.4 T +0.3".
    static func emotion(_ summary: MapSummary) -> String {
        summary.personas.compactMap { persona in
            persona.averageEmotion.map { String(persona.name.prefix(1)) + " " + MetricsText.signed(($0 * 10).rounded() / 10) }
        }.joined(separator: " ")
    }
}
