/// The editor's on/off settings, as `:set` takes them and as vim writes
/// them: `:set NAME`, `:set noNAME`, `:set NAME on|off`. Each also has a
/// command of its own (`:mouse [on|off]`).
struct ToggleSetting: Sendable {
    let name: String
    /// Turns it on or off; nil: the words were malformed (say the usage).
    let apply: @Sendable (inout Editor, Bool?) -> Void

    static let all: [ToggleSetting] = [
        ToggleSetting(name: "mouse") { $0.setMouse($1) },
        ToggleSetting(name: "slowlink") { $0.setSlowLink($1) },
    ]

    /// The setting `:set`'s words are about, and the value they give it
    /// (nil when malformed); nil when they are about something else.
    static func parse(_ words: [String]) -> (setting: ToggleSetting, value: Bool?)? {
        guard let first = words.first?.lowercased() else { return nil }
        for setting in all {
            switch (first, words.count) {
            case (setting.name, 1): return (setting, true)
            case (setting.name, 2): return (setting, value(words[1]))
            case ("no" + setting.name, 1): return (setting, false)
            case (setting.name, _), ("no" + setting.name, _): return (setting, nil)
            default: continue
            }
        }
        return nil
    }

    static var names: String { all.map(\.name).joined(separator: ", ") }

    /// The argument of `:NAME [on|off]`: nothing means on.
    static func argument(_ text: String) -> Bool? {
        text.isEmpty ? true : value(text)
    }

    /// on/off and their usual spellings; nil for anything else.
    static func value(_ word: String) -> Bool? {
        switch word.lowercased() {
        case "on", "true", "yes", "1": true
        case "off", "false", "no", "0": false
        default: nil
        }
    }
}
