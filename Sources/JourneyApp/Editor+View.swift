import JourneyView

extension Editor {
    /// What the screen shows, made here and nowhere else: the editor's cursor,
    /// settings, file and views' states, the overlays of its modes (so the
    /// screen can never show one mode while the keys go to another), and the
    /// features' badges.
    public var view: ViewState {
        var view = ViewState(file: file)
        view.file.isModified = document.isModified
        view.gridPlace = gridPlace
        view.settings = settings
        view.screens = screens
        view.message = message
        view.lanesMemo = lanesMemo
        for mode in modes {
            switch mode {
            case .grid: view.screen = .grid
            case .screen(let screen):
                view.screen = screen
                view.screenStatus = screen.controller.status(self)
            case .items(let list): view.itemSelection = itemIndex(list) ?? 0
            case .cell(let edit): view.cellEditor = edit.editor
            case .prompt(let prompt): view.prompt = Prompt(label: prompt.label, editor: prompt.editor)
            case .picker(let choice): view.picker = choice.picker
            case .help(let scroll):
                view.showHelp = true
                view.helpScroll = scroll
            case .present(let present): view.present = present
            }
        }
        view.modeName = mode.name
        view.hints = mode.hints
        for feature in Self.features { feature.badge(self, on: &view) }
        return view
    }
}
