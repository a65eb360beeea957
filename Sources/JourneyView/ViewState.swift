/// What the editor screen shows of a map: the cursor, the scroll position,
/// what is being typed and the overlays. Plain data, made by the app in one
/// place (`Editor.view`) from what it owns, read by the view.
public struct ViewState: Equatable, Sendable {
    public var gridPlace = GridPlace()
    public var settings = ViewSettings()
    public var file: FileStatus
    /// The grid's lanes as last drawn (see `LanesMemo`).
    public var lanesMemo = LanesMemo()
    public var message: StatusMessage?
    /// Text being typed into the cursor's cell, drawn in place.
    public var cellEditor: LineEditor?
    /// A question or a line typed in the status line (`:` commands, names).
    public var prompt: Prompt?
    /// The selected item while the items of a list lane are being edited.
    public var itemSelection: Int?
    public var picker: Picker?
    public var showHelp = false
    public var helpScroll = 0
    /// The editor's mode, named on the status line.
    public var modeName = "GRID"
    /// Which view of the map is shown, and where each view is.
    public var screen: MapScreen = .grid
    /// Each view's own state (see `ScreenStates`).
    public var screens = ScreenStates()
    /// What the status line says where the grid says the cursor's place.
    public var screenStatus = ""
    /// The presentation, while one is given (`:present`): it takes the whole screen.
    public var present: PresentState?
    /// A word for the status line while this editor leads or follows another
    /// (`:lead`, `journey watch`): "leading", "following", "watching".
    public var sharing: String?
    /// The workshop timer's face while one is set (`:timer`).
    public var timer: TimerFace?
    /// The open dot-voting round on the status line: voters and dots placed, never the tallies before the reveal.
    public var voting: String?
    /// The keys that matter in the current mode, on the right of the status line.
    public var hints: [KeyHint] = [KeyHint("?", "help"), KeyHint("q", "quit")]

    public init(file: FileStatus) {
        self.file = file
    }
}

/// Where the grid's cursor is and how far the grid has scrolled.
public struct GridPlace: Equatable, Sendable {
    /// Flat column (see `ColumnIndex`) and index among the visible lanes.
    public var column = 0
    public var lane = 0
    public var firstColumn = 0
    public var firstLane = 0
    /// The persona whose emotion score the score keys set.
    public var persona = 0

    public init() {}
}

/// How the grid is drawn, as the user set it.
public struct ViewSettings: Equatable, Sendable {
    public var showDetail = true
    /// On a slow link the terminal's cursor alone marks the cell (`:set slowlink`).
    public var slowLink = false
    /// Hidden lanes drawn anyway (marked as hidden) until switched off.
    public var showHiddenLanes = false
    /// While presenting, the countdown in block digits too (`:set bigtimer`).
    public var bigTimer = false
    /// Braille or whole cells (`:set curve`); every painter reads it from the theme (`Theme.curve`).
    public var curve = CurveStyle.braille

    public init() {}
}

/// The file the status line names, and how safe its edits are.
public struct FileStatus: Equatable, Sendable {
    public var name: String
    public var isNew = false
    public var isModified = false
    public var isReadOnly = false
    /// Edits made since the journal last could be written are not yet safe from a crash.
    public var journalBehind = false

    public init(name: String) {
        self.name = name
    }
}

public struct KeyHint: Equatable, Sendable {
    public var key: String
    public var action: String
    public init(_ key: String, _ action: String) {
        self.key = key
        self.action = action
    }
}

public struct Prompt: Equatable, Sendable {
    public var label: String
    public var editor: LineEditor

    public init(label: String, text: String = "") {
        self.label = label
        editor = LineEditor(text)
    }

    public init(label: String, editor: LineEditor) {
        self.label = label
        self.editor = editor
    }
}

/// A short list to choose from, drawn as a box over the grid, with lines
/// of explanation above it and a letter key for each option if given.
public struct Picker: Equatable, Sendable {
    public var title: String
    public var notes: [String]
    public var options: [String]
    public var hotkeys: [Character?]
    public var selected: Int
    /// What has been typed to filter the options; nil when the options take letter keys instead.
    public var filter: String?

    public init(title: String, notes: [String] = [], options: [String], hotkeys: [Character?] = [], selected: Int = 0,
                filter: String? = nil) {
        self.title = title
        self.notes = notes
        self.options = options
        self.hotkeys = hotkeys
        self.selected = selected
        self.filter = filter
    }
}

/// What the status line shows of the workshop timer.
public struct TimerFace: Equatable, Sendable {
    /// "timer 9:59", "timer 4:12 paused", "time is up".
    public var text: String
    /// Its last minute, or over: drawn to catch the eye.
    public var urgent: Bool

    public init(text: String, urgent: Bool) {
        self.text = text
        self.urgent = urgent
    }
}
