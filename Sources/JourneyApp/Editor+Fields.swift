import JourneyCore
import JourneyView

/// Filling a touchpoint like a form: Tab keeps what was typed and opens
/// the next lane's field at the same touchpoint (Shift-Tab the one above),
/// so a facilitator types a whole touchpoint without leaving the keyboard's
/// home row for the arrows.
extension Editor {
    /// Whether Tab and Shift-Tab in this prompt move to the next field.
    static func isFormField(_ purpose: PromptPurpose) -> Bool {
        switch purpose {
        case .newItem, .scores, .newTouchpoint, .editItem: true
        default: false
        }
    }

    /// After a field was kept: the next (or previous) lane's field, here. The
    /// Metrics lane is skipped: its figures are set at the command line, and a
    /// form that jumped there would leave the typist at a `:` prompt.
    mutating func advanceField(by step: Int) {
        popToGrid()
        var target = gridPlace.lane + step
        while shownLanes.indices.contains(target), shownLanes[target].kind == .metrics { target += step }
        guard shownLanes.indices.contains(target) else {
            say(step > 0 ? "that was the last lane to type in; o adds the next touchpoint" : "that was the first lane")
            return
        }
        gridPlace.lane = target
        reveal()
        openField()
    }

    /// The field of the cursor's cell, ready to add to.
    mutating func openField() {
        guard !readOnly, here != nil else { return }
        let said = message
        editCell(.append)
        if message == nil { message = said }
    }
}
