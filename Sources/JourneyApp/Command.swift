import JourneyView

/// Where a command's keys work.
public enum CommandScope: Hashable, Sendable {
    case grid, items, present
    case screen(MapScreen)
}

/// A section of the help.
public struct HelpSection: Hashable, Sendable {
    public let title: String

    public static let move = HelpSection(title: "Move and find")
    public static let edit = HelpSection(title: "Edit cells")
    public static let emotion = HelpSection(title: "Emotion lane")
    public static let items = HelpSection(title: "Item lists (pain points, opportunities, quotes)")
    public static let structure = HelpSection(title: "Structure (u undoes any of it)")
    public static let map = HelpSection(title: "The map, personas and figures")
    public static let workshop = HelpSection(title: "Workshop")
    public static let views = HelpSection(title: "Views (v, or :view NAME)")
    public static let present = HelpSection(title: "Presenting (:present) and themes")
    public static let file = HelpSection(title: "History, file, screen")

    /// A view's own keys.
    public static func of(_ screen: MapScreen) -> HelpSection { screen == .grid ? .move : HelpSection(title: screen.title + " view") }

    /// The sections in the order the help shows them.
    public static let allCases: [HelpSection] = [.move, .edit, .emotion, .items, .structure, .map, .workshop, .views]
        + ScreenController.all.filter { $0.screen != .grid }.map { .of($0.screen) } + [.present, .file]
}

/// One thing a user can do, however they ask for it: its keys in a mode,
/// its name (and aliases) at the `:` command line, what it takes, its help
/// line, and what it does. `?`, `:help`, Tab completion and the README's
/// tables are all made from the one table of these (`Commands.all`).
public struct Command: Sendable {
    public let name: String
    public let aliases: [String]
    public let keys: [Key]
    /// Keys shown in the help when they are not single keys (e.g. "0-9").
    public let keyLabel: String?
    public let scope: CommandScope
    public let section: HelpSection
    /// What the arguments are, for `:` (empty: none).
    public let usage: String
    public let summary: String
    /// Refused in read-only mode.
    public let changesMap: Bool
    /// Whether it can be typed after `:` (item-list keys cannot).
    public let typable: Bool
    let run: @Sendable (inout Editor, String) -> Void

    init(_ name: String, aliases: [String] = [], keys: [Key] = [], keyLabel: String? = nil, scope: CommandScope = .grid,
         section: HelpSection, usage: String = "", changesMap: Bool = false, typable: Bool = true, _ summary: String,
         run: @escaping @Sendable (inout Editor, String) -> Void) {
        self.name = name
        self.aliases = aliases
        self.keys = keys
        self.keyLabel = keyLabel
        self.scope = scope
        self.section = section
        self.usage = usage
        self.summary = summary
        self.changesMap = changesMap
        self.typable = typable
        self.run = run
    }

    /// The keys as the help shows them.
    public var keysText: String { keyLabel ?? keys.map(\.label).joined(separator: " ") }

    /// How it is typed at the command line, e.g. ":metric NAME VALUE".
    public var typed: String { typable ? ":" + name + (usage.isEmpty ? "" : " " + usage) : "" }
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
