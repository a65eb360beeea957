import JourneyView

/// The keys of a field being typed (a cell in place, or a line at the
/// prompt) beyond the line editor's own: the help, the status line's hints
/// and `cellKey` all read them here.
enum FieldKeys {
    enum Action {
        case keep, next, previous, drop, lineBreak
    }

    struct Row {
        let keys: [Key]
        let actions: [Action]
        let summary: String
        let hint: Hint?
    }

    static let rows: [Row] = [
        Row(keys: [.enter, .escape], actions: [.keep, .keep], summary: "keep the text (in a cell; at a prompt Esc cancels)",
            hint: Hint("keep", keys: "Enter")),
        Row(keys: [.tab, .backTab], actions: [.next, .previous],
            summary: "keep it and type the next (previous) lane's field of this touchpoint, as in a form (not Metrics: :metric sets those)",
            hint: Hint("next lane", keys: "Tab")),
        Row(keys: [.control("c"), .control("g")], actions: [.drop, .drop],
            summary: "drop what was typed in the cell (:undrop brings it back)", hint: Hint("drop", keys: "^C")),
        Row(keys: [.control("o")], actions: [.lineBreak], summary: "a line break in the cell (a pasted text keeps its own)",
            hint: nil),
    ]

    static let actions: [Key: Action] = Dictionary(uniqueKeysWithValues: rows.flatMap { zip($0.keys, $0.actions) })

    static let hints: [KeyHint] = rows.compactMap { row in row.hint.map { KeyHint($0.keys ?? row.keys[0].label, $0.word) } }
}
