import JourneyView

/// The text of the open field, changed in place. The field's mode is taken
/// off the stack, and the taken value emptied, while its text changes, so
/// that no other copy shares the text's storage: a key typed into a 5 MB
/// title costs what it costs in a short one, not a copy of the whole text.
extension Editor {
    var topPrompt: PromptInput? {
        if case .prompt(let input) = mode { return input }
        return nil
    }

    var topCell: CellEdit? {
        if case .cell(let edit) = mode { return edit }
        return nil
    }

    mutating func editLine(_ change: (inout LineEditor) -> LineEditor.Outcome) -> LineEditor.Outcome {
        if var input = takePrompt() {
            defer { modes.append(.prompt(input)) }
            return change(&input.editor)
        }
        if var edit = takeCell() {
            defer { modes.append(.cell(edit)) }
            return change(&edit.editor)
        }
        return .ignored
    }

    /// The top prompt, off the stack. (Not a `switch` over the mode: its
    /// subject would keep a second reference to the text until the end.)
    private mutating func takePrompt() -> PromptInput? {
        guard topPrompt != nil, case .prompt(let input) = modes.removeLast() else { return nil }
        return input
    }

    private mutating func takeCell() -> CellEdit? {
        guard topCell != nil, case .cell(let edit) = modes.removeLast() else { return nil }
        return edit
    }
}
