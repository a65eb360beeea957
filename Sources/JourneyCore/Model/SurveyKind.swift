/// The scores a survey asks for and the figure a day's responses make:
/// NPS (0–10, % promoters 9–10 minus % detractors 0–6) or CSAT (1–5, % of
/// responses 4–5). The one place that says how `journey survey` computes a
/// figure and how the views explain it.
public enum SurveyKind: String, CaseIterable, Sendable {
    case nps, csat

    public init?(metric: Metric) {
        guard let kind = Self.allCases.first(where: { $0.metric == metric }) else { return nil }
        self = kind
    }

    public var metric: Metric { self == .nps ? .nps : .csat }

    /// The scores a response may give.
    public var scores: ClosedRange<Int> { self == .nps ? 0...10 : 1...5 }

    /// How a day's figure is computed, for the views: "% promoters 9–10 minus % detractors 0–6".
    public var rule: String {
        self == .nps ? "% promoters 9–10 minus % detractors 0–6" : "% of responses 4–5 on a scale of 1–5"
    }

    /// What a score adds to the figure's sum: a promoter or a satisfied
    /// response 1, a detractor −1, any other 0.
    public func weight(_ score: Int) -> Int {
        switch self {
        case .nps: score >= 9 ? 1 : score <= 6 ? -1 : 0
        case .csat: score >= 4 ? 1 : 0
        }
    }

    /// The figure of `count` responses whose weights sum to `sum`: 100 × sum ÷
    /// count, to a tenth (halves away from zero), in whole numbers so a
    /// figure is the same on every machine.
    public func figure(sum: Int, count: Int) -> Double {
        precondition(count > 0)
        let tenths = 1000 * sum, twice = 2 * count
        let rounded = (2 * tenths + (tenths < 0 ? -count : count)) / twice
        return Double(rounded) / 10
    }
}
