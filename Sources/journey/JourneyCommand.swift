import ArgumentParser

@main
struct JourneyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journey",
        abstract: "Edit customer journey maps in the terminal.",
        discussion: """
            With no arguments, opens the built-in sample map. `journey FILE` is `journey edit FILE`.
            """,
        version: "journey 0.1.0 (map format \(MapFormatVersion.text))",
        subcommands: [EditCommand.self, PresentCommand.self, VoteCommand.self, ShowCommand.self, NewCommand.self, TemplatesCommand.self, ExportCommand.self,
                      ImportCommand.self, SchemaCommand.self, DiffCommand.self, MergeCommand.self, GitSetupCommand.self,
                      CheckCommand.self, RecoverCommand.self, WatchCommand.self, MeasureCommand.self,
                      SurveyCommand.self, BacklogCommand.self, QueryCommand.self, CompareCommand.self, LibraryCommand.self],
        defaultSubcommand: EditCommand.self
    )
}
