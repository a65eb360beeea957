import JourneyView

/// The help, made from the command table: a section per kind of command,
/// a line per command with its keys, how it is typed and what it does.
public enum HelpContent {
    public static let rows: [HelpRow] = HelpSection.allCases.enumerated().flatMap { index, section -> [HelpRow] in
        let commands = Commands.all.filter { $0.section == section }
        return (index > 0 ? [HelpRow.blank] : []) + [.title(section.title)]
            + commands.map { .line(keys: $0.keysText, typed: $0.keys.isEmpty || !$0.usage.isEmpty ? $0.typed : "",
                                   summary: $0.summary) }
    } + [.blank, .title(typingTitle)] + typing.map { .line(keys: $0.keys, typed: "", summary: $0.summary) }

    public static let typingTitle = "While typing in a cell or a line"

    /// The line editor's keys: not commands, the same in every field.
    public static let typing: [(keys: String, summary: String)] = [
        ("Enter Esc", "keep the text (in a cell; at a prompt Esc cancels)"),
        ("Ctrl-C", "drop what was typed in the cell (:undrop brings it back)"),
        ("Ctrl-O", "a line break in the cell (a pasted text keeps its own)"),
        ("Tab Shift-Tab", "keep it and type the next (previous) lane's field of this touchpoint, as in a form"),
        ("← → Home End", "move; Ctrl-← Ctrl-→ by word; Ctrl-A Ctrl-E start / end"),
        ("Ctrl-K Ctrl-U Ctrl-W", "delete to the end / to the start / the word before"),
    ]
}
