import JourneyCore
import JourneyView

/// The editor's loop: draw a frame, read a key, update the state, repeat.
/// Everything it decides is plain data, so it runs the same on ncurses and
/// on the headless terminal.
public final class EditorApp {
    public private(set) var map: JourneyMap
    public private(set) var state: ViewState
    let index: ColumnIndex
    let theme: Theme

    public init(map: JourneyMap, fileName: String, isNewFile: Bool = false, theme: Theme) {
        self.map = map
        self.index = ColumnIndex(map)
        self.theme = theme
        state = ViewState(fileName: fileName)
        state.isNewFile = isNewFile
        if isNewFile { state.message = "new file: it is created on first save" }
    }

    public func frame(width: Int, height: Int) -> CellGrid {
        EditorScreen.render(map: map, index: index, state: state, theme: theme, width: width, height: height)
    }

    /// Handles one key; returns false when the editor should quit.
    public func handle(_ key: Key, width: Int, height: Int) -> Bool {
        let layout = EditorLayout(map: map, state: state, width: width, height: height)
        if key == .resize {
            layout.reveal(&state, columnCount: index.count)
            return true
        }
        if state.showHelp, key == .escape {
            state.showHelp = false
            return true
        }
        if layout.isTooSmall {
            return Keymap.command(for: key) != .quit
        }
        guard let command = Keymap.command(for: key) else {
            state.message = "no key \(describe(key)); ? shows the keys"
            return true
        }
        state.message = nil
        if command == .quit { return false }
        Navigation.apply(command, to: &state, map: map, index: index, layout: layout)
        return true
    }

    func describe(_ key: Key) -> String {
        switch key {
        case .character(let c): "'\(DisplayText.escaped(String(c)))'"
        case .control(let c): "Ctrl-\(c.uppercased())"
        default: "\(key)"
        }
    }

    public func run(on terminal: Terminal) {
        EditorLayout(map: map, state: state, width: terminal.width, height: terminal.height)
            .reveal(&state, columnCount: index.count)
        while true {
            terminal.present(frame(width: terminal.width, height: terminal.height))
            guard let key = terminal.readKey() else { return }
            if Keymap.command(for: key) == .redraw { terminal.invalidate() }
            guard handle(key, width: terminal.width, height: terminal.height) else { return }
        }
    }
}
