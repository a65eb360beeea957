import JourneyCore
import JourneyView

/// The metrics view's keys, fields and options.
extension Editor {
    mutating func answerMetrics(_ field: ScreenField, _ text: String) -> Bool {
        true
    }

    mutating func pickMetrics(_ field: ScreenField, _ option: String) {}

    func metricsStatus() -> String {
        ""
    }
}

extension Commands {
    static let metrics: [Command] = [back(.metrics)]

    static let metricsHints: [KeyHint] = []
}
