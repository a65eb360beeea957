import JourneyView

extension Editor {
    /// What the screen shows, made here and nowhere else: the editor's cursor,
    /// settings, file and views' states, the overlays of its modes (so the
    /// screen can never show one mode while the keys go to another), the
    /// status line's words and the features' badges.
    public var view: ViewState {
        var view = made(withOpenField: true)
        view.file.isModified = document.isModified
        view.message = message
        if view.screen != .grid { view.screenStatus = view.screen.controller.status(self) }
        view.modeName = mode.name
        view.hints = mode.hints
        for feature in Self.features { feature.badge(self, on: &view) }
        return view
    }

    /// The part of the view that places things on the screen (the cursor, the
    /// settings, the open list, the view shown), made on every move. The text
    /// being typed is left out: wrapping it again on every key is the frame's
    /// work alone (the cursor is revealed as the grid stands without it).
    var layoutView: ViewState { made(withOpenField: false) }

    private func made(withOpenField field: Bool) -> ViewState {
        var view = ViewState(file: file)
        view.gridPlace = gridPlace
        view.settings = settings
        view.screens = screens
        view.lanesMemo = lanesMemo
        for mode in modes {
            switch mode {
            case .grid: view.screen = .grid
            case .screen(let screen): view.screen = screen
            case .items(let list): view.itemSelection = itemIndex(list) ?? 0
            case .cell(let edit): if field { view.cellEditor = edit.editor }
            case .prompt(let prompt): if field { view.prompt = Prompt(label: prompt.label, editor: prompt.editor) }
            case .picker(let choice): view.picker = choice.picker
            case .help(let scroll):
                view.showHelp = true
                view.helpScroll = scroll
            case .present(let present): view.present = present
            }
        }
        return view
    }
}
