public enum MermaidJourney {
    public static func export(_ map: JourneyMap) -> String { "journey\n  title stub\n" }
}
extension MermaidJourney {
    public static func parse(_ bytes: [UInt8], file: String) throws(ImportFailure) -> JourneyMap { throw ImportFailure(file: file, line: nil, "stub") }
}
public enum CSVTable: String, CaseIterable, Sendable { case touchpoints, items }
public enum CSVExport { public static func export(_ map: JourneyMap, table: CSVTable) -> String { "" } }
public enum CSVImport { public static func parse(_ bytes: [UInt8], file: String) throws(ImportFailure) -> JourneyMap { throw ImportFailure(file: file, line: nil, "stub") } }
