import JourneyCore
import JourneyView

/// The editor's loop: draw a frame, read a key, update the document or the
/// view state, repeat. Every change to the map goes through `Document` as a
/// transaction, so it can be undone; everything here is plain data, so it
/// runs the same on ncurses and on the headless terminal.
public final class EditorApp {
    public internal(set) var document: Document
    public internal(set) var state: ViewState
    var index: ColumnIndex
    let theme: Theme
    var width = 80
    var height = 24
    var quitting = false
    var suspending = false
    var discardOnQuit = false
    var promptPurpose: PromptPurpose?
    var pickerPurpose: PickerPurpose?
    var pendingRating: RatingKind?
    var commandHistory: [String] = []
    var commandHistoryPosition: Int?
    /// The map's file, its lock and this session's journal; nil for the built-in sample.
    var file: MapFile?
    var journaling = false
    var pendingJournals: [FoundJournal] = []
    /// Read-only mode lives in the view state, which the status line shows.
    var readOnly: Bool {
        get { state.isReadOnly }
        set { state.isReadOnly = newValue }
    }
    let situation: OpeningSituation

    public init(document: Document, displayName: String, isNewFile: Bool = false, theme: Theme,
                situation: OpeningSituation? = nil) {
        self.document = document
        self.situation = situation ?? .clean(nil)
        if case .clean(let file) = self.situation { self.file = file }
        self.index = ColumnIndex(document.map)
        self.theme = theme
        state = ViewState(fileName: displayName)
        state.isNewFile = isNewFile
        if isNewFile { state.message = "new file: it is created when you save (Ctrl-S)" }
    }

    public convenience init(map: JourneyMap, fileName: String, isNewFile: Bool = false, theme: Theme) {
        self.init(document: Document(map: map, path: fileName, isSaved: !isNewFile), displayName: fileName,
                  isNewFile: isNewFile, theme: theme)
    }

    public var map: JourneyMap { document.map }

    public func frame(width: Int, height: Int) -> CellGrid {
        EditorScreen.render(map: map, index: index, state: state, theme: theme, width: width, height: height)
    }

    public func run(on terminal: Terminal) {
        width = terminal.width
        height = terminal.height
        reveal()
        begin(situation)
        defer { finish() }
        while true {
            terminal.present(frame(width: terminal.width, height: terminal.height))
            guard let key = terminal.readKey() else { return }
            if key == .control("l") && state.prompt == nil && state.cellEditor == nil { terminal.invalidate() }
            guard handle(key, width: terminal.width, height: terminal.height) else { return }
            if suspending {
                suspending = false
                terminal.suspend()
                width = terminal.width
                height = terminal.height
                reveal()
            }
        }
    }

    /// On the way out: a journal is kept only while it holds unsaved edits.
    func finish() {
        file?.close(keepJournal: document.isModified && !discardOnQuit)
    }

    /// Handles one key; returns false when the editor should quit.
    public func handle(_ key: Key, width: Int, height: Int) -> Bool {
        self.width = width
        self.height = height
        if key == .resize {
            reveal()
            return true
        }
        if state.showHelp {
            handleHelp(key)
        } else if state.prompt != nil {
            handlePrompt(key)
        } else if state.picker != nil {
            handlePicker(key)
        } else if state.cellEditor != nil {
            handleCellEditor(key)
        } else if layout.isTooSmall {
            if Keymap.command(for: key) == .quit { requestQuit() }
        } else if state.itemSelection != nil {
            handleItems(key)
        } else {
            handleNormal(key)
        }
        return !quitting
    }

    // MARK: where the cursor is

    var layout: EditorLayout { EditorLayout(map: map, state: state, width: width, height: height) }
    var visibleLanes: [Lane] { map.lanes.filter { !$0.hidden } }
    var currentLane: Lane? { visibleLanes.indices.contains(state.lane) ? visibleLanes[state.lane] : nil }
    var position: ColumnIndex.Position { index.position(of: state.column) }
    var location: EditLocation { EditLocation(column: state.column, lane: state.lane) }

    /// The stage and touchpoint under the cursor, or nil on an empty stage.
    var touchpointPosition: (stage: Int, index: Int)? {
        guard index.count > 0, !map.stages.isEmpty, let t = position.touchpoint else { return nil }
        return (position.stage, t)
    }

    var currentTouchpoint: Touchpoint? {
        touchpointPosition.map { map.stages[$0.stage].touchpoints[$0.index] }
    }

    func moveCursor(stage: Int, touchpoint: Int = 0) {
        state.column = index.column(stage: stage, touchpoint: touchpoint)
    }

    func reveal() { layout.reveal(&state, columnCount: index.count) }

    // MARK: changing the map

