import JourneyCore
import JourneyView

/// What the keys mean right now. The editor keeps a stack: the grid at the
/// bottom, then whatever was opened over it (an item list, a cell being
/// typed into, a prompt, a picker, the help). The top mode takes the keys.
enum Mode {
    case grid
    /// A view of the map other than the grid (the grid stays below it).
    case screen(MapScreen)
    case items(ItemList)
    case cell(CellEdit)
    case prompt(PromptInput)
    case picker(Choice)
    case help(scroll: Int)
    /// A presentation of the map, a stage at a time (not a view of `v`: it is for the room, not for editing).
    case present(PresentState)

    /// The mode's name on the status line, in words, so it reads in monochrome too.
    var name: String {
        switch self {
        case .grid: "GRID"
        case .screen(let screen): screen.title.uppercased()
        case .items: "ITEMS"
        case .cell: "TYPING"
        case .prompt(let prompt):
            switch prompt.purpose {
            case .command: "COMMAND"
            case .search: "SEARCH"
            case .confirm, .confirmQuit: "ANSWER"
            case .capture: "CAPTURE"
            default: "TYPING"
            }
        case .picker: "CHOOSE"
        case .help: "HELP"
        case .present: "PRESENT"
        }
    }

    /// The keys that matter most here, for the status line.
    var hints: [KeyHint] {
        switch self {
        case .grid: Commands.hints[CommandScope.grid] ?? []
        case .screen(let screen): Commands.hints[.screen(screen)] ?? []
        case .items: Commands.hints[.items] ?? []
        case .cell: FieldKeys.hints
        case .prompt: []
        case .picker(let choice): choice.takesLetters ? [KeyHint("Esc", "cancel")] : [KeyHint("Enter", "pick"), KeyHint("Esc", "close")]
        case .help: [KeyHint("Esc", "close")]
        case .present: Commands.hints[.present] ?? []
        }
    }

}

/// The item list of a pain-point, opportunity or quote lane, by id.
struct ItemList {
    var touchpoint: String
    var kind: LaneKind
    /// The selected item; nil when the list is empty.
    var selected: String?
    /// After `I` or `E`: the next digit rates the item.
    var pendingRating: RatingKind?
    /// Opened by `a` in the grid just to add one item: closes once it is added.
    var openedToAdd = false
}

enum RatingKind: Equatable {
    case impact, effort
    var name: String { figure.rawValue }
    var figure: ItemFigure { self == .impact ? .impact : .effort }
}

/// Text typed into a cell, in place.
struct CellEdit {
    var touchpoint: String
    var lane: String
    var editor: LineEditor
}

/// A line typed in the status line, and what it is for.
struct PromptInput {
    var label: String
    var editor: LineEditor
    var purpose: PromptPurpose
    /// For the command line: the position in the recalled history.
    var historyPosition: Int?
}

/// What a typed line is for. Things are named by id, so a change made in
/// between can never aim the answer at something else.
enum PromptPurpose: Equatable {
    case command
    case search
    case renameTouchpoint(String)
    case renameStage(String)
    case title
    /// A touchpoint in this stage, after (or before) a touchpoint, or first when nil.
    case newTouchpoint(stage: String, neighbour: String?, before: Bool)
    case newStage(after: String?)
    case newLane(after: String?)
    case renameLane(String)
    case newChannel(touchpoint: String)
    case newSource(citing: ClaimAddress?)
    case newItem(touchpoint: String, kind: LaneKind, after: String?)
    /// Capture mode: each Enter keeps an item and asks for the next (see `Capture`).
    case capture(Capture)
    case editItem(touchpoint: String, kind: LaneKind, item: String)
    case scores(touchpoint: String)
    case saveAs(thenQuit: Bool)
    case confirmQuit
    case confirm(Confirmation)
    /// A field of a view other than the grid.
    case screenField(ScreenField)
}

/// A yes-or-no question; the answer runs the request again without the check.
enum Confirmation: Equatable {
    case overwrite(path: String, thenQuit: Bool)
    case writeReadOnly(path: String, thenQuit: Bool)
}
