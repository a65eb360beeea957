import JourneyView

/// The help, made from the command table: a section per kind of command,
/// a line per command with its keys, how it is typed and what it does.
public enum HelpContent {
    public static let rows: [HelpRow] = HelpSection.allCases.enumerated().flatMap { index, section -> [HelpRow] in
        let commands = Commands.all.filter { $0.section == section }
        return (index > 0 ? [HelpRow.blank] : []) + [.title(section.rawValue)]
            + commands.map { .line(keys: $0.keysText, typed: $0.keys.isEmpty || !$0.usage.isEmpty ? $0.typed : "",
                                   summary: $0.summary) }
    } + [
        .blank, .title("While typing in a cell or a line"),
        .line(keys: "Enter Esc", typed: "", summary: "keep the text (in a cell; at a prompt Esc cancels)"),
        .line(keys: "Ctrl-C", typed: "", summary: "drop what was typed in the cell (:undrop brings it back)"),
        .line(keys: "Ctrl-O", typed: "", summary: "a line break in the cell (a pasted text keeps its own)"),
        .line(keys: "← → Home End", typed: "", summary: "move; Ctrl-← Ctrl-→ by word; Ctrl-A Ctrl-E start / end"),
        .line(keys: "Ctrl-K Ctrl-U Ctrl-W", typed: "", summary: "delete to the end / to the start / the word before"),
    ]
}
