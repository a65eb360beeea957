/// The columns of a survey tool's export and how its header is found. Tools
/// name them after their questions ("How likely are you to recommend us to a
/// friend?"), so a header is recognised by the words in it, as
/// `CSVHeaderName.key` folds it: a comment column by "comment", "feedback",
/// "reason", "why" or "tell us"; a score column, among the others, by
/// "score", "rating", "recommend", "satisf…", or one starting "NPS" or "CSAT".
extension SurveyImport {
    public enum Column: String, ExportColumn, Sendable {
        case date, stage, touchpoint, score, comment

        public func isNamed(_ key: String) -> Bool {
            switch self {
            case .date: Self.dates.contains(key)
            case .stage: ["stage", "stageid", "journeystage"].contains(key)
            case .touchpoint: ["touchpoint", "touchpointid", "step"].contains(key)
            case .score:
                !Self.isComment(key) && (["score", "rating"].contains(key) || key.contains("recommend") || key.contains("satisf")
                                         || key.hasPrefix("nps") || key.hasPrefix("csat"))
            case .comment: Self.isComment(key)
            }
        }

        /// Typeform's "Submitted At", Google Forms' "Timestamp", SurveyMonkey's "End Date", and plain ones.
        private static let dates: Set = ["date", "day", "submittedat", "submitdate", "datesubmitted", "timestamp", "completedat",
                                         "enddate", "responsedate", "createdat", "startdate"]

        private static func isComment(_ key: String) -> Bool {
            ["comment", "feedback", "reason", "why", "tellus"].contains { key.contains($0) }
        }
    }

    /// The kind of score a score column's header names: NPS for "recommend" or
    /// one starting "NPS", CSAT for "satisf…" or one starting "CSAT"; nil when it
    /// says neither ("Score").
    static func kind(of header: String) -> SurveyKind? {
        let key = CSVHeaderName.key(header)
        if key.contains("recommend") || key.hasPrefix("nps") { return .nps }
        if key.contains("satisf") || key.hasPrefix("csat") { return .csat }
        return nil
    }

    /// How far down a header is looked for.
    public static let headerSearch = 10

    /// The header: the first of the first `headerSearch` rows in which a date, a
    /// score and a stage or touchpoint column are all found (rows above it are
    /// a tool's title rows). Nil when none is: `columns(of:)` on the first row says what is missing.
    static func header(in records: [CSVReader.Record], named: [Column: String], file: String) -> Int? {
        records.indices.prefix(headerSearch).first { index in
            guard let places = try? Column.places(of: records[index], named: named, file: file) else { return false }
            return missing(places).isEmpty
        }
    }

    static func missing(_ places: [Column: Int]) -> [String] {
        [Column.date, .score].filter { places[$0] == nil }.map(\.rawValue)
            + (places[.stage] == nil && places[.touchpoint] == nil ? ["stage or touchpoint"] : [])
    }

    /// Where each column is in the header row, or what is missing.
    static func columns(of header: CSVReader.Record, named: [Column: String], file: String) throws(ImportFailure) -> [Column: Int] {
        let places = try Column.places(of: header, named: named, file: file)
        let missing = missing(places)
        guard missing.isEmpty else {
            let shown = header.fields.prefix(8).map { "\"\(MapPlaces.shown($0))\"" }.joined(separator: ", ")
            throw ImportFailure(file: file, line: header.line, "no column for the " + missing.joined(separator: ", ")
                                + " among \(shown)\(header.fields.count > 8 ? ", …" : ""); say which column is which: "
                                + "--columns date=\"Submitted At\",touchpoint=Page,score=Score,comment=Feedback")
        }
        return places
    }
}
