import JourneyCore
import JourneyView

/// The mouse, when it is on: in the grid a click puts the cursor on the
/// cell, header or lane under it, a double-click edits there as Enter does
/// (or renames a header or lane), and the wheel scrolls; in the views, the
/// item list, pickers, the help and a presentation the wheel moves as ↓ and ↑
/// do. The mouse never changes the map itself: a double-click runs the same
/// command as its key, read-only checks and undo included. While text is
/// typed (a cell, a prompt) the mouse is ignored.
extension Editor {
    /// Whether the mouse is reported now.
    public var mouse: Bool { mouseSetting.on }

    /// `--mouse`: on from the start, for this run (the runtime asks the terminal).
    public mutating func useMouse() {
        mouseSetting.on = true
    }

    /// `:set mouse`, `:set nomouse`, `:mouse on|off`: for this run and, remembered, the next ones.
    mutating func setMouse(_ on: Bool) {
        mouseSetting.asked = true
        effects.append(.mouse(on: on, remember: true))
    }

    mutating func mouseSwitched(on: Bool, problem: String?) {
        mouseSetting.on = on
        defer { mouseSetting.asked = false }
        let state = on ? "mouse on" : "mouse off"
        if let problem {
            say(mouseSetting.asked && on ? state + " for this run; " + problem : problem)
        } else if mouseSetting.asked {
            say(state + (on ? " (remembered); Shift-drag still selects text" : " (remembered): the terminal selects text again"))
        }
    }

    mutating func mouseEvent(_ event: MouseEvent) {
        guard mouse, topCell == nil, topPrompt == nil else { return }
        if case .grid = mode, EditorLayout.isTooSmall(width: width, height: height) { return }
        let down = event.action == .wheelDown
        switch mode {
        case .grid: gridMouse(event)
        case .items where event.isWheel: move(in: Commands.cellItemsList, down ? .down : .up)
        case .items:
            // A click on the grid leaves the list for that cell.
            guard layout.hit(x: event.x, y: event.y, state: view, index: index) != nil else { return }
            closeItems()
            gridMouse(event)
        case .screen(let screen) where event.isWheel: screenKey(down ? .down : .up, screen)
        case .picker(let choice) where event.isWheel: pickerKey(down ? .down : .up, choice)
        case .picker(let choice): pickerClick(event, choice)
        case .help(let scroll) where event.isWheel: helpKey(down ? .down : .up, scroll: scroll + (down ? 2 : -2))
        case .present(let present) where event.isWheel: presentKey(down ? .down : .up, present)
        case .present where event.action == .click: presentStage(by: 1)
        case .screen, .help, .present, .cell, .prompt: break
        }
    }

    mutating func gridMouse(_ event: MouseEvent) {
        pendingScore = nil
        switch event.action {
        case .wheelUp, .wheelDown:
            return scroll(by: event.action == .wheelDown ? 1 : -1, sideways: event.shift || layout.allLanesFit)
        case .click, .doubleClick: break
        }
        guard let hit = layout.hit(x: event.x, y: event.y, state: view, index: index) else { return }
        message = nil
        let edit: String
        switch hit {
        case .cell(let column, let lane):
            gridPlace.column = column
            gridPlace.lane = lane
            edit = "edit"
        case .touchpoint(let column):
            gridPlace.column = column
            edit = "rename"
        case .stage(let stage, _):
            gridPlace.column = index.column(stage: stage)
            edit = "rename-stage"
        case .laneLabel(let lane):
            gridPlace.lane = lane
            edit = "rename-lane"
        }
        reveal()
        if event.action == .doubleClick, let command = Commands.named(edit) { run(command) }
    }

    /// The wheel: a lane a notch, or a column sideways (with Shift, or when
    /// every lane fits already). The view moves; the cursor only as far as it
    /// must to stay on the screen.
    mutating func scroll(by step: Int, sideways: Bool) {
        let layout = self.layout
        if sideways {
            let perScreen = layout.geometry.columnsPerScreen
            gridPlace.firstColumn = max(0, min(gridPlace.firstColumn + step, index.count - perScreen))
            gridPlace.column = max(gridPlace.firstColumn, min(gridPlace.column, gridPlace.firstColumn + perScreen - 1))
        } else {
            // Down only while lanes are left below; up only while lanes are above.
            if step > 0, layout.wholeLanes(from: gridPlace.firstLane).upperBound >= layout.lanes.count { return }
            gridPlace.firstLane = max(0, min(gridPlace.firstLane + step, layout.lanes.count - 1))
            let shown = layout.wholeLanes(from: gridPlace.firstLane)
            gridPlace.lane = max(shown.lowerBound, min(gridPlace.lane, shown.upperBound - 1))
        }
        reveal()
    }

    /// A click on an option picks it, as Enter does on it.
    mutating func pickerClick(_ event: MouseEvent, _ choice: Choice) {
        guard event.action == .click || event.action == .doubleClick,
              let option = PickerOverlay.option(at: event.x, event.y, of: choice.picker, width: width, height: height) else { return }
        var choice = choice
        choice.selected = option
        replaceTop(.picker(choice))
        pickerKey(.enter, choice)
    }
}

extension Commands {
    static let mouse: [Command] = [
        Command("mouse", section: .file, takes: [.onOff.optional],
                "the mouse: click a cell to go there, double-click to edit, the wheel scrolls; remembered for the "
                    + "next runs (also :set mouse, :set nomouse); off, the terminal selects and pastes") { e, a in
            e.setMouse(a.on ?? true)
        },
    ]
}
