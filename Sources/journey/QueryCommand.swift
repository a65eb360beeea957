import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyCore
import JourneyView

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Find touchpoints and items across a folder of maps: journey query maps 'pain impact>=4 and status=idea'.",
        discussion: """
            EXPRESSION: a subject (touchpoint, pain, opportunity, quote or item; none for all of them), then conditions \
            FIELD OP VALUE, OP one of = != < <= > >= ~ (~: contains the text, in any case), joined by and, or, not and \
            parentheses; a value holding the word and or or goes in quotes (name~"pick and pack"). An item has its \
            touchpoint's fields too; a row without the value (an unrated item's impact) matches no comparison of it, and \
            FIELD="" finds those rows. due<today compares days. \
            --fields lists the fields. Exit codes: 0 found some, 1 none, 2 a bad expression (the message points at the spot), \
            66 a folder that cannot be read. A map that does not load is named on stderr and the others are still asked.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

    @Argument(help: "The folder of maps (its subfolders too).", completion: .directory)
    var folder: String?

    @Argument(help: "The query, quoted for the shell: 'touchpoint channel=Email and dropoff>30'.")
    var expression: String?

    @Option(help: "text (an aligned table), csv (a header row, then a row per match) or json (an array of objects).")
    var format: Format = .text

    @Option(help: "For text: fit N columns (default: the terminal's width; not cut into a file or a pipe).")
    var width: Int?

    @Flag(help: "List the fields a query may name, and exit.")
    var fields = false

    func validate() throws {
        try validateWidth(width)
        if !fields && (folder == nil || expression == nil) {
            throw ValidationError("give a folder and a query: journey query FOLDER 'pain impact>=4'; --fields lists the fields")
        }
    }

    func run() throws {
        let out = StandardOutput()
        guard !fields else {
            out.write(Self.fieldList().joined(separator: "\n") + "\n")
            return try out.check()
        }
        guard let folder, let expression else { return }
        let query: Query
        do {
            query = try Query.parse(expression)
        } catch {
            StandardOutput(descriptor: STDERR_FILENO).write(Self.located(error, in: expression).joined(separator: "\n") + "\n")
            throw ExitCode(2)
        }
        let found = query.run(in: try openWorkspaceWithRecords(folder))
        let table = ResultTable(results: found, of: query)
        switch format {
        case .text where !found.isEmpty:
            // The fields the query names matter most; where a row is, less.
            let leaveOut = ["kind", "stage", "touchpoint", "map"] + table.columns.dropFirst(ResultTable.placeColumns).reversed()
            try TextTable(table, width: width ?? terminalColumns(), main: "text", leaveOut: leaveOut).print()
        case .text: break
        case .csv: try printData(Array(table.csv().utf8))
        case .json: try printData(table.json())
        }
        try out.check()
        if found.isEmpty { throw ExitCode(1) }
    }

    /// The message, then the expression with a caret under the spot (a long one shown around it).
    static func located(_ error: QueryError, in expression: String) -> [String] {
        let characters = Array(expression)
        let reach = 60
        let start = max(0, error.offset - reach)
        let end = min(characters.count, max(error.offset + error.length, error.offset) + reach)
        let lead = start > 0 ? "…" : ""
        let before = lead + DisplayText.singleLine(String(characters[start..<min(error.offset, characters.count)]))
        let marked = DisplayText.singleLine(String(characters[min(error.offset, characters.count)..<min(error.offset + error.length, end)]))
        let after = DisplayText.singleLine(String(characters[min(error.offset + error.length, end)..<end])) + (end < characters.count ? "…" : "")
        return ["journey: bad query at column \(error.column): " + DisplayText.singleLine(error.message),
                "  " + before + marked + after,
                "  " + String(repeating: " ", count: TextWidth.of(before)) + String(repeating: "^", count: max(1, TextWidth.of(marked)))]
    }

    static func padded(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }

    /// `--fields`: each field with its other names, its kind and what it holds.
    static func fieldList() -> [String] {
        let names = QueryField.all.map { ([$0.name] + $0.aliases).joined(separator: ", ") }
        let width = names.map(\.count).max() ?? 0
        let kindWidth = QueryField.all.map(\.kind.rawValue.count).max() ?? 0
        return zip(QueryField.all, names).map { field, name in
            padded(name, width + 2) + padded(field.kind.rawValue, kindWidth + 2) + field.summary
        }
    }
}
