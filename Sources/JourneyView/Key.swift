/// A key press, as the terminal layer reads it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    /// Ctrl-Left and Ctrl-Right (Alt-Left and Alt-Right too).
    case wordLeft, wordRight
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, delete
    /// A key journey has no use for, by name ("F5", "Alt-x", "Insert"): it does nothing but say so.
    case other(String)
    /// A sequence no terminal table knows, swallowed whole: its bytes as a person reads them.
    case unknown(String)
}
