/// What reading any row of an export needs: the map's places, where each
/// column is, and the file and its separator for messages.
struct ExportRowReading<Column: ExportColumn> {
    let places: MapPlaces
    let file: String
    let separator: CSVSeparator
    let columns: [Column: Int]
    let headerCount: Int

    /// The cell of `column` in `record`, without spaces at either end; empty when the row is short of it.
    func cell(_ column: Column, of record: CSVReader.Record) -> String {
        guard let index = columns[column], record.fields.indices.contains(index) else { return "" }
        return record.fields[index].trimmingSpaces()
    }

    /// A row with more fields than the header names is refused: most often a separator that was not quoted.
    func checkFields(_ record: CSVReader.Record) throws(ImportFailure) {
        if let stray = record.strayField(beyond: headerCount) {
            throw ImportFailure.strayField(record, columns: headerCount, at: stray, separator: separator, file: file)
        }
    }

    /// The day of the date column, or why it is none.
    func day(_ column: Column, of record: CSVReader.Record) throws(ImportFailure) -> String {
        let typed = cell(column, of: record)
        guard let day = ExportTable.day(typed) else { throw ImportFailure(file: file, line: record.line, ExportTable.dayProblem(typed)) }
        return day
    }
}
