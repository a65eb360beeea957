import ArgumentParser
import FoundationEssentials
import JourneyCore

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a map, by ids (touchpoints moved, texts, scores, items…).",
        discussion: """
            When NEW still holds conflicts `journey merge` left, the text ends with a line saying how many, \
            starting with `!`.
            Exit codes, as diff's: 0 the maps are equal, 1 they differ, 2 a file cannot be read or is not a map.
            git calls it as an external diff driver with seven arguments (PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE \
            NEW-HEX NEW-MODE); then it prints a header and exits 0 as git expects. `journey git-setup` sets that up.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "OLD NEW (or git's seven arguments).", completion: .file(extensions: ["json"]))
    var files: [String] = []

    @Option(help: "text (a line per difference) or json (for tools).")
    var format: Format = .text

    @Flag(help: "Only a summary line: how many differences of each kind.")
    var stat = false

    @Option(help: "Colour: auto (when stdout is a terminal and NO_COLOR is unset), always or never.")
    var color: ShowCommand.ColorMode = .auto

    func validate() throws {
        guard files.count == 2 || files.count == 7 else {
            throw ValidationError("give two maps: journey diff OLD NEW")
        }
    }

    func run() throws {
        let fromGit = files.count == 7
        let (oldPath, newPath) = fromGit ? (files[1], files[4]) : (files[0], files[1])
        let differences: [MapDifference], new: JourneyMap
        do {
            new = try version(newPath)
            differences = MapDiff.compare(try version(oldPath), new)
        } catch let error as MapLoadError {
            // git takes a failing driver for a broken repository: say why, and let it go on.
            if fromGit {
                try printBytes(Array(("journey diff: " + DisplayText.singleLine("\(files[0]): \(error.description)") + "\n").utf8))
                return
            }
            throw fail(error.description, code: 2)
        }
        let path = DisplayText.singleLine(files[0])
        var output = fromGit ? Array("journey diff a/\(path) b/\(path)\n".utf8) : []
        if stat {
            output += Array(DiffText.stat(differences).utf8)
        } else if format == .json {
            output += DiffText.json(differences)
        } else {
            output += Array(DiffText.plain(differences, color: color.isOn).utf8)
        }
        if format == .text && !stat { output += Array(DiffText.undecided(new).utf8) }
        try printBytes(output)
        if !differences.isEmpty && !fromGit { throw ExitCode(1) }
    }

    /// A map, or nothing at all for git's /dev/null (a map added or deleted).
    func version(_ path: String) throws -> JourneyMap {
        if path == "/dev/null" { return JourneyMap(title: "", lanes: []) }
        return try MapStore.load(path: path)
    }
}
