import ArgumentParser
import FoundationEssentials
import JourneyCore

struct BacklogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backlog",
        abstract: "Every pain point and opportunity of a folder of maps, by priority (unrated last), then votes.",
        discussion: """
            Columns: map, stage, touchpoint, kind, text, impact, effort, priority (impact × (6 − effort)), votes, status, \
            owner, due, evidence; ties keep the maps' path order and each map's own order. The filters combine: --persona \
            keeps the maps that have that persona (by id or name), --stage and --owner match a name in any case. Exit codes: \
            0 fine (an empty backlog too), 64 a bad option, 66 a folder that cannot be read. A map that does not load is named \
            on stderr and the others are listed.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, md, json }

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case pain, opportunity

        var item: ItemRecord.Kind { self == .pain ? .pain : .opportunity }
    }

    @Argument(help: "The folder of maps (its subfolders too).", completion: .directory)
    var folder: String

    @Option(help: "text (an aligned table), csv, md (a GitHub table) or json (an array of objects).")
    var format: Format = .text

    @Option(help: "Only maps that have this persona, by its id or name.")
    var persona: String?

    @Option(help: "Only this stage, by name (any case).")
    var stage: String?

    @Option(help: "Only items of this owner (any case).")
    var owner: String?

    @Option(help: ArgumentHelp("Only items of this status: \(QueryField.statuses)."))
    var status: String?

    @Option(help: "Only pain points, or only opportunities.")
    var kind: Kind?

    @Option(help: "For text: fit N columns (default: the terminal's width; not cut into a file or a pipe).")
    var width: Int?

    /// On a narrow terminal, the columns left out first.
    static let leaveOut = ["evidence", "effort", "impact", "due", "kind", "stage", "status", "owner", "touchpoint", "votes", "map", "priority"]

    func validate() throws {
        try validateWidth(width)
        if let status, ItemStatus.named(status) == nil {
            throw ValidationError("--status \"\(DisplayText.singleLine(status))\" is no status: give \(QueryField.statuses)")
        }
    }

    func run() throws {
        let filter = Backlog.Filter(persona: persona, stage: stage, owner: owner, status: status.flatMap(ItemStatus.named),
                                    kind: kind?.item)
        let rows = Backlog.rows(try openWorkspaceWithRecords(folder), filter: filter)
        let table = Backlog.table(rows)
        switch format {
        case .text where rows.isEmpty: warn("no pain points or opportunities" + (filter.isEmpty ? "" : " match") + " in \(folder)")
        case .text:
            try TextTable(table, width: width ?? terminalColumns(), main: "text", leaveOut: Self.leaveOut).print()
        case .csv: try printData(Array(table.csv().utf8))
        case .md: try printData(Array(table.markdown().utf8))
        case .json: try printData(table.json())
        }
    }
}