    /// Commits an edit (nil: nothing changed) and keeps the view in step.
    func commit(_ transaction: Transaction?, message: String? = nil) {
        guard let transaction else { return }
        guard !readOnly else {
            state.message = "read-only: this change was not made"
            return
        }
        let before = map
        document.commit(transaction, at: location)
        let kept = journalLastStep(before: before)
        documentChanged(journaled: false)
        if kept, let message { state.message = message }
    }

    /// After any step that changed the map: journal it, then fit the view.
    func documentChanged(journaled: Bool = true) {
        if journaled { journalLastStep() }
        index = ColumnIndex(map)
        state.isModified = document.isModified
        state.persona = map.personas.isEmpty ? 0 : min(state.persona, map.personas.count - 1)
        reveal()
    }

    func restore(_ location: EditLocation?) {
        documentChanged()
        if let location {
            state.column = location.column
            state.lane = location.lane
            reveal()
        }
    }

    func undo() { step(back: true) }
    func redo() { step(back: false) }

    /// Undo or redo one step; the cursor goes back to where the edit was made.
    func step(back: Bool) {
        guard !readOnly else {
            state.message = "read-only"
            return
        }
        guard back ? document.history.canUndo : document.history.canRedo else {
            state.message = back ? "nothing to undo" : "nothing to redo"
            return
        }
        restore(back ? document.undo() : document.redo())
        state.message = back ? "undone" : "redone"
    }

    // MARK: saving and quitting

    /// Saves; returns whether the map is now safely on disk. A question the
    /// store asks (read-only file, file exists, changed on disk) becomes a picker.
    @discardableResult
    func save(to path: String? = nil, force: Bool = false, thenQuit: Bool = false) -> Bool {
        guard path != nil || document.path != nil else {
            ask(.saveAs(thenQuit: thenQuit), label: "Save as:")
            return false
        }
        let sameFile = path == nil || path == document.path
        if readOnly && sameFile {
            state.message = "read-only: save elsewhere with W or :w PATH"
            return false
        }
        let target = file ?? MapFile.detached()
        let outcome = sameFile ? target.save(map, force: force) : target.saveAs(map, to: path!, force: force)
        switch outcome {
        case .saved:
            file = target
            document.markSaved(at: path ?? document.path!)
            readOnly = false
            startJournal()
            state.fileName = document.path ?? state.fileName
            state.isNewFile = false
            state.isModified = document.isModified
            state.message = "saved \(state.fileName) (\(map.touchpointCount) touchpoints)"
            return true
        case .changedOnDisk:
            offer(.changedOnDisk(thenQuit: thenQuit), title: "Changed on disk",
                  notes: ["\(document.path ?? "The file") was changed by someone else since you opened or saved it."],
                  options: [("o", "Overwrite it with yours"), ("r", "Reload theirs (u brings yours back)"),
                            ("s", "Save yours elsewhere"), ("c", "Cancel")], cancel: 3)
        case .readOnlyFile:
            offer(.readOnlyFile(thenQuit: thenQuit), title: "Read-only file",
                  notes: ["\(path ?? document.path ?? "The file") is a read-only file. Overwrite it anyway (as vim's :w!)?"],
                  options: [("o", "Overwrite it anyway"), ("s", "Save elsewhere"), ("c", "Cancel")], cancel: 2)
        case .exists:
            offer(.overwrite(path: path ?? "", thenQuit: thenQuit), title: "File exists",
                  notes: ["\(path ?? "The file") already exists. Replace it with this map?"],
                  options: [("o", "Overwrite it"), ("c", "Cancel")], cancel: 1)
        case .lockedElsewhere(let holder):
            state.message = "\(path ?? "") is open in another journey (\(holder.user)@\(holder.host), process \(holder.pid)); not saved"
        case .failed(let error):
            state.message = error.description
        }
        return false
    }

    func requestQuit(askEvenIfSaved: Bool = false) {
        if !document.isModified && askEvenIfSaved {
            ask(.confirmQuit, label: "Quit journey? y quits · Esc stays")
        } else if document.isModified && !readOnly {
            ask(.confirmQuit, label: "Unsaved changes. Save them? y save and quit · n quit without saving · Esc stay")
        } else {
            quitting = true
        }
    }

    // MARK: help

    func handleHelp(_ key: Key) {
        switch key {
        case .character("?"), .escape, .character("q"): state.showHelp = false
        case .down, .character("j"): state.helpScroll += 1
        case .up, .character("k"): state.helpScroll -= 1
        case .pageDown, .character(" "): state.helpScroll += max(1, height - 6)
        case .pageUp: state.helpScroll -= max(1, height - 6)
        default: break
        }
        state.helpScroll = max(0, min(state.helpScroll, HelpOverlay.maxScroll(height: height)))
    }
}
