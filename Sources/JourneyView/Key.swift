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

extension Key {
    /// The key as a person reads it: "x", "Ctrl-S", "←", "Shift-Tab".
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + c.uppercased()
        case .wordLeft: "Ctrl-←"
        case .wordRight: "Ctrl-→"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .other(let name): name
        case .unknown(let bytes): "an unknown key (\(bytes))"
        }
    }
}
