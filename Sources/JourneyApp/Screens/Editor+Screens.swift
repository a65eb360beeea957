import JourneyCore
import JourneyView

/// The views other than the grid: switching to them, and handing each its
/// keys, typed fields and picked options. A view sits on the grid in the
/// mode stack, so Esc (or q) goes back to the grid where the cursor was.
extension Editor {
    /// `v`: the views, a letter each.
    mutating func chooseScreen() {
        let options = MapScreen.allCases.map { screen in
            Choice.Option(label: "\(screen.title): \(screen.summary)", hotkey: screen.hotkey, value: .screen(screen))
        }
        var choice = Choice(title: "View", options: options)
        choice.select(.screen(view.screen))
        push(.picker(choice))
    }

    /// `:view NAME`, or `:view` alone for the list.
    mutating func showScreen(named typed: String) {
        let name = typed.lowercased()
        if name.isEmpty { return chooseScreen() }
        guard let screen = MapScreen.allCases.first(where: { $0.rawValue.hasPrefix(name) }) else {
            refuse("no view \"\(DisplayText.singleLine(name))\"; the views are "
                + MapScreen.allCases.map(\.rawValue).joined(separator: ", "))
            return
        }
        show(screen)
    }

    mutating func show(_ screen: MapScreen) {
        popToGrid()
        if screen != .grid { push(.screen(screen)) }
        // The current state is read afresh each time the compare view opens: someone may have changed it.
        if screen == .compare { readCurrentState() }
    }

    mutating func screenKey(_ key: Key, _ screen: MapScreen) {
        message = nil
        if let command = Commands.screenKeys[screen]?[key] {
            return run(command)
        }
        refuse("no key \(key.label) in the \(screen.rawValue) view; ? shows the keys, Esc goes back to the grid")
    }

    mutating func answerScreenField(_ field: ScreenField, _ text: String) -> Bool {
        field.screen.controller.answer(&self, field, text)
    }

    mutating func pickScreenOption(_ option: ScreenField) {
        option.screen.controller.pick(&self, option)
    }
}

extension Commands {
    static let views: [Command] = [
        Command("view", keys: [.character("v")], alsoIn: [.views], section: .views,
                takes: [.word("NAME", completing: .views).optional],
                "switch view: " + MapScreen.allCases.map(\.rawValue).joined(separator: ", ")) { e, a in
            e.showScreen(named: a.text("NAME"))
        },
    ]

    /// A key of a view, named after it, working there only, explained in its section of the help.
    static func viewKey(_ screen: MapScreen, _ name: String, _ keys: [Key], keyLabel: String? = nil, changesMap: Bool = false,
                        hint: Hint? = nil, _ summary: String, run: @escaping @Sendable (inout Editor) -> Void) -> Command {
        Command(screen.rawValue + "-" + name, keys: keys, keyLabel: keyLabel, scope: .screen(screen), section: .of(screen),
                hint: hint, changesMap: changesMap, typable: false, summary) { e, _ in run(&e) }
    }

    /// A view's list keys (see `ListRows`).
    static func listKeys(_ screen: MapScreen, _ rows: ListRows) -> [Command] {
        rows.commands(prefix: screen.rawValue + "-", scope: .screen(screen), section: .of(screen))
    }

    /// Esc and q go back to the grid from any view.
    static func back(_ screen: MapScreen) -> Command {
        Command("\(screen.rawValue)-back", keys: [.escape, .character("q")], scope: .screen(screen), section: .of(screen),
                typable: false, "back to the grid") { e, _ in e.show(.grid) }
    }
}
