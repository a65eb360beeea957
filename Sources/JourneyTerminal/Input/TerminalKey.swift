import JourneyView

/// A key as the terminal's bytes name it: what it is and the modifiers held.
/// The decoder makes these; `editorKey` says what the editor makes of one.
public struct TerminalKey: Hashable, Sendable, CustomStringConvertible {
    public enum Code: Hashable, Sendable {
        /// A printable character, or the letter of a Ctrl- or Alt-key.
        case character(Character)
        case enter, tab, escape, backspace
        case up, down, left, right, home, end, begin, insert, delete, pageUp, pageDown
        /// F1 to F20.
        case function(Int)
    }

    /// The modifier bits as xterm counts them: its parameter is these plus one.
    public struct Modifiers: OptionSet, Hashable, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let shift = Modifiers(rawValue: 1)
        public static let alt = Modifiers(rawValue: 2)
        public static let control = Modifiers(rawValue: 4)
        public static let meta = Modifiers(rawValue: 8)

        /// From xterm's modifier parameter (`CSI 1 ; 5 C`: 5 is Ctrl); nil when it names none.
        init?(parameter: Int) {
            guard parameter >= 1, parameter <= 16 else { return nil }
            self.init(rawValue: parameter - 1)
        }
    }

    public var code: Code
    public var modifiers: Modifiers

    public init(_ code: Code, _ modifiers: Modifiers = []) {
        self.code = code
        self.modifiers = modifiers
    }

    /// "Ctrl-Shift-F5", "Alt-x", "Home": as the status line and `:keys` say it.
    public var description: String {
        var name = ""
        if modifiers.contains(.control) { name += "Ctrl-" }
        if modifiers.contains(.alt) { name += "Alt-" }
        if modifiers.contains(.meta) { name += "Meta-" }
        if modifiers.contains(.shift) { name += "Shift-" }
        switch code {
        case .character(" "): name += "Space"
        case .character(let c): name += modifiers.contains(.control) ? c.uppercased() : String(c)
        case .enter: name += "Enter"
        case .tab: name += "Tab"
        case .escape: name += "Esc"
        case .backspace: name += "Backspace"
        case .up: name += "↑"
        case .down: name += "↓"
        case .left: name += "←"
        case .right: name += "→"
        case .home: name += "Home"
        case .end: name += "End"
        case .begin: name += "Begin"
        case .insert: name += "Insert"
        case .delete: name += "Delete"
        case .pageUp: name += "PgUp"
        case .pageDown: name += "PgDn"
        case .function(let n): name += "F\(n)"
        }
        return name
    }

    /// What the editor makes of the key. Shift or Ctrl on a key that moves
    /// moves all the same, Ctrl or Alt on ← → moves by word; a key the
    /// editor has no use for keeps its name, so it can say "no key F5 here".
    public var editorKey: Key {
        let mods = modifiers.subtracting(.shift)
        switch code {
        case .character(let c):
            if modifiers == [] { return .character(c) }
            if modifiers == .shift, !c.isLetter { return .character(c) }
            // Letters, and the four a terminal sends as bytes 28–31 (Ctrl-] opens a touchpoint's link).
            if modifiers == .control, let letter = c.lowercased().first, letter.isASCII, letter.isLetter || "\\]^_".contains(letter) {
                return .control(letter)
            }
        case .enter where modifiers == []: return .enter
        case .escape where modifiers == []: return .escape
        case .backspace where modifiers == [] || modifiers == .control: return .backspace
        case .tab where modifiers == []: return .tab
        case .tab where modifiers == .shift: return .backTab
        case .left where mods == [] : return .left
        case .right where mods == []: return .right
        case .left where mods == .control || mods == .alt: return .wordLeft
        case .right where mods == .control || mods == .alt: return .wordRight
        case .up where mods == [] || mods == .control: return .up
        case .down where mods == [] || mods == .control: return .down
        case .home where mods == [] || mods == .control: return .home
        case .end where mods == [] || mods == .control: return .end
        case .pageUp where mods == []: return .pageUp
        case .pageDown where mods == []: return .pageDown
        case .delete where modifiers == []: return .delete
        default: break
        }
        return .other(description)
    }
}
