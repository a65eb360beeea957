/// The records of a tool's CSV export, as `journey measure` and `journey
/// survey` read one: a byte order mark dropped, the separator found
/// (`CSVSeparator`, an Excel `sep=` line being no record), and blank rows and
/// rows whose first cell starts with `#` (a tool's comments) left out.
struct ExportTable {
    let separator: CSVSeparator
    let records: [CSVReader.Record]

    init(_ text: String, file: String) throws(ImportFailure) {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        separator = CSVSeparator.detect(text)
        records = Array(try CSVReader.records(text, separator: separator.scalar, file: file)
            .filter { !$0.isBlank && !($0.fields.first?.trimmingSpaces().hasPrefix("#") ?? false) }
            .dropFirst(separator.announced ? 1 : 0))
    }

    /// A day as tools write one: YYYY-MM-DD, YYYYMMDD (Google Analytics), or
    /// the day of an ISO date and time ("2025-06-01T10:00:00Z", "2025-06-01
    /// 10:00"). Nothing that could be read two ways ("6/1/2025").
    static func day(_ typed: String) -> String? {
        var day = typed
        if day.count == 8, day.allSatisfy({ $0.isASCII && $0.isNumber }) {
            day = day.prefix(4) + "-" + day.dropFirst(4).prefix(2) + "-" + day.suffix(2)
        } else if day.count > 10, let time = day.dropFirst(10).first, time == "T" || time == " " {
            day = String(day.prefix(10))
        }
        return CalendarDay.isValid(day) ? day : nil
    }

    /// The message for a row whose date cell `typed` is no day.
    static func dayProblem(_ typed: String) -> String {
        typed.isEmpty ? "no date; every row needs one, as YYYY-MM-DD"
            : "the date \"\(DisplayText.singleLine(DisplayText.visible(typed, columns: 40)))\" is not a day as YYYY-MM-DD "
            + "(or YYYYMMDD, or a date and time from it)"
    }
}

/// A column an export's header names: how the header is recognised, as
/// `CSVHeaderName.key` folds it, and what `--columns` calls it (the raw value).
public protocol ExportColumn: CaseIterable, Hashable, RawRepresentable where RawValue == String {
    /// Whether a header, folded by `CSVHeaderName.key`, names this column.
    func isNamed(_ key: String) -> Bool
}

extension ExportColumn {
    /// Where each column is in `header`: the header `named` gives it first,
    /// else the first header it recognises. A named header that is not there
    /// is an error; a column not found is left out, for the caller to ask for.
    static func places(of header: CSVReader.Record, named: [Self: String], file: String) throws(ImportFailure) -> [Self: Int] {
        let keys = header.fields.map(CSVHeaderName.key)
        var places: [Self: Int] = [:]
        for column in allCases {
            if let name = named[column] {
                guard let index = keys.firstIndex(of: CSVHeaderName.key(name)) else {
                    throw ImportFailure(file: file, line: header.line, "no column \"\(DisplayText.singleLine(name))\" for the "
                                        + "\(column.rawValue); the header has "
                                        + header.fields.map { "\"\(DisplayText.singleLine($0))\"" }.joined(separator: ", "))
                }
                places[column] = index
            } else if let index = keys.firstIndex(where: column.isNamed) {
                places[column] = index
            }
        }
        return places
    }

    /// `date=Day,touchpoint=Page` (a `--columns` option) as columns and their headers, or what is wrong with it.
    public static func named(_ spec: String) -> Result<[Self: String], ExportColumnsProblem> {
        var named: [Self: String] = [:]
        for pair in spec.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces() }
            guard parts.count == 2, let column = Self(rawValue: parts[0].lowercased()), !parts[1].isEmpty else {
                let known = allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(ExportColumnsProblem(description: "--columns takes COLUMN=HEADER pairs separated by commas, COLUMN "
                                                     + "one of \(known); got \"\(DisplayText.singleLine(String(pair)))\""))
            }
            named[column] = parts[1]
        }
        return .success(named)
    }
}

/// A `--columns` option that cannot be read.
public struct ExportColumnsProblem: Error, CustomStringConvertible {
    public let description: String
}
