import JourneyCore
import JourneyView

/// The channels view's keys, fields and options.
extension Editor {
    mutating func answerChannels(_ field: ScreenField, _ text: String) -> Bool {
        true
    }

    mutating func pickChannels(_ field: ScreenField, _ option: String) {}

    func channelsStatus() -> String {
        ""
    }
}

extension Commands {
    static let channels: [Command] = [back(.channels)]

    static let channelsHints: [KeyHint] = []
}
