import FoundationEssentials

/// Reads a touchpoints table (see `CSVTouchpoints`) back into a map with the
/// default lanes and the default emotion scale (-2...2). Stages come in the
/// order they first appear; channels are matched by name, and a new channel
/// is online unless the blank map knows its name as offline (Store, Phone).
/// Columns: `stage` and `touchpoint` are required; `channel`, `moment of
/// truth`, `emotion: <persona>` and the metric columns are read as such; any
/// other column is a text lane of that name (Actions, Thoughts and Owner are
/// the default lanes), so no cell is dropped. Refused, with the line: a
/// repeated or empty column name, an items table, a row with a different
/// number of fields than the header, an empty stage or touchpoint name, a
/// score or metric its rule refuses.
public enum CSVImport {
    /// Reads a `--table touchpoints` export back into a map.
    public static func parse(_ bytes: [UInt8], file: String) throws(ImportFailure) -> JourneyMap {
        try read(bytes, file: file).map
    }

    /// As `parse`, with the warnings.
    public static func read(_ bytes: [UInt8], file: String) throws(ImportFailure) -> ImportedMap {
        let records = try CSVReader.records(try ImportText.decode(bytes, file: file), file: file)
        guard let header = records.first else {
            throw ImportFailure(file: file, line: nil, "the file is empty; export a map with `--table touchpoints` and import that")
        }
        var reader = try CSVTouchpointReader(header: header, file: file)
        for record in records.dropFirst() {
            try reader.read(record)
        }
        return ImportedMap(map: reader.map, warnings: reader.warnings)
    }
}

/// The touchpoints table's reader: what each column means, then row by row.
struct CSVTouchpointReader {
    private enum Column {
        case stage, touchpoint, channel, momentOfTruth
        case lane(String)
        /// The persona's id and the column's name, for messages.
        case persona(String, column: String)
        case metric(Metric)
    }

    private typealias Names = CSVTouchpointColumns
    private let file: String
    private var columns: [Column] = []
    private var ids = NameIDs(taken: Set(Lane.defaults.map(\.id)))
    private(set) var map: JourneyMap
    private(set) var warnings: [ImportWarning] = []
    private var stageIndex: [String: Int] = [:]
    private var channelIDs: [String: String] = [:]
    /// The blank map's text lanes by name; a column matches one of them or
    /// makes a lane (no two columns share a name).
    private let textLanes: [String: String]
    /// Lanes and personas looked at to read columns and cells: tests hold it to the number of columns.
    private(set) var lookups = 0

    init(header record: CSVReader.Record, file: String) throws(ImportFailure) {
        self.file = file
        let title = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        map = JourneyMap(title: title)
        textLanes = Dictionary(map.lanes.filter(\.kind.holdsText).map { ($0.name, $0.id) }) { first, _ in first }
        let names = record.fields.map(SpreadsheetText.read)
        if names.contains("kind") && names.contains("priority") {
            throw ImportFailure(file: file, line: record.line, "this is an items table; import reads the table written by `--table touchpoints`")
        }
        for name in [Names.stage, Names.touchpoint] where !names.contains(name) {
            throw ImportFailure(file: file, line: record.line, "no `\(name)` column; import reads the table written by `--table touchpoints`")
        }
        var seen = Set<String>()
        for (index, name) in names.enumerated() {
            guard !name.trimmingSpaces().isEmpty else {
                throw ImportFailure(file: file, line: record.line, "column \(index + 1) has no name; name it or delete the column")
            }
            guard seen.insert(name).inserted else {
                throw ImportFailure(file: file, line: record.line, "two columns are named \"\(name)\"; rename one")
            }
            columns.append(try column(named: name, line: record.line))
        }
    }

