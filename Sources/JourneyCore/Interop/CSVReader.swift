/// RFC 4180 input: records of fields split by `separator` (a comma unless a
/// spreadsheet chose `;` or a tab, see `CSVSeparator`), ended by CRLF or LF,
/// a quoted field holding separators, doubled quotes and line breaks. Each record
/// carries the line it starts on, counting the breaks inside quoted fields,
/// so messages point at the right line. Blank lines are skipped.
enum CSVReader {
    struct Record {
        var line: Int
        var fields: [String]

        /// A row a spreadsheet left empty and wrote as separators only.
        var isBlank: Bool { fields.allSatisfy { $0.trimmingSpaces().isEmpty } }

        /// The first field past the header's `columns` that holds something:
        /// most often the rest of a field whose separator was not quoted ("1,000").
        func strayField(beyond columns: Int) -> Int? {
            fields.indices.dropFirst(columns).first { !fields[$0].trimmingSpaces().isEmpty }
        }
    }

    static func records(_ text: String, separator: Unicode.Scalar = ",", file: String) throws(ImportFailure) -> [Record] {
        let scalars = Array(text.unicodeScalars)
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var start = 1
        var index = 0
        var quotedAt: Int?
        func endRecord() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: start, fields: fields)) }
            fields = []
        }
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if let opened = quotedAt {
                if scalar == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.append("\"")
                        index += 1
                        continue
                    }
                    quotedAt = nil
                    if index < scalars.count, ![separator, "\r", "\n"].contains(scalars[index]) {
                        throw ImportFailure(file: file, line: line, "text after the closing quote of a field that opened on line \(opened); "
                                            + "a quote inside a quoted field is written twice (\"\")")
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case separator:
                fields.append(String(field))
                field = String.UnicodeScalarView()
            case "\r", "\n":
                if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
                endRecord()
                line += 1
                start = line
            case "\"" where field.isEmpty:
                quotedAt = line
            case "\"":
                throw ImportFailure(file: file, line: line, "a quote inside an unquoted field; quote the whole field and write the quote twice (\"\")")
            default:
                field.append(scalar)
            }
        }
        if let opened = quotedAt {
            throw ImportFailure(file: file, line: opened, "the quoted field that opens here never closes; add the closing quote")
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}

extension ImportFailure {
    /// A row with more fields than the header names columns (or fewer, `at` nil).
    static func strayField(_ record: CSVReader.Record, columns: Int, at stray: Int?, separator: CSVSeparator,
                           file: String) -> ImportFailure {
        let named = stray.map { ", or name column \(CSVHeaderRow.letter($0)) in the header" } ?? ""
        return ImportFailure(file: file, line: record.line, "this row has \(record.fields.count) fields and the header names \(columns) "
                             + "columns; quote a field that holds a \(separator.name)\(named)")
    }
}
