import FoundationEssentials
import JourneyCore
import JourneyView

/// The editor as state and an update step: an event in, the state changed,
/// effects out for the runtime to perform. Nothing here touches a terminal
/// or a file, so tests drive it with events alone.
public struct Editor {
    public internal(set) var document: Document
    /// The cursor's column and lane are positions, re-found by id whenever the map changes.
    var gridPlace = GridPlace()
    var settings = ViewSettings()
    var file: FileStatus
    /// Each view's selection and scroll, kept while other views are shown.
    var screens = ScreenStates.everyView
    var message: StatusMessage?
    let lanesMemo = LanesMemo()
    var modes: [Mode] = [.grid]
    var index: ColumnIndex
    var width = 80
    var height = 24
    var effects: [Effect] = []
    public internal(set) var isFinished = false
    /// Whether edits are journaled (a file to recover for, and not read-only).
    var journaling = false
    /// Journals found at opening, until recovered or dropped.
    var pendingJournals: [FoundJournal] = []
    /// A recovery's collisions still to decide, and what was decided.
    var openConflicts: [RecoveryConflict] = []
    var recoveryChoices: [String: RecoverySide] = [:]
    var commandHistory: [String] = []
    var dropped: DroppedEdit?
    /// Digits typed on the emotion lane that may still grow (e.g. "-" or "1" on a 0..10 scale).
    var pendingScore: String?
    var mouseSetting = MouseSetting()
    /// The state of each feature that is on (see `EditorFeature`).
    var featureStates = FeatureStates()
    /// `:keys` is on: keys show their bytes and do nothing else.
    public internal(set) var isTestingKeys = false
    /// Unknown key sequences already told of, to tell each once.
    var unknownKeysTold: Set<String> = []
    /// The map's workspace library, where a save writes its edited shared personas and channels.
    var workspaceLibrary: LibraryLink?
    /// `:wq` waits for the library's write, to stay open if it fails.
    var quitAfterLibrary = false
    /// The time, for the timer; tests set a clock of their own.
    public var clock: @Sendable () -> Date = { Date() }

    public init(document: Document, displayName: String, isNewFile: Bool = false, opening: Opening = .clean,
                width: Int = 80, height: Int = 24) {
        self.document = document
        self.index = ColumnIndex(document.map)
        self.width = width
        self.height = height
        file = FileStatus(name: displayName)
        file.isNew = isNewFile
        if isNewFile { say("new file: it is created when you save (Ctrl-S)") }
        begin(opening)
        if let notice = conflictsNotice { warn(notice) }
        reveal()
        settle()
    }

    public var map: JourneyMap { document.map }
    var isTooSmall: Bool { EditorLayout.isTooSmall(width: width, height: height) }
    var mode: Mode { modes[modes.count - 1] }
    public var modeName: String { mode.name }

    /// What a change refused in read-only mode says.
    var readOnlyNote = "read-only: nothing here changes the file (W saves a copy elsewhere)"

    var readOnly: Bool {
        get { file.isReadOnly }
        set { file.isReadOnly = newValue }
    }

    // MARK: the update step

    public mutating func update(_ event: Event) -> [Effect] {
        effects = []
        switch event {
        case .keyRead(let key, let bytes): testKey(key, bytes: bytes)
        case .paste(let text) where isTestingKeys: say("key test: a paste of \(text.count) characters · q ends")
        case .key, .burst, .paste, .mouse:
            // The one place a watcher's input turns off from an editor's.
            if isWatching { watcherInput(event) } else { input(event) }
        case .resize(let w, let h):
            width = w
            height = h
            reveal()
        case .tick: break
        case .fileChanged:
            warn("\(file.name) was changed on disk by another program; saving will ask first")
        case .saveFinished(let result): finishSave(result)
        case .reloaded(let result): finishReload(result)
        case .journaled(let report): journaled(report)
        case .recovered(let results): recovered(results)
        case .themeSwitched(let result): themeSwitched(result)
        case .mouseSwitched(let on, let problem): mouseSwitched(on: on, problem: problem)
        case .libraryWritten(let update, let report): libraryWritten(update, report)
        default: deliver(event)
        }
        settle()
        return effects
    }

    mutating func input(_ event: Event) {
        switch event {
        case .key(let key): handle(key)
        case .burst(let keys): burst(keys)
        case .paste(let text): paste(text)
        case .mouse(let event): mouseEvent(event)
        default: break
        }
    }

    mutating func handle(_ key: Key) {
        if case .unknown(let bytes) = key { return unknownKey(bytes) }
        if case .grid = mode, isTooSmall {
            if let command = Commands.tooSmallKeys[key] { run(command) }
            return
        }
        // Fields first, without holding a copy of the mode: their text is edited in place.
        if topCell != nil { return cellKey(key) }
        if topPrompt != nil { return promptKey(key) }
        switch mode {
        case .grid: gridKey(key)
        case .screen(let screen): screenKey(key, screen)
        case .items(let list): itemKey(key, list)
        case .picker(let choice): pickerKey(key, choice)
        case .help(let scroll): helpKey(key, scroll: scroll)
        case .present(let present): presentKey(key, present)
        case .cell, .prompt: break
        }
    }

    /// Runs a command from the table, unless read-only mode forbids it.
    mutating func run(_ command: Command, _ arguments: Arguments = Arguments()) {
        if readOnly && command.changesMap {
            refuse(readOnlyNote)
            return
        }
        command.run(&self, arguments)
    }

    /// Runs a command with the words typed after its name, once they fit what it takes.
    mutating func run(_ command: Command, typed line: String) {
        guard !(readOnly && command.changesMap) else { return refuse(readOnlyNote) }
        switch command.signature.parse(line, in: self) {
        case .success(let arguments): run(command, arguments)
        case .failure(let problem): refuse(problem.description(of: command.name), usageOf: command.name)
        }
    }

    /// A prompt's answer read as a command's words; nil, refused with `otherwise`, when they do not fit.
    mutating func read(_ line: String, as signature: Signature, otherwise problem: String) -> Arguments? {
        guard case .success(let arguments) = signature.parse(line, in: self) else {
            refuse(problem)
            return nil
        }
        return arguments
    }

    // MARK: the mode stack

    mutating func push(_ mode: Mode) {
        modes.append(mode)
    }

    /// Replaces the top mode (its state changed).
    mutating func replaceTop(_ mode: Mode) {
        modes[modes.count - 1] = mode
    }

    /// Closes the top mode; the grid at the bottom stays.
    mutating func pop() {
        if modes.count > 1 { modes.removeLast() }
    }

    /// Back to the grid, closing everything over it.
    mutating func popToGrid() {
        modes = [modes[0]]
    }

    // MARK: drawing

    public func frame(theme: Theme) -> CellGrid {
        let view = view
        return EditorScreen.render(map: map, index: index, state: view, theme: theme, width: width, height: height,
                                   help: view.showHelp ? HelpContent.rows : [])
    }
}

/// Text typed and then dropped with Ctrl-C, kept so `:undrop` can bring it back.
enum DroppedEdit {
    /// Typed into a cell.
    case cell(touchpoint: String, lane: String, text: String)
    /// Typed as a list item, new or edited: the line as it was, its purpose naming the item by id.
    case item(PromptInput)
}
