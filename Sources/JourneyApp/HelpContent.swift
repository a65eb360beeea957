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

    /// The keys of a field, then the line editor's: not commands, the same in every field.
    public static let typing: [(keys: String, summary: String)] =
        FieldKeys.rows.map { ($0.keys.map(\.label).joined(separator: " "), $0.summary) }
        + LineEditor.bindings.map { ($0.keys.map(\.label).joined(separator: " "), $0.summary) }
}
