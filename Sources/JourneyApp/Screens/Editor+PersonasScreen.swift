import JourneyCore
import JourneyView

/// The personas view's keys, fields and options.
extension Editor {
    mutating func answerPersonas(_ field: ScreenField, _ text: String) -> Bool {
        true
    }

    mutating func pickPersonas(_ field: ScreenField, _ option: String) {}

    func personasStatus() -> String {
        ""
    }
}

extension Commands {
    static let personas: [Command] = [back(.personas)]

    static let personasHints: [KeyHint] = []
}
