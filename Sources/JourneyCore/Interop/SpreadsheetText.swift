/// Text cells made safe from spreadsheet formula injection: a cell whose
/// text starts with `=`, `+`, `-`, `@`, a tab or CR would run as a formula in
/// LibreOffice or Excel, so it is written with a leading `'` (shown as text
/// there). Text that starts with `'` gets one too, so reading strips exactly
/// one `'` from any text cell that has it and gives back the text as it was.
/// Numbers are written plainly and never prefixed.
enum SpreadsheetText {
    private static let guarded: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "'"]

    static func write(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, guarded.contains(first) else { return text }
        return "'" + text
    }

    static func read(_ cell: String) -> String {
        cell.unicodeScalars.first == "'" ? String(cell.unicodeScalars.dropFirst()) : cell
    }
}
