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
            headers say something else: date=Day,touchpoint=Page,metric=KPI,value=Amount. Every row is checked \
            before anything is recorded; a day's measurement \
            replaces the one of that day, so importing the same rows again changes nothing. The latest measurement \
            is the figure's current value. \
            Exit codes: 0 recorded (or nothing to record), 65 a row cannot be read (the message gives the line), \
            66 a file cannot be read, 73 the map cannot be written (it is open in journey: measure after closing it).
            """
    )

    @OptionGroup var export: ExportOptions

    func run() throws {
        let named = try export.named(MeasurementImport.Column.self)
        try export.update(verb: "measure") { before, text throws(ImportFailure) in
            let measurements = try MeasurementImport(text, file: export.source, map: before, columns: named)
            let (after, new, changed, same) = measurements.recorded(in: before)
            let count = measurements.rows.count
            return (after, "\(count) measurement\(count == 1 ? "" : "s"): \(new) new, \(changed) changed, \(same) already there")
        }
    }
}
