/// The character between fields: `,` (journey's own, RFC 4180), `;` (Excel
/// and LibreOffice where the decimal mark is a comma) or a tab (Excel's
/// "Unicode text"). The first line that holds any decides: whichever of them
/// it holds most often outside quotes, a comma on a tie. An Excel `sep=;`
/// first line names it outright and is no record.
struct CSVSeparator: Equatable {
    var scalar: Unicode.Scalar
    /// The file opens with a `sep=` line.
    var announced = false

    static let comma = CSVSeparator(scalar: ",")
    private static let candidates: [Unicode.Scalar] = [",", ";", "\t"]

    /// A number may have a decimal comma where the comma separates nothing.
    var allowsDecimalComma: Bool { scalar != "," }

    /// "0,5" as "0.5" where the separator is not a comma: a spreadsheet in a
    /// locale whose decimal mark is a comma wrote it. A cell with a point as
    /// well ("1.234,5") is left to be refused: journey writes no thousands.
    func decimalPoint(_ cell: String) -> String {
        guard allowsDecimalComma, !cell.contains("."), cell.firstIndex(of: ",") == cell.lastIndex(of: ",") else { return cell }
        return cell.replacing(",", with: ".")
    }

    /// For messages: "comma".
    var name: String { scalar == "," ? "comma" : scalar == ";" ? "semicolon" : "tab" }

    static func detect(_ text: String) -> CSVSeparator {
        let firstLine = text.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }
        if firstLine.count == 5, String(firstLine.prefix(4)).lowercased() == "sep=",
           let named = firstLine.last, candidates.contains(named) {
            return CSVSeparator(scalar: named, announced: true)
        }
        var counts = candidates.map { _ in 0 }
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                quoted.toggle()
            } else if !quoted, scalar == "\n" || scalar == "\r" {
                // Lines before the header may be blank.
                if counts.contains(where: { $0 > 0 }) { break }
            } else if !quoted, let index = candidates.firstIndex(of: scalar) {
                counts[index] += 1
            }
        }
        // max(by:) keeps the first of equals: the comma wins a tie.
        let most = counts.indices.max { counts[$0] < counts[$1] } ?? 0
        return CSVSeparator(scalar: candidates[most])
    }
}
