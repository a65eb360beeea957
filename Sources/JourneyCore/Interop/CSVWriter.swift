import FoundationEssentials

/// RFC 4180 output: fields separated by commas, records ended by CRLF, a
/// field quoted (its quotes doubled) when it holds a comma, a quote, CR or LF.
enum CSVWriter {
    static func table(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
