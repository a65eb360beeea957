/// The edits that take a number: each holds it to the field's rule (see
/// `RuleBook`) and refuses what a saved map could not hold. Nil clears.
extension Edits {
    public static func setEmotion(_ map: JourneyMap, stage: Int, index: Int, persona: String,
                                  score: Double?) -> Result<Transaction?, RuleViolation> {
        RuleBook.check(score, for: .emotionScore(on: map.emotionScale)).map { score in
            updateTouchpoint(map, stage: stage, index: index) { $0.emotion[persona] = score }
        }
    }

    /// A figure of a touchpoint, or of the stage itself when `touchpoint` is nil.
    public static func setMetric(_ map: JourneyMap, stage: Int, touchpoint: Int?, _ metric: Metric,
                                 to value: Double?) -> Result<Transaction?, RuleViolation> {
        RuleBook.check(value, for: .metric(metric)).map { value in
            guard let touchpoint else { return updateStage(map, stage) { $0.metrics[metric] = value } }
            return updateTouchpoint(map, stage: stage, index: touchpoint) { $0.metrics[metric] = value }
        }
    }

    public static func setPersonaAge(_ map: JourneyMap, persona: Int, age: Int?) -> Result<Transaction?, RuleViolation> {
        RuleBook.check(age, for: .age).map { age in updateInfo(map) { $0.personas[persona].age = age } }
    }

    /// Impact, effort or votes of one item of a list lane.
    public static func setItemFigure(_ map: JourneyMap, stage: Int, index: Int, kind: LaneKind, item: Int,
                                     _ figure: ItemFigure, to value: Int?) -> Result<Transaction?, RuleViolation> {
        RuleBook.check(value, for: .item(figure)).map { value in
            updateItems(map, stage: stage, index: index, kind: kind) { $0[item][figure] = value }
        }
    }
}
