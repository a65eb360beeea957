import CNcursesw

/// What terminfo says the terminal's keys send: added to the decoder's table
/// for a terminal it does not know, never in place of it.
enum TerminfoKeys {
    typealias K = TerminalKey

    static let capabilities: [(String, K)] = [
        ("kcuu1", K(.up)), ("kcud1", K(.down)), ("kcub1", K(.left)), ("kcuf1", K(.right)),
        ("khome", K(.home)), ("kend", K(.end)), ("kich1", K(.insert)), ("kdch1", K(.delete)),
        ("kpp", K(.pageUp)), ("knp", K(.pageDown)), ("kcbt", K(.tab, .shift)), ("kb2", K(.begin)),
        ("kLFT5", K(.left, .control)), ("kRIT5", K(.right, .control)), ("kLFT3", K(.left, .alt)), ("kRIT3", K(.right, .alt)),
    ] + (1...20).map { ("kf\($0)", K(.function($0))) }

    /// After newterm: the terminal's key strings that are escape sequences.
    static func read() -> [[UInt8]: TerminalKey] {
        var keys: [[UInt8]: TerminalKey] = [:]
        for (name, key) in capabilities {
            guard let bytes = string(name), bytes.count > 1, bytes.first == 27 else { continue }
            keys[bytes] = key
        }
        return keys
    }

    /// Whether the terminal reports the mouse (terminfo names its report, kmous).
    static var reportsMouse: Bool { string("kmous") != nil }

    static func string(_ name: String) -> [UInt8]? {
        name.withCString { capability in
            guard let value = tigetstr(capability), journey_is_string_capability(value) != 0 else { return nil }
            return Array(String(cString: value).utf8)
        }
    }
}
