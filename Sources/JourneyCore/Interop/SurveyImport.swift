/// `journey survey`: a survey tool's export, one response a row — a date, a
/// stage or touchpoint, a score and maybe a comment — read and checked whole
/// before anything is recorded (see `SurveyRecording` for what it records).
/// A row with no score is skipped and counted; a score that is not a whole
/// number on the survey's scale is refused with its line.
public struct SurveyImport {
    public struct Response: Equatable, Sendable {
        public var line: Int
        public var stage: Int
        /// Nil for a response about the stage itself.
        public var touchpoint: Int?
        public var day: String
        public var score: Int
        /// Empty when the response has none.
        public var comment: String
    }

    public let kind: SurveyKind
    public let responses: [Response]
    /// Rows with an empty score cell.
    public let blankScores: Int
    /// Rows above the header and second header rows below it, skipped.
    public let headerRowsSkipped: Int

    /// Reads `text` (the file at `file`, for messages) against `map`. `kind`
    /// says what the scores are when the score column's header does not;
    /// `columns` names the header of a column whose header is not recognised.
    public init(_ text: String, file: String, map: JourneyMap, kind: SurveyKind? = nil,
                columns named: [Column: String] = [:]) throws(ImportFailure) {
        let table = try ExportTable(text, file: file)
        guard !table.records.isEmpty else {
            throw ImportFailure(file: file, line: nil, "no rows; a survey export has a header row, then one response a row")
        }
        // When no row is a header, the first one is asked what it lacks.
        let at = Self.header(in: table.records, named: named, file: file) ?? 0
        let header = table.records[at]
        let places = try Self.columns(of: header, named: named, file: file)
        guard let kind = kind ?? Self.kind(of: header.fields[places[.score]!]) else {
            throw ImportFailure(file: file, line: header.line, "cannot tell from the header \"\(MapPlaces.shown(header.fields[places[.score]!]))\" "
                                + "whether the scores are NPS (0 to 10) or CSAT (1 to 5); say which: --kind nps or --kind csat")
        }
        self.kind = kind
        let reader = SurveyRowReader(reading: ExportRowReading(places: MapPlaces(map), file: file, separator: table.separator,
                                                               columns: places, headerCount: header.fields.count), kind: kind)
        var rows = table.records[(at + 1)...].drop { reader.isSecondHeader($0) }
        headerRowsSkipped = table.records.count - 1 - rows.count
        var responses: [Response] = []
        responses.reserveCapacity(rows.count)
        var blank = 0
        while let record = rows.popFirst() {
            if let response = try reader.response(record) { responses.append(response) } else { blank += 1 }
        }
        self.responses = responses
        blankScores = blank
    }
}

/// Reads one record of the export as a response, or says what is wrong with it and where.
private struct SurveyRowReader {
    let reading: ExportRowReading<SurveyImport.Column>
    let kind: SurveyKind

    /// A row right below the header that is more header — its score is no
    /// number and its date no day (SurveyMonkey's "Response" row, Qualtrics' ImportId row).
    func isSecondHeader(_ record: CSVReader.Record) -> Bool {
        let score = reading.cell(.score, of: record)
        return ExportTable.day(reading.cell(.date, of: record)) == nil && !score.isEmpty
            && Double(reading.separator.decimalPoint(score)) == nil
    }

    /// Nil for a row with no score.
    func response(_ record: CSVReader.Record) throws(ImportFailure) -> SurveyImport.Response? {
        func fail(_ message: String) -> ImportFailure { ImportFailure(file: reading.file, line: record.line, message) }
        try reading.checkFields(record)
        let score: Int
        switch RuleBook.parseWhole(reading.separator.decimalPoint(reading.cell(.score, of: record)), for: .surveyScore(kind)) {
        case .success(let whole?): score = whole
        case .success(nil): return nil
        case .failure(let violation): throw fail(violation.description)
        }
        let day = try reading.day(.date, of: record)
        let (stage, touchpoint) = try reading.places.place(stage: reading.cell(.stage, of: record),
                                                           touchpoint: reading.cell(.touchpoint, of: record), fail: fail)
        return SurveyImport.Response(line: record.line, stage: stage, touchpoint: touchpoint, day: day, score: score,
                                     comment: reading.cell(.comment, of: record).trimmingWhitespace())
    }
}
