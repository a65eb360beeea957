/// The editor's settings as `:set` takes them, the way vim writes them:
/// `:set NAME [on|off]` and `:set noNAME`, or `:set NAME WORD` for one with
/// a choice. Each is a command of its own (`:mouse [on|off]`, `:curve
/// cells`), which `:set` runs, so the words are read once.
struct ToggleSetting {
    static let all = ["mouse", "slowlink", "bigtimer"]
    /// Settings that take a word rather than on or off, so have no noNAME.
    static let choices = ["curve"]
    /// What `:set` takes for them: NAME and noNAME.
    static let words = all + all.map { "no" + $0 } + choices
    static var names: String { (all + choices).joined(separator: ", ") }

    let command: Command
    /// Written noNAME.
    let off: Bool

    init?(_ word: String) {
        guard let name = Self.all.first(where: { $0 == word || "no" + $0 == word }) ?? Self.choices.first(where: { $0 == word }),
              let command = Commands.named(name) else { return nil }
        self.command = command
        self.off = word != name
    }

    func set(_ editor: inout Editor, _ value: String) {
        guard off else { return editor.run(command, typed: value) }
        guard value.isEmpty else { return editor.refuse("no\(command.name) takes no value", usageOf: "set") }
        editor.run(command, typed: "off")
    }
}
