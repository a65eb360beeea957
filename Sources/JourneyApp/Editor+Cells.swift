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
                dropped = DroppedEdit(touchpoint: edit.touchpoint, lane: edit.lane, text: edit.editor.text)
                view.message = "edit dropped; :undrop brings it back"
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
            dropped = DroppedEdit(touchpoint: edit.touchpoint, lane: edit.lane, text: edit.editor.text)
            view.message = "that touchpoint is gone; :undrop puts the text in the cell under the cursor"
            return
        }
        commit(Edits.setText(map, stage: s, index: i, lane: edit.lane, text: edit.editor.text))
    }

    /// Reopens the last dropped edit, on its cell if it still exists, else under the cursor.
    mutating func undrop() {
        guard let dropped else {
            view.message = "no dropped edit to bring back"
            return
        }
        if place(of: dropped.touchpoint) != nil {
            moveCursor(to: EditLocation(stage: nil, touchpoint: dropped.touchpoint, lane: dropped.lane))
        }
        guard let lane = currentLane, lane.kind.holdsText, let (_, _, id) = requireTouchpoint() else {
            view.message = "move to a text lane to put the dropped text there"
            return
        }
        self.dropped = nil
        popToGrid()
        push(.cell(CellEdit(touchpoint: id, lane: lane.id, editor: LineEditor(dropped.text))))
        reveal()
    }
}
