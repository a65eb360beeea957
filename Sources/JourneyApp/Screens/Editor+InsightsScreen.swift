import JourneyCore
import JourneyView

/// The insights view's keys, fields and options.
extension Editor {
    mutating func answerInsights(_ field: ScreenField, _ text: String) -> Bool {
        true
    }

    mutating func pickInsights(_ field: ScreenField, _ option: String) {}

    func insightsStatus() -> String {
        ""
    }
}

extension Commands {
    static let insights: [Command] = [back(.insights)]

    static let insightsHints: [KeyHint] = []
}
