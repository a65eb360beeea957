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
        // Held as an editor holds it: never written under a running journey, nor over unrecovered edits.
        let file: MapFile, before: JourneyMap
        switch MapFile.open(map) {
        case .success(let opened) where opened.map != nil: (file, before) = (opened.file, opened.map!)
        case .success: throw fail("\(map): no such file; measurements go into a map that exists (journey new makes one)", code: 66)
        case .failure(let error): throw fail(error.description, code: error.exitCode)
        }
        let claim = file.claim()
        defer { file.close(keepJournal: false) }
        if let holder = claim.heldBy {
            throw fail("\(map) is open in journey (\(holder.who)); nothing was written: measure after it is closed", code: 73)
        }
        if !claim.journals.isEmpty {
            throw fail("\(map) has edits to recover from a journey that stopped; open it in journey first, then measure", code: 73)
        }
        let bytes = try readMapBytes(source)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw fail("\(source): not UTF-8 text; save the export as CSV UTF-8", code: 65)
        }
        let measurements: MeasurementImport
        do {
            measurements = try MeasurementImport(text, file: source, map: before, columns: named)
        } catch {
            throw fail(error.description, code: error.exitCode)
        }
        let (after, new, changed, same) = measurements.recorded(in: before)
        let summary = "\(measurements.rows.count) measurement\(measurements.rows.count == 1 ? "" : "s"): "
            + "\(new) new, \(changed) changed, \(same) already there"
        if dryRun {
            try printBytes(Array(DiffText.plain(MapDiff.compare(before, after), color: color.isOn).utf8))
            warn(summary + " (a dry run: nothing written)")
            return
        }
        guard after != before else { return warn(summary + "; \(map) is unchanged") }
        switch file.save(after) {
        case .saved: warn(summary + "; wrote \(map)")
        case .failed(let error): throw fail(error.description, code: 73)
        case .readOnlyFile: throw fail("\(map) is read-only; nothing was written", code: 73)
        case .exists, .changedOnDisk, .lockedElsewhere:
            throw fail("\(map) changed while it was being measured; nothing was written: run it again", code: 73)
        }
    }

    /// `date=Day,touchpoint=Page` as columns and their headers.
    static func columns(_ spec: String?) throws -> [MeasurementImport.Column: String] {
        guard let spec else { return [:] }
        var named: [MeasurementImport.Column: String] = [:]
        for pair in spec.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces() }
            guard parts.count == 2, let column = MeasurementImport.Column(rawValue: parts[0].lowercased()), !parts[1].isEmpty else {
                let known = MeasurementImport.Column.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("--columns takes COLUMN=HEADER pairs separated by commas, COLUMN one of \(known); "
                                      + "got \"\(DisplayText.singleLine(String(pair)))\"")
            }
            named[column] = parts[1]
        }
        return named
    }
}
