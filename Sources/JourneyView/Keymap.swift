/// What a key does in the editor, and the one table that both the app and
/// the `?` help overlay read, so the help can never disagree with the keys.
public enum EditorCommand: Equatable, Sendable {
    case left, right, up, down
    case pageBack, pageForward, firstTouchpoint, lastTouchpoint
    case nextStage, previousStage, firstLane, lastLane
    case toggleHelp, toggleDetail, redraw, quit
}

public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var label: String
    public var summary: String
    public var command: EditorCommand
}

public enum Keymap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.left, .character("h")], label: "← h", summary: "previous touchpoint", command: .left),
        KeyBinding(keys: [.right, .character("l")], label: "→ l", summary: "next touchpoint", command: .right),
        KeyBinding(keys: [.up, .character("k")], label: "↑ k", summary: "lane above", command: .up),
        KeyBinding(keys: [.down, .character("j")], label: "↓ j", summary: "lane below", command: .down),
        KeyBinding(keys: [.tab], label: "Tab", summary: "next stage", command: .nextStage),
        KeyBinding(keys: [.backTab], label: "Shift-Tab", summary: "previous stage", command: .previousStage),
        KeyBinding(keys: [.pageDown], label: "PgDn", summary: "a screen of touchpoints forward", command: .pageForward),
        KeyBinding(keys: [.pageUp], label: "PgUp", summary: "a screen of touchpoints back", command: .pageBack),
        KeyBinding(keys: [.home, .character("0")], label: "Home 0", summary: "first touchpoint", command: .firstTouchpoint),
        KeyBinding(keys: [.end, .character("$")], label: "End $", summary: "last touchpoint", command: .lastTouchpoint),
        KeyBinding(keys: [.character("g")], label: "g", summary: "first lane", command: .firstLane),
        KeyBinding(keys: [.character("G")], label: "G", summary: "last lane", command: .lastLane),
        KeyBinding(keys: [.character("d")], label: "d", summary: "show or hide the detail pane", command: .toggleDetail),
        KeyBinding(keys: [.character("?")], label: "?", summary: "show or hide this help", command: .toggleHelp),
        KeyBinding(keys: [.control("l")], label: "Ctrl-L", summary: "redraw the screen", command: .redraw),
        KeyBinding(keys: [.character("q"), .control("c")], label: "q Ctrl-C", summary: "quit", command: .quit),
    ]

    private static let table: [Key: EditorCommand] = {
        var table: [Key: EditorCommand] = [:]
        for binding in bindings {
            for key in binding.keys { table[key] = binding.command }
        }
        return table
    }()

    public static func command(for key: Key) -> EditorCommand? { table[key] }
}
