/// Every number a user can give a map. `rule` says, in this one place, what
/// each may hold; the decoder, the edits and the command line all ask it.
public enum NumericField: Equatable, Sendable {
    case metric(Metric)
    case item(ItemFigure)
    case age
    /// How many survey responses a measurement was computed from.
    case responses
    case scaleMinimum, scaleMaximum
    /// One response's score in a survey's export.
    case surveyScore(SurveyKind)
    /// A persona's score at a touchpoint, which must lie on the map's scale.
    case emotionScore(on: EmotionScale)

    public var rule: NumericRule {
        switch self {
        case .metric(let metric):
            NumericRule(label: metric.label, range: metric.range, isWhole: metric.isWhole, unit: metric.unit)
        case .item(.impact): NumericRule(label: "impact", range: 1...5, isWhole: true)
        case .item(.effort): NumericRule(label: "effort", range: 1...5, isWhole: true)
        case .item(.votes): NumericRule(label: "votes", range: 0...1_000_000, isWhole: true)
        case .age: NumericRule(label: "age", range: 0...150, isWhole: true)
        case .responses: NumericRule(label: "responses", range: 1...1_000_000_000, isWhole: true)
        case .surveyScore(let kind):
            NumericRule(label: "\(kind.metric.label) score", range: Double(kind.scores.lowerBound)...Double(kind.scores.upperBound),
                        isWhole: true)
        case .scaleMinimum: NumericRule(label: "emotion scale minimum", range: -100...100, isWhole: true)
        case .scaleMaximum: NumericRule(label: "emotion scale maximum", range: -100...100, isWhole: true)
        case .emotionScore(let scale):
            // A scale made in code may be upside down; a range must not be.
            NumericRule(label: "emotion score", range: Double(scale.min)...Double(Swift.max(scale.min, scale.max)),
                        note: " (the map's emotion scale)")
        }
    }
}
