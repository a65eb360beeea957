import JourneyJSON

/// Rows of named columns, a field's value in each cell: what `journey
/// query` and `journey backlog` print, as CSV, a GFM Markdown table or JSON
/// here, and as an aligned text table by the command line.
public struct ResultTable: Sendable {
    public var columns: [String]
    /// Whether each column holds numbers, to be aligned right.
    public var numeric: [Bool]
    public var rows: [[QueryValue?]]

    /// One row per target, a column per field, each headed `header` (else the field's name).
    public init(_ targets: [QueryTarget], columns: [(header: String?, field: QueryField)]) {
        self.columns = columns.map { $0.header ?? $0.field.name }
        numeric = columns.map { $0.field.kind == .number }
        rows = targets.map { target in columns.map { $0.field.read(target) } }
    }

    /// What a query's results show: where each row is and what it says, then every field the query names.
    public init(results targets: [QueryTarget], of query: Query) {
        let shown = Set(Self.place.map(\.field.name))
        self.init(targets, columns: Self.place + query.fields.filter { !shown.contains($0.name) }.map { (nil, $0) })
    }

    /// Map, stage, touchpoint, kind and the item's text or touchpoint's name.
    static let place: [(header: String?, field: QueryField)] = [
        (nil, field("map")), (nil, field("stage")), (nil, field("touchpoint")), (nil, field("kind")), ("text", field("name")),
    ]

    /// How many columns say where a result is, before the fields its query names.
    public static var placeColumns: Int { place.count }

    static func field(_ name: String) -> QueryField { QueryField.named(name)! }

    /// A cell as text: numbers plainly (no exponent), flags as yes or no, nothing as "".
    public static func text(_ value: QueryValue?) -> String {
        switch value {
        case .number(let number): PlainNumber.text(number)
        case .text(let text): text
        case .flag(let flag): flag ? "yes" : "no"
        case nil: ""
        }
    }

    /// RFC 4180 with a header row; text cells safe from spreadsheet formulas, as the CSV export writes them.
    public func csv() -> String {
        // Written into one string as it goes: a table of every row's fields first, joined after, held a
        // backlog of 350,000 rows three times over.
        var out = ""
        out.reserveCapacity(64 * (rows.count + 1))
        func line(_ cells: some Sequence<String>) {
            for (n, cell) in cells.enumerated() {
                if n > 0 { out += "," }
                out += CSVWriter.field(cell)
            }
            out += "\r\n"
        }
        line(columns.lazy.map(SpreadsheetText.write))
        for row in rows {
            line(row.lazy.map { value in
                if case .text(let text) = value { return SpreadsheetText.write(text) }
                return Self.text(value)
            })
        }
        return out
    }

    /// A GFM table; every cell one line of escaped text, numbers aligned right.
    public func markdown() -> String {
        func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
        var out = line(columns.map(MarkdownText.inline))
        out += line(columns.indices.map { numeric[$0] ? "---:" : "---" })
        for row in rows { out += line(row.map { MarkdownText.inline(Self.text($0)) }) }
        return MarkdownText.withoutInvisibleControls(out)
    }

    /// An array of objects, a member per column: numbers as numbers, flags as booleans, nothing as null.
    public func json() -> [UInt8] {
        let objects: [JSONValue] = rows.map { row in
            var object: [String: JSONValue] = [:]
            for (column, value) in zip(columns, row) {
                switch value {
                case .number(let number): object[column] = .double(number)
                case .text(let text): object[column] = .string(text)
                case .flag(let flag): object[column] = .bool(flag)
                case nil: object[column] = .null
                }
            }
            return .object(object)
        }
        return JSONWriter.escapingInvisibleControls((try? JSONWriter.write(.array(objects))) ?? Array("[]\n".utf8))
    }
}
