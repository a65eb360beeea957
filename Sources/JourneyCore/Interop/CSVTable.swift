/// The tables a map exports as CSV (`journey export --format csv --table …`).
public enum CSVTable: String, CaseIterable, Sendable {
    /// One row per touchpoint: the table `CSVImport` reads back.
    case touchpoints
    /// One row per pain point, opportunity and quote.
    case items
}

public enum CSVExport {
    /// RFC 4180 text in UTF-8 with CRLF line ends and a header row.
    public static func export(_ map: JourneyMap, table: CSVTable) -> String {
        switch table {
        case .touchpoints: CSVWriter.table(CSVTouchpoints.rows(map))
        case .items: CSVWriter.table(CSVItems.rows(map))
        }
    }
}
