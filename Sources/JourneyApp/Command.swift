import JourneyView

/// Where a command's keys work.
public enum CommandScope: Hashable, Sendable {
    case grid, items, present
    case screen(MapScreen)
    /// Every view other than the grid, under the view's own keys.
    case views
    /// The grid when the terminal is too small to draw it: only a way out.
    case tooSmall
    /// A watcher's keys (`journey watch`), over whatever it shows.
    case watcher

    var isView: Bool {
        if case .screen = self { true } else { false }
    }
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
    public static let evidence = HelpSection(title: "Evidence (what the map rests on)")
    public static let views = HelpSection(title: "Views (v, or :view NAME)")
    public static let present = HelpSection(title: "Presenting (:present) and themes")
    public static let file = HelpSection(title: "History, file, screen")

    /// A view's own keys.
    public static func of(_ screen: MapScreen) -> HelpSection { screen == .grid ? .move : HelpSection(title: screen.title + " view") }

    /// The sections in the order the help shows them.
    public static let allCases: [HelpSection] = [.move, .edit, .emotion, .items, .structure, .map, .linked, .evidence, .workshop, .views]
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
    /// Where its keys work: first its own place, then places it also works
    /// in, under the keys that belong there (see `Commands.keymap`).
    public let scopes: [CommandScope]
    public var scope: CommandScope { scopes[0] }
    public let section: HelpSection
    /// What it takes after its name at `:`.
    let signature: Signature
    public let summary: String
    /// Refused in read-only mode.
    public let changesMap: Bool
    /// Whether it can be typed after `:` (item-list keys cannot).
    public let typable: Bool
    /// Its word on the status line in its own place, if it has one.
    let hint: Hint?
    let run: @Sendable (inout Editor, Arguments) -> Void

    init(_ name: String, aliases: [String] = [], keys: [Key] = [], keyLabel: String? = nil, scope: CommandScope = .grid,
         alsoIn: [CommandScope] = [], section: HelpSection, hint: Hint? = nil, takes signature: Signature = [],
         changesMap: Bool = false, typable: Bool = true, _ summary: String,
         run: @escaping @Sendable (inout Editor, Arguments) -> Void) {
        self.name = name
        self.aliases = aliases
        self.keys = keys
        self.keyLabel = keyLabel
        self.scopes = [scope] + alsoIn
        self.section = section
        self.signature = signature
        self.summary = summary
        self.changesMap = changesMap
        self.typable = typable
        self.hint = hint
        self.run = run
    }

    /// The keys as the help shows them.
    public var keysText: String { keyLabel ?? keys.map(\.label).joined(separator: " ") }

    /// What it takes, e.g. "NAME [VALUE]" (empty: nothing).
    public var usage: String { signature.usage }

    /// How it is typed at the command line, e.g. ":metric NAME [VALUE]".
    public var typed: String { typable ? ":" + name + (usage.isEmpty ? "" : " " + usage) : "" }

    /// The one usage text, told when the arguments are wrong.
    var usageLine: String { "usage: " + typed + " — " + summary }
}

/// A command on the status line: its key and a word. The status line cuts
/// hints from the end on a narrow screen, so the ones that matter most come first.
struct Hint: Sendable {
    let word: String
    /// The keys as the hint shows them, when not the command's first key (e.g. "+-" for two commands).
    let keys: String?
    /// Its place among the hints (then the table's order).
    let order: Int

    init(_ word: String, keys: String? = nil, order: Int = 0) {
        self.word = word
        self.keys = keys
        self.order = order
    }
}
