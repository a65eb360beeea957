import ArgumentParser
import FoundationEssentials
import JourneyCore

struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure",
        abstract: "Record an analytics export's figures as dated measurements of a map's stages and touchpoints.",
        discussion: """
            FILE is a CSV (comma, semicolon or tab separated; a BOM, blank rows and rows starting with # are skipped) \
            with a header row naming its columns: date (YYYY-MM-DD, YYYYMMDD or a date and time), stage and/or touchpoint (by name, in any case, \
            or by id), metric (the names :metric takes: \(Metric.typedList)) and value. --columns names columns whose \
            headers say something else. Every row is checked before anything is recorded; a day's measurement \
            replaces the one of that day, so importing the same rows again changes nothing. The latest measurement \
            is the figure's current value. \
            Exit codes: 0 recorded (or nothing to record), 65 a row cannot be read (the message gives the line), \
            66 a file cannot be read, 73 the map cannot be written (it is open in journey: measure after closing it).
            """
    )

    @Argument(help: "The map to record the measurements in.", completion: .file(extensions: ["json"]))
    var map: String

    @Option(name: .customLong("from"), help: "The CSV of measurements.", completion: .file(extensions: ["csv", "tsv", "txt"]))
    var source: String

    @Option(help: "Which header is which column, e.g. date=Day,touchpoint=Page,metric=KPI,value=Amount.")
    var columns: String?

    @Flag(help: "Print what would change, as `journey diff` does, and write nothing.")
    var dryRun = false

    @Option(help: "Colour of the --dry-run diff: auto, always or never.")
    var color: ShowCommand.ColorMode = .auto

    func run() throws {
        let named = try Self.columns(columns)
        try MapUpdate(map: map, verb: "measure").run(from: source, dryRun: dryRun, color: color.isOn) { before, text throws(ImportFailure) in
            let measurements = try MeasurementImport(text, file: source, map: before, columns: named)
            let (after, new, changed, same) = measurements.recorded(in: before)
            let count = measurements.rows.count
            return (after, "\(count) measurement\(count == 1 ? "" : "s"): \(new) new, \(changed) changed, \(same) already there")
        }
    }

    /// `date=Day,touchpoint=Page` as columns and their headers.
    static func columns(_ spec: String?) throws -> [MeasurementImport.Column: String] {
        guard let spec else { return [:] }
        switch MeasurementImport.Column.named(spec) {
        case .success(let named): return named
        case .failure(let problem): throw ValidationError(problem.description)
        }
    }
}
