import FoundationEssentials

/// `journey check`: the rules a map is linted by, one table. Each has an id
/// (`--disable ID`), a line for `--list`, a severity and what it finds.
public enum CheckRule: String, CaseIterable, Sendable {
    case mergeConflict = "merge-conflict"
    case emptyStage = "empty-stage"
    case stageWithoutGoal = "stage-without-goal"
    case touchpointWithoutChannel = "touchpoint-without-channel"
    case missingScore = "missing-score"
    case unaddressedPainPoint = "unaddressed-pain-point"
    case opportunityWithoutPlan = "opportunity-without-plan"
    case unhappyMoment = "unhappy-moment"
    case reviewOverdue = "review-overdue"
    case funnel
    case targetMissed = "target-missed"
    case staleTarget = "stale-target"
    case personaWithoutGoals = "persona-without-goals"
    case duplicateTouchpoint = "duplicate-touchpoint"
    case unbackedClaim = "unbacked-claim"
    case assumedStage = "assumed-stage"
    case brokenLink = "broken-link"
    case brokenFutureOf = "broken-future-of"
    case sharedPersonaDrift = "shared-persona-drift"
    case sharedPersonaMissing = "shared-persona-missing"
    case sharedChannelDrift = "shared-channel-drift"
    case sharedChannelMissing = "shared-channel-missing"

    /// Ordered by weight: `--severity error` keeps the rules at `.error` and above.
    public enum Severity: String, CaseIterable, Comparable, Sendable {
        case error, warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity { self == .mergeConflict ? .error : .warning }

    public var summary: String {
        switch self {
        case .mergeConflict: "a merge conflict `journey merge` left undecided (decide it with :conflicts in the editor)"
        case .emptyStage: "a stage without touchpoints"
        case .stageWithoutGoal: "a stage without a goal"
        case .touchpointWithoutChannel: "a touchpoint without a channel"
        case .missingScore: "a persona with no emotion score at a touchpoint"
        case .unaddressedPainPoint: "a pain point that no opportunity addresses"
        case .opportunityWithoutPlan: "an opportunity without a status, or without an owner (its own or its touchpoint's Owner lane)"
        case .unhappyMoment: "a moment of truth whose emotion is below neutral, with no opportunity there"
        case .reviewOverdue: "the map's review is overdue by its cadence"
        case .funnel: "a stage's conversion and drop-off over 100%, or reach growing down the funnel"
        case .targetMissed: "a figure with a target whose last three measurements all missed it"
        case .staleTarget: "a figure with a target but no measurement within the review cadence (not for a map without a cadence)"
        case .personaWithoutGoals: "a persona without goals"
        case .duplicateTouchpoint: "two touchpoints with one name in a stage"
        case .unbackedClaim: "a moment of truth, or a pain point of priority \(Insight.highPriority) or more, that cites no "
            + "research source (once the map records sources)"
        case .assumedStage: "a stage whose touchpoints and items are mostly assumed, backed by no research (once the map "
            + "records sources)"
        case .brokenLink: "a touchpoint linked to a file that does not exist or is not a map that loads"
        case .brokenFutureOf: "a future-state map whose current state does not load, or an opportunity that removes a pain "
            + "point the current state does not hold"
        case .sharedPersonaDrift: "a shared persona whose copy in the map differs from the workspace library's"
        case .sharedPersonaMissing: "a persona marked shared that the workspace library does not hold (or no library is found)"
        case .sharedChannelDrift: "a shared channel whose copy in the map differs from the workspace library's"
        case .sharedChannelMissing: "a channel marked shared that the workspace library does not hold (or no library is found)"
        }
    }
}

/// One thing `journey check` found: where (a JSON path into the file), which rule, what.
public struct CheckFinding: Equatable, Sendable {
    public var rule: CheckRule
    public var path: String
    public var message: String

    public var severity: CheckRule.Severity { rule.severity }
}
