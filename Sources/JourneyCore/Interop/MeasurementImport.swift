/// `journey measure`: the rows of an analytics export — a day, a stage or a
/// touchpoint, a metric and its value — as dated measurements of the map's
/// figures. Reading checks every row before anything is recorded, so a file
/// with one bad row changes nothing; recording the same rows again changes
/// nothing either (a day's measurement is replaced, never added twice).
public struct MeasurementImport {
    /// What a column of the file is for.
    public enum Column: String, ExportColumn, Sendable {
        case date, stage, touchpoint, metric, value

        /// The header names recognised for it, as `CSVHeaderName.key` folds them.
        public func isNamed(_ key: String) -> Bool {
            switch self {
            case .date: ["date", "day"].contains(key)
            case .stage: key == "stage"
            case .touchpoint: ["touchpoint", "step"].contains(key)
            case .metric: ["metric", "kpi", "measure"].contains(key)
            case .value: ["value", "figure"].contains(key)
            }
        }
    }

    /// One measurement to record.
    public struct Row: Equatable, Sendable {
        public var line: Int
        public var stage: Int
        /// Nil for a measurement of the stage itself.
        public var touchpoint: Int?
        public var metric: Metric
        public var day: String
        public var value: Double
    }

    public let rows: [Row]

    /// Reads `text` (the file at `file`, for messages) against `map`; `columns`
    /// names the header of a column whose header is not one of the known names.
    public init(_ text: String, file: String, map: JourneyMap, columns named: [Column: String] = [:]) throws(ImportFailure) {
        let table = try ExportTable(text, file: file)
        guard let header = table.records.first else {
            throw ImportFailure(file: file, line: nil, "no header row; the first row names the columns: date, stage or touchpoint, metric, value")
        }
        let places = try Self.columns(of: header, named: named, file: file)
        let reader = RowReader(reading: ExportRowReading(places: MapPlaces(map), file: file, separator: table.separator, columns: places,
                                                         headerCount: header.fields.count))
        var seen: [String: Row] = [:]
        var rows: [Row] = []
        for record in table.records.dropFirst() {
            let row = try reader.row(record)
            let key = "\(row.stage) \(row.touchpoint ?? -1) \(row.metric.rawValue) \(row.day)"
            if let earlier = seen[key], earlier.value != row.value {
                throw ImportFailure(file: file, line: row.line, "\(row.metric.label) of \(reader.name(of: row)) on \(row.day) is given on line "
                                    + "\(earlier.line) too, with another value; keep one")
            }
            if seen[key] == nil { rows.append(row) }
            seen[key] = row
        }
        self.rows = rows
    }

    /// Where each column is, from the header row: by `named` first, then by the known names.
    static func columns(of header: CSVReader.Record, named: [Column: String], file: String) throws(ImportFailure) -> [Column: Int] {
        let places = try Column.places(of: header, named: named, file: file)
        let missing = [Column.date, .metric, .value].filter { places[$0] == nil }
        if !missing.isEmpty || places[.stage] == nil && places[.touchpoint] == nil {
            let needed = missing.map(\.rawValue) + (places[.stage] == nil && places[.touchpoint] == nil ? ["stage or touchpoint"] : [])
            throw ImportFailure(file: file, line: header.line, "no column for the " + needed.joined(separator: ", ")
                                + "; name them in the header, or say which column is which: --columns date=Day,touchpoint=Page,metric=KPI,value=Amount")
        }
        return places
    }

    /// The map with every row recorded, and how many were new, changed or already there.
    public func recorded(in map: JourneyMap) -> (map: JourneyMap, new: Int, changed: Int, same: Int) {
        var map = map
        var (new, changed, same) = (0, 0, 0)
        for row in rows {
            // Looked up where it is, no copy of the figures kept: the record below then changes them in place.
            let before = row.touchpoint.map { map.stages[row.stage].touchpoints[$0].metrics.measurement(of: row.metric, on: row.day) }
                ?? map.stages[row.stage].metrics.measurement(of: row.metric, on: row.day)
            switch before?.value {
            case nil: new += 1
            case row.value?: same += 1
            default: changed += 1
            }
            if let t = row.touchpoint {
                map.stages[row.stage].touchpoints[t].metrics.record(row.metric, row.value, on: row.day)
            } else {
                map.stages[row.stage].metrics.record(row.metric, row.value, on: row.day)
            }
        }
        return (map, new, changed, same)
    }
}

/// Reads one record of the file as a row, or says what is wrong with it and where.
private struct RowReader {
    let reading: ExportRowReading<MeasurementImport.Column>

    func row(_ record: CSVReader.Record) throws(ImportFailure) -> MeasurementImport.Row {
        func cell(_ column: MeasurementImport.Column) -> String { reading.cell(column, of: record) }
        func fail(_ message: String) -> ImportFailure { ImportFailure(file: reading.file, line: record.line, message) }
        try reading.checkFields(record)
        let day = try reading.day(.date, of: record)
        guard let metric = Metric.named(cell(.metric)) else {
            throw fail("no metric \"\(MapPlaces.shown(cell(.metric)))\"; the metrics are " + Metric.typedList)
        }
        let typed = cell(.value)
        guard !typed.isEmpty else { throw fail("no value for \(metric.label)") }
        let value: Double
        switch RuleBook.parse(reading.separator.decimalPoint(typed), for: .metric(metric)) {
        case .success(let number?): value = number
        case .success(nil): throw fail("no value for \(metric.label)")
        case .failure(let violation): throw fail(violation.description)
        }
        let (stage, touchpoint) = try reading.places.place(stage: cell(.stage), touchpoint: cell(.touchpoint), fail: fail)
        return MeasurementImport.Row(line: record.line, stage: stage, touchpoint: touchpoint, metric: metric, day: day, value: value)
    }

    func name(of row: MeasurementImport.Row) -> String { reading.places.name(stage: row.stage, touchpoint: row.touchpoint) }
}
