/// `journey measure`: the rows of an analytics export — a day, a stage or a
/// touchpoint, a metric and its value — as dated measurements of the map's
/// figures. Reading checks every row before anything is recorded, so a file
/// with one bad row changes nothing; recording the same rows again changes
/// nothing either (a day's measurement is replaced, never added twice).
public struct MeasurementImport {
    /// What a column of the file is for.
    public enum Column: String, CaseIterable, Sendable {
        case date, stage, touchpoint, metric, value

        /// The header names recognised for it, as `CSVHeaderName.key` folds them.
        var names: [String] {
            switch self {
            case .date: ["date", "day"]
            case .stage: ["stage"]
            case .touchpoint: ["touchpoint", "step"]
            case .metric: ["metric", "kpi", "measure"]
            case .value: ["value", "figure"]
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
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let separator = CSVSeparator.detect(text)
        let records = try CSVReader.records(text, separator: separator.scalar, file: file)
            .filter { !$0.isBlank && !($0.fields.first?.trimmingSpaces().hasPrefix("#") ?? false) }
            .dropFirst(separator.announced ? 1 : 0)
        guard let header = records.first else {
            throw ImportFailure(file: file, line: nil, "no header row; the first row names the columns: date, stage or touchpoint, metric, value")
        }
        let places = try Self.columns(of: header, named: named, file: file)
        let reader = RowReader(map: map, file: file, separator: separator, places: places, headerCount: header.fields.count)
        var seen: [String: Row] = [:]
        var rows: [Row] = []
        for record in records.dropFirst() {
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
        let keys = header.fields.map(CSVHeaderName.key)
        var places: [Column: Int] = [:]
        for column in Column.allCases {
            let wanted = named[column].map { [CSVHeaderName.key($0)] } ?? column.names
            if let index = keys.firstIndex(where: wanted.contains) {
                places[column] = index
            } else if let name = named[column] {
                throw ImportFailure(file: file, line: header.line, "no column \"\(DisplayText.singleLine(name))\" for the \(column.rawValue); "
                                    + "the header has " + header.fields.map { "\"\(DisplayText.singleLine($0))\"" }.joined(separator: ", "))
            }
        }
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
            let before = row.touchpoint.map { map.stages[row.stage].touchpoints[$0].metrics } ?? map.stages[row.stage].metrics
            switch before.history[row.metric]?.first(where: { $0.day == row.day })?.value {
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
    let map: JourneyMap
    let file: String
    let separator: CSVSeparator
    let places: [MeasurementImport.Column: Int]
    let headerCount: Int
    /// Each stage and touchpoint by its id and by its name in lower case, found once for every row.
    let stages: Names<Int>
    let touchpoints: Names<Place>

    struct Place: Equatable { var stage: Int; var index: Int }

    init(map: JourneyMap, file: String, separator: CSVSeparator, places: [MeasurementImport.Column: Int], headerCount: Int) {
        (self.map, self.file, self.separator, self.places, self.headerCount) = (map, file, separator, places, headerCount)
        var stages = Names<Int>(), touchpoints = Names<Place>()
        for (s, stage) in map.stages.enumerated() {
            stages.add(s, id: stage.id, name: stage.name)
            for (t, touchpoint) in stage.touchpoints.enumerated() {
                touchpoints.add(Place(stage: s, index: t), id: touchpoint.id, name: touchpoint.name)
            }
        }
        (self.stages, self.touchpoints) = (stages, touchpoints)
    }

    func row(_ record: CSVReader.Record) throws(ImportFailure) -> MeasurementImport.Row {
        func cell(_ column: MeasurementImport.Column) -> String {
            guard let index = places[column], record.fields.indices.contains(index) else { return "" }
            return record.fields[index].trimmingSpaces()
        }
        func fail(_ message: String) -> ImportFailure { ImportFailure(file: file, line: record.line, message) }
        if let stray = record.strayField(beyond: headerCount) {
            throw ImportFailure.strayField(record, columns: headerCount, at: stray, separator: separator, file: file)
        }
        let typedDay = cell(.date)
        guard let day = Self.day(typedDay) else {
            throw fail(typedDay.isEmpty ? "no date; every row needs one, as YYYY-MM-DD"
                       : "the date \"\(shown(typedDay))\" is not a day as YYYY-MM-DD (or YYYYMMDD, or a date and time from it)")
        }
        guard let metric = Metric.named(cell(.metric)) else {
            throw fail("no metric \"\(shown(cell(.metric)))\"; the metrics are " + Metric.typedList)
        }
        let typed = cell(.value)
        guard !typed.isEmpty else { throw fail("no value for \(metric.label)") }
        let value: Double
        switch RuleBook.parse(separator.decimalPoint(typed), for: .metric(metric)) {
        case .success(let number?): value = number
        case .success(nil): throw fail("no value for \(metric.label)")
        case .failure(let violation): throw fail(violation.description)
        }
        let (stage, touchpoint) = try place(stage: cell(.stage), touchpoint: cell(.touchpoint), fail: fail)
        return MeasurementImport.Row(line: record.line, stage: stage, touchpoint: touchpoint, metric: metric, day: day, value: value)
    }

    /// A day as analytics tools write one: YYYY-MM-DD, YYYYMMDD (Google
    /// Analytics), or the day of an ISO date and time ("2025-06-01T10:00:00Z",
    /// "2025-06-01 10:00"). Nothing that could be read two ways ("6/1/2025").
    static func day(_ typed: String) -> String? {
        var day = typed
        if day.count == 8, day.allSatisfy({ $0.isASCII && $0.isNumber }) {
            day = day.prefix(4) + "-" + day.dropFirst(4).prefix(2) + "-" + day.suffix(2)
        } else if day.count > 10, let time = day.dropFirst(10).first, time == "T" || time == " " {
            day = String(day.prefix(10))
        }
        return CalendarDay.isValid(day) ? day : nil
    }

    /// The stage and touchpoint a row names, each by name (in any case) or id.
    private func place(stage stageName: String, touchpoint touchpointName: String,
                       fail: (String) -> ImportFailure) throws(ImportFailure) -> (Int, Int?) {
        let named = stageName.isEmpty ? nil : stages.all(stageName)
        if let named, named.isEmpty { throw fail("no stage \"\(shown(stageName))\" in the map") }
        guard !touchpointName.isEmpty else {
            guard let named else { throw fail("no stage or touchpoint given; every row needs one") }
            guard named.count == 1 else { throw fail("\(named.count) stages are called \"\(shown(stageName))\"; name it by its id") }
            return (named[0], nil)
        }
        let found = touchpoints.all(touchpointName).filter { named?.contains($0.stage) ?? true }
        guard let first = found.first else {
            let isStage = !stages.all(touchpointName).isEmpty
            throw fail("no touchpoint \"\(shown(touchpointName))\"" + (stageName.isEmpty ? " in the map" : " in \(shown(stageName))")
                       + (isStage ? "; it is a stage: give it in a stage column, with the touchpoint empty" : ""))
        }
        guard found.count == 1 else {
            throw fail("\(found.count) touchpoints are called \"\(shown(touchpointName))\"; add a stage column, or name it by its id")
        }
        return (first.stage, first.index)
    }

    private func shown(_ text: String) -> String { DisplayText.singleLine(DisplayText.visible(text, columns: 40)) }

    func name(of row: MeasurementImport.Row) -> String {
        let stage = map.stages[row.stage]
        return shown(row.touchpoint.map { stage.touchpoints[$0].name } ?? stage.name)
    }
}

/// Things found by their id, or by their name in any case.
private struct Names<Value: Equatable> {
    private var byID: [String: Value] = [:]
    private var byName: [String: [Value]] = [:]

    mutating func add(_ value: Value, id: String, name: String) {
        byID[id] = value
        byName[name.trimmingSpaces().lowercased(), default: []].append(value)
    }

    /// What `typed` names: the one with that id, and every one of that name.
    func all(_ typed: String) -> [Value] {
        var found = byName[typed.lowercased()] ?? []
        if let value = byID[typed], !found.contains(value) { found.insert(value, at: 0) }
        return found
    }
}
