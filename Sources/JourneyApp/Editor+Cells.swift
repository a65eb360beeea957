import JourneyCore
import JourneyView

/// Typing into a cell in place. Enter and Esc both keep the text (what a
/// facilitator typed is never thrown away by a reflex); Ctrl-C drops it, and
/// `:undrop` brings the dropped text back.
extension Editor {
    mutating func cellKey(_ key: Key) {
        let action = FieldKeys.actions[key]
        switch action {
        case .keep?:
            guard let edit = topCell else { return }
            pop()
            keep(edit)
        case .next?, .previous?:
            guard let edit = topCell else { return }
            pop()
            keep(edit)
            advanceField(by: action == .next ? 1 : -1)
            return
        case .drop?:
            guard let edit = topCell else { return }
            pop()
            if edit.editor.text != (touchpoint(id: edit.touchpoint)?.text[edit.lane] ?? "") {
                dropped = .cell(touchpoint: edit.touchpoint, lane: edit.lane, text: edit.editor.text)
                say("edit dropped; :undrop brings it back")
            }
        case .lineBreak?:
            _ = editLine { editor in
                editor.insert("\n")
                return .editing
            }
        case nil:
            _ = editLine { $0.handle(key) }
        }
        reveal()
    }

    mutating func keep(_ edit: CellEdit) {
        guard let (s, i) = place(of: edit.touchpoint) else {
            dropped = .cell(touchpoint: edit.touchpoint, lane: edit.lane, text: edit.editor.text)
            refuse("that touchpoint is gone; :undrop puts the text in the cell under the cursor")
            return
        }
        commit(Edits.setText(map, stage: s, index: i, lane: edit.lane, text: edit.editor.text))
    }

    /// Reopens the last dropped edit: a cell on its cell if it still exists,
    /// else under the cursor; a list item in its list, as it was being typed.
    mutating func undrop() {
        switch dropped {
        case nil: refuse("no dropped edit to bring back")
        case .cell(let touchpoint, let lane, let text): undropCell(touchpoint: touchpoint, lane: lane, text: text)
        case .item(let input): undropItem(input)
        }
    }

    private mutating func undropCell(touchpoint: String, lane: String, text: String) {
        if place(of: touchpoint) != nil {
            moveCursor(to: EditLocation(stage: nil, touchpoint: touchpoint, lane: lane))
        }
        guard let lane = currentLane, lane.kind.holdsText, let (_, _, id) = requireTouchpoint() else {
            refuse("move to a text lane to put the dropped text there")
            return
        }
        dropped = nil
        popToGrid()
        push(.cell(CellEdit(touchpoint: id, lane: lane.id, editor: LineEditor(text))))
        reveal()
    }

    private mutating func undropItem(_ input: PromptInput) {
        let list: ItemList
        switch input.purpose {
        case .newItem(let touchpoint, let kind, let after):
            list = ItemList(touchpoint: touchpoint, kind: kind, selected: after, openedToAdd: true)
        case .editItem(let touchpoint, let kind, let item):
            list = ItemList(touchpoint: touchpoint, kind: kind, selected: item)
        default: return
        }
        guard place(of: list.touchpoint) != nil, let lane = map.lanes.first(where: { $0.kind == list.kind }) else {
            refuse("that touchpoint is gone; nothing to bring the item back to")
            return
        }
        dropped = nil
        popToGrid()
        moveCursor(to: EditLocation(stage: nil, touchpoint: list.touchpoint, lane: lane.id))
        push(.items(list))
        push(.prompt(input))
        say("brought back: Enter keeps it")
    }
}
