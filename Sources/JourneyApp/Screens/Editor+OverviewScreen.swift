import JourneyCore
import JourneyView

/// The overview view's keys, fields and options.
extension Editor {
    mutating func answerOverview(_ field: ScreenField, _ text: String) -> Bool {
        true
    }

    mutating func pickOverview(_ field: ScreenField, _ option: String) {}

    func overviewStatus() -> String {
        ""
    }
}

extension Commands {
    static let overview: [Command] = [back(.overview)]

    static let overviewHints: [KeyHint] = []
}
