/// How an on/off setting is written on the `:` line, as vim writes it:
/// `set NAME`, `set noNAME`, `set NAME on|off`.
enum ToggleSetting {
    /// `.some(true/false)` for a well-formed line about `name`, `.some(nil)`
    /// for a malformed one (say the usage), nil when the line is about something else.
    static func parse(_ line: String, name: String) -> Bool?? {
        let words = line.split(separator: " ").map { $0.lowercased() }
        guard words.first == "set", words.count >= 2 else { return nil }
        switch (words[1], words.count) {
        case ("no" + name, 2): return .some(false)
        case (name, 2): return .some(true)
        case (name, 3): return .some(value(words[2]))
        default: return words[1] == name || words[1] == "no" + name ? .some(nil) : nil
        }
    }

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
