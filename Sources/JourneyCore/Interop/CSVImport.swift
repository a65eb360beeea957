import FoundationEssentials

/// Reads a touchpoints table (see `CSVTouchpoints`) back into a map with the
/// default lanes, on the emotion scale its score columns name (−2…2 when
/// none does). Stages come in the order they first appear; channels are
/// matched by name, and a new channel is online unless the blank map knows
/// its name as offline (Store, Phone). The separator is `,`, `;` or a tab
/// (`CSVSeparator`); headers are matched whatever their case and spacing
/// (`CSVHeaderName`). `stage` and `touchpoint` are required; any column of no
/// known meaning is a text lane of that name, so no cell is dropped, with a
/// warning when its name is near a known one. Refused, with the line: a
/// repeated or empty column name, an items table, a row with more or fewer
/// fields than the header, an empty stage or touchpoint name, a score or
/// metric its rule refuses.
public enum CSVImport {
    /// Reads a `--table touchpoints` export back into a map.
    public static func parse(_ bytes: [UInt8], file: String) throws(ImportFailure) -> JourneyMap {
        try read(bytes, file: file).map
    }

    /// As `parse`, with the warnings.
    public static func read(_ bytes: [UInt8], file: String) throws(ImportFailure) -> ImportedMap {
        let text = try ImportText.decode(bytes, file: file)
        let separator = CSVSeparator.detect(text)
        let records = try CSVReader.records(text, separator: separator.scalar, file: file).dropFirst(separator.announced ? 1 : 0)
            .drop(while: \.isBlank)
        guard let header = records.first else {
            throw ImportFailure(file: file, line: nil, "the file is empty; export a map with `--table touchpoints` and import that")
        }
        var reader = try CSVTouchpointReader(header: header, separator: separator, file: file)
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
        /// The persona's id and name.
        case persona(String, name: String)
        case metric(Metric)
    }

    private typealias Names = CSVTouchpointColumns
    private let file: String
    private let separator: CSVSeparator
    private let header: CSVHeaderRow
    private var columns: [Column] = []
    private var ids = NameIDs(taken: Set(Lane.defaults.map(\.id)))
    private(set) var map: JourneyMap
    private(set) var warnings: [ImportWarning]
    private var stageIndex: [String: Int] = [:]
    private var channelIDs: [String: String] = [:]
    /// Lanes and personas looked at to read columns and cells: tests hold it to the number of columns.
    private(set) var lookups = 0

    init(header record: CSVReader.Record, separator: CSVSeparator = .comma, file: String) throws(ImportFailure) {
        self.file = file
        self.separator = separator
        header = try CSVHeaderRow(record, separator: separator, file: file)
        warnings = header.warnings
        map = JourneyMap(title: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        for (index, meaning) in header.meanings.enumerated() {
            columns.append(column(index, meaning: meaning))
        }
        if let scale = header.scale { map.emotionScale = scale }
    }

    private mutating func column(_ index: Int, meaning: CSVHeaderName.Meaning?) -> Column {
        switch meaning {
        case .stage: return .stage
        case .touchpoint: return .touchpoint
        case .channel: return .channel
        case .momentOfTruth: return .momentOfTruth
        case .metric(let metric): return .metric(metric)
        case .persona(let name):
            let id = ids.make(from: name, fallback: "persona")
            map.personas.append(Persona(id: id, name: name))
            return .persona(id, name: name)
        case .lane(let id):
            lookups += 1
            return .lane(id)
        case nil:
            lookups += 1
            let name = header.names[index]
            let id = ids.make(from: name, fallback: "lane")
            map.lanes.append(Lane(id: id, kind: .text, name: name))
            return .lane(id)
        }
    }

    mutating func read(_ record: CSVReader.Record) throws(ImportFailure) {
        if record.isBlank { return }
        let stray = record.strayField(beyond: columns.count)
        guard record.fields.count >= columns.count, stray == nil else {
            throw ImportFailure.strayField(record, columns: columns.count, at: stray, separator: separator, file: file)
        }
        var stageName = ""
        var touchpoint = Touchpoint(id: "", name: "")
        // Gathered and sorted once: put one by one, in the header's order, thousands of columns would each shift the rest.
        var texts: [SmallMap<String, String>.Element] = [], scores: [SmallMap<String, Double>.Element] = []
        for (index, (column, cell)) in zip(columns, record.fields).enumerated() {
            switch column {
            case .stage: stageName = SpreadsheetText.read(cell)
            case .touchpoint: touchpoint.name = SpreadsheetText.read(cell)
            case .channel: touchpoint.channel = channelID(SpreadsheetText.read(cell))
            case .momentOfTruth: touchpoint.momentOfTruth = try momentOfTruth(cell, line: record.line, column: index)
            case .lane(let id):
                let text = SpreadsheetText.read(cell)
                if !text.isEmpty { texts.append((id, text)) }
            case .persona(let id, let name):
                lookups += 1
                if let score = try score(cell, persona: name, line: record.line, column: index) { scores.append((id, score)) }
            case .metric(let metric):
                touchpoint.metrics[metric] = try number(cell, for: .metric(metric), line: record.line, column: index)
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

    private func number(_ cell: String, for field: NumericField, line: Int, column: Int) throws(ImportFailure) -> Double? {
        guard case .success(let value) = RuleBook.parse(separator.decimalPoint(cell), for: field) else {
            let rule = field.rule
            throw ImportFailure(file: file, line: line, "\(header.place(column)): \(rule.label) is \(rule.expectation); got \(cell.trimmingSpaces()); "
                                + "correct the cell or empty it")
        }
        return value
    }

    private func score(_ cell: String, persona: String, line: Int, column: Int) throws(ImportFailure) -> Double? {
        let scale = map.emotionScale
        guard case .success(let score) = RuleBook.parse(separator.decimalPoint(cell), for: .emotionScore(on: scale)) else {
            let fix = header.scale != nil ? "write a score on that scale, or change the scale in the header"
                : "a header without a scale means \(scale.min)..\(scale.max): write a score on it, or name the scores' scale in the header, "
                    + "e.g. \"\(CSVEmotionColumn.prefix)\(persona) (1..5)\""
            throw ImportFailure(file: file, line: line, "\(header.place(column)): the score \"\(cell.trimmingSpaces())\" is not a number "
                                + "from \(scale.min) to \(scale.max); \(fix)")
        }
        return score
    }

    private func momentOfTruth(_ cell: String, line: Int, column: Int) throws(ImportFailure) -> Bool {
        switch cell.trimmingSpaces().lowercased() {
        case Names.yes, "true", "1", "x": return true
        case Names.no, "false", "0", "": return false
        default:
            throw ImportFailure(file: file, line: line, "\(header.place(column)): \"\(cell)\" is not a moment of truth; write \(Names.yes) or \(Names.no)")
        }
    }

    private mutating func channelID(_ name: String) -> String? {
        guard !name.isEmpty else { return nil }
        if let id = channelIDs[name] { return id }
        let known = BlankMap.commonChannels.first { $0.name.lowercased() == name.lowercased() }
        let id = ids.make(from: name, fallback: "channel")
        map.channels.append(Channel(id: id, name: name, kind: known?.kind ?? .online))
        channelIDs[name] = id
        return id
    }
}