    private mutating func column(named name: String, line: Int) throws(ImportFailure) -> Column {
        switch name {
        case Names.stage: return .stage
        case Names.touchpoint: return .touchpoint
        case Names.channel: return .channel
        case Names.momentOfTruth: return .momentOfTruth
        default: break
        }
        if name.hasPrefix(Names.emotionPrefix) {
            let persona = name.dropFirst(Names.emotionPrefix.count).trimmingSpaces()
            guard !persona.isEmpty else {
                throw ImportFailure(file: file, line: line, "column \"\(name)\" names no persona; write `emotion: <persona name>`")
            }
            let id = ids.make(from: persona, fallback: "persona")
            map.personas.append(Persona(id: id, name: persona))
            return .persona(id, column: name)
        }
        if let metric = Names.metric(header: name) { return .metric(metric) }
        lookups += 1
        if let id = textLanes[name] { return .lane(id) }
        let id = ids.make(from: name, fallback: "lane")
        map.lanes.append(Lane(id: id, kind: .text, name: name))
        return .lane(id)
    }

    mutating func read(_ record: CSVReader.Record) throws(ImportFailure) {
        guard record.fields.count == columns.count else {
            throw ImportFailure(file: file, line: record.line, "this row has \(record.fields.count) fields and the header \(columns.count); "
                                + "quote a field that holds a comma")
        }
        var stageName = ""
        var touchpoint = Touchpoint(id: "", name: "")
        // Gathered and sorted once: put one by one, in the header's order, thousands of columns would each shift the rest.
        var texts: [SmallMap<String, String>.Element] = [], scores: [SmallMap<String, Double>.Element] = []
        for (column, cell) in zip(columns, record.fields) {
            switch column {
            case .stage: stageName = SpreadsheetText.read(cell)
            case .touchpoint: touchpoint.name = SpreadsheetText.read(cell)
            case .channel: touchpoint.channel = channelID(SpreadsheetText.read(cell))
            case .momentOfTruth: touchpoint.momentOfTruth = try momentOfTruth(cell, line: record.line)
            case .lane(let id):
                let text = SpreadsheetText.read(cell)
                if !text.isEmpty { texts.append((id, text)) }
            case .persona(let id, let name):
                lookups += 1
                if let score = try number(cell, for: .emotionScore(on: map.emotionScale), line: record.line, column: name) {
                    scores.append((id, score))
                }
            case .metric(let metric):
                touchpoint.metrics[metric] = try number(cell, for: .metric(metric), line: record.line, column: Names.header(metric))
            }
        }
        touchpoint.text = SmallMap(texts)
        touchpoint.emotion = SmallMap(scores)
        for (what, name) in [(Names.stage, stageName), (Names.touchpoint, touchpoint.name)] where name.isEmpty {
            throw ImportFailure(file: file, line: record.line, "the \(what) is empty; every row needs a stage and a touchpoint name")
        }
        touchpoint.id = ids.make(from: touchpoint.name, fallback: "touchpoint")
        let stage = stageIndex[stageName] ?? {
            map.stages.append(Stage(id: ids.make(from: stageName, fallback: "stage"), name: stageName))
            stageIndex[stageName] = map.stages.count - 1
            return map.stages.count - 1
        }()
        map.stages[stage].touchpoints.append(touchpoint)
    }

    private func number(_ cell: String, for field: NumericField, line: Int, column: String) throws(ImportFailure) -> Double? {
        switch RuleBook.parse(cell, for: field) {
        case .success(let value): return value
        case .failure(let violation):
            throw ImportFailure(file: file, line: line, "column \"\(column)\": \(violation.description)")
        }
    }

    private func momentOfTruth(_ cell: String, line: Int) throws(ImportFailure) -> Bool {
        switch cell.trimmingSpaces().lowercased() {
        case Names.yes, "true", "1", "x": return true
        case Names.no, "false", "0", "": return false
        default:
            throw ImportFailure(file: file, line: line, "moment of truth is \"\(cell)\"; write \(Names.yes) or \(Names.no)")
        }
    }

    private mutating func channelID(_ name: String) -> String? {
        guard !name.isEmpty else { return nil }
        if let id = channelIDs[name] { return id }
        let known = BlankMap.make().channels.first { $0.name.lowercased() == name.lowercased() }
        let id = ids.make(from: name, fallback: "channel")
        map.channels.append(Channel(id: id, name: name, kind: known?.kind ?? .online))
        channelIDs[name] = id
        return id
    }
}
