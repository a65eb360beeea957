/// A key press, as the terminal layer reads it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    /// Alt (Meta) with a key: ESC followed at once by the key.
    case alt(Character)
    case wordLeft, wordRight
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, delete
    case resize
}
