/// A key press, as the terminal layer reads it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    /// Ctrl-Left and Ctrl-Right. (Alt-letter is not read: over a slow link
    /// Esc and the next key arrive together and would be taken for Alt.)
    case wordLeft, wordRight
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, delete
}
