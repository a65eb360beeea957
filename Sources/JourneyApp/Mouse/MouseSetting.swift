/// Whether the editor takes the mouse, and how `:set mouse` is written.
/// Off by default: while the terminal reports the mouse, its own selection
/// (copy and paste) needs Shift held in most terminals.
struct MouseSetting {
    var on = false
    /// The user asked for a change (not the start with `--mouse`): say what became of it.
    var asked = false

    /// `set mouse`, `set mouse on|off`, `set nomouse` (as vim writes it); nil for any other line.
    static func parse(_ line: String) -> Bool?? {
        let words = line.split(separator: " ").map { $0.lowercased() }
        guard words.first == "set", words.count >= 2 else { return nil }
        switch (words[1], words.count) {
        case ("nomouse", 2): return .some(false)
        case ("mouse", 2): return .some(true)
        case ("mouse", 3): return .some(value(words[2]))
        default: return words[1] == "mouse" || words[1] == "nomouse" ? .some(nil) : nil
        }
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
