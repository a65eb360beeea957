/// The README's tables of keys and `:` commands, made from the command
/// table (and the help's sections), so they can never drift from what the
/// keys do. A test checks README.md against them.
public enum CommandReference {
    public enum Table: String, CaseIterable, Sendable {
        /// Every key, by help section, then the keys for typing.
        case keys
        /// Every `:` command, with its aliases and keys.
        case commands
    }

    /// The table as markdown, without a trailing newline.
    public static func markdown(_ table: Table) -> String {
        switch table {
        case .keys: keysTable
        case .commands: commandsTable
        }
    }

    static var keysTable: String {
        let sections = HelpSection.allCases.compactMap { section -> String? in
            let rows = Commands.all.filter { $0.section == section && !$0.keysText.isEmpty }.map { [keys($0), $0.summary] }
            return rows.isEmpty ? nil : "**\(section.title)**\n\n" + markdownTable(["key", "does"], rows)
        }
        let typing = "**\(HelpContent.typingTitle)**\n\n"
            + markdownTable(["key", "does"], HelpContent.typing.map { [code($0.keys.split(separator: " ")), $0.summary] })
        return (sections + [typing]).joined(separator: "\n\n")
    }

    /// The commands that typing adds something to (an argument, a short
    /// name, or no key at all) in full; the rest by name.
    static var commandsTable: String {
        let typable = Commands.all.filter(\.typable)
        func worthARow(_ command: Command) -> Bool { command.keys.isEmpty || !command.usage.isEmpty || !command.aliases.isEmpty }
        let rows = typable.filter(worthARow).map { command in
            let aliases = command.aliases.isEmpty ? "" : " (" + command.aliases.map { "`:\($0)`" }.joined(separator: ", ") + ")"
            return ["`\(command.typed)`" + aliases, keys(command), command.summary]
        }
        return markdownTable(["command", "key", "does"], rows)
            + "\n\nThe other keys' commands can be typed by name too: "
            + typable.filter { !worthARow($0) }.map { "`:\($0.name)`" }.joined(separator: ", ") + "."
    }

    static func keys(_ command: Command) -> String {
        command.keyLabel.map { "`\($0)`" } ?? code(command.keys.map(\.label))
    }

    static func code<S: StringProtocol>(_ parts: [S]) -> String { parts.map { "`\($0)`" }.joined(separator: " ") }

    static func markdownTable(_ header: [String], _ rows: [[String]]) -> String {
        func row(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacing("|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        return ([row(header), "|" + String(repeating: "---|", count: header.count)] + rows.map(row)).joined(separator: "\n")
    }
}
