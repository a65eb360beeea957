/// RFC 4180 input: records of comma-separated fields, ended by CRLF or LF,
/// a quoted field holding commas, doubled quotes and line breaks. Each record
/// carries the line it starts on, counting the breaks inside quoted fields,
/// so messages point at the right line. Blank lines are skipped.
enum CSVReader {
    struct Record {
        var line: Int
        var fields: [String]
    }

    static func records(_ text: String, file: String) throws(ImportFailure) -> [Record] {
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
                    if index < scalars.count, !["," as Unicode.Scalar, "\r", "\n"].contains(scalars[index]) {
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
            case ",":
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
