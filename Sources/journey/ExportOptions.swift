import ArgumentParser
import JourneyCore

/// The map and export of a command that records a tool's export in a map
/// (`measure`, `survey`), and how it is recorded.
struct ExportOptions: ParsableArguments {
    @Argument(help: "The map to record the export in.", completion: .file(extensions: ["json"]))
    var map: String

    @Option(name: .customLong("from"), help: "The tool's CSV export.", completion: .file(extensions: ["csv", "tsv", "txt"]))
    var source: String

    @Option(help: "Which header is which column: COLUMN=HEADER pairs separated by commas (see above).")
    var columns: String?

    @Flag(help: "Print what would change, as `journey diff` does, and write nothing.")
    var dryRun = false

    @Option(help: "Colour of the --dry-run diff: auto, always or never.")
    var color: ShowCommand.ColorMode = .auto

    /// `--columns` as columns and their headers.
    func named<Column: ExportColumn>(_: Column.Type) throws -> [Column: String] {
        guard let columns else { return [:] }
        switch Column.named(columns) {
        case .success(let named): return named
        case .failure(let problem): throw ValidationError(problem.description)
        }
    }

    /// Records the export in the map as `MapUpdate` does, `verb` naming the command in messages.
    func update(verb: String, _ change: (JourneyMap, String) throws(ImportFailure) -> (map: JourneyMap, summary: String)) throws {
        try MapUpdate(map: map, verb: verb).run(from: source, dryRun: dryRun, color: color.isOn, change)
    }
}
