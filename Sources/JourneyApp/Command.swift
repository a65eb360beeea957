import JourneyView

/// Where a command's keys work.
public enum CommandScope: Hashable, Sendable {
    case grid, items, present
    case screen(MapScreen)
}

/// The sections of the help, in order.
public enum HelpSection: String, CaseIterable, Sendable {
    case move = "Move and find"
    case edit = "Edit cells"
    case emotion = "Emotion lane"
    case items = "Item lists (pain points, opportunities, quotes)"
    case structure = "Structure (u undoes any of it)"
    case map = "The map, personas and figures"
    case workshop = "Workshop"
    case views = "Views (v, or :view NAME)"
    case overview = "Overview view"
    case personas = "Personas view"
    case insights = "Insights view"
    case metrics = "Metrics view"
    case channels = "Channels view"
    case present = "Presenting (:present) and themes"

    /// The section of a view's own keys.
    static func of(_ screen: MapScreen) -> HelpSection {
        switch screen {
        case .grid: .move
        case .overview: .overview
        case .personas: .personas
        case .insights: .insights
        case .metrics: .metrics
        case .channels: .channels
        }
    }
    case file = "History, file, screen"
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
