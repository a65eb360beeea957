import ArgumentParser
import FoundationEssentials
import JourneyCore
import JourneyJSON

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint maps for a repository's CI: one line per finding (`journey check --list` names the rules).",
        discussion: """
            Each finding: FILE: PATH: warning|error: MESSAGE (RULE); with --format github, a workflow command \
            GitHub Actions shows as an annotation on the file. Exit codes: 0 no findings, 1 findings, \
            2 a file that does not load (with the store's message; the other files are still checked). \
            Shared personas and channels are checked against the map's workspace library (the nearest \
            journey-library.json, up to the repository's root); a library that does not load counts as a file that does not. \
            --severity error reports, and fails on, errors only; --only RULE runs just that rule; --today fixes the day reviews are due against, \
            so a run gives the same answer on any day. broken-link and broken-future-of read the maps a map links to, \
            from the map's folder.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, github }

    @Argument(help: "The map files, or folders: every map in a folder and its subfolders (a workspace).",
              completion: .file(extensions: ["json"]))
    var files: [String] = []

    @Option(name: .customLong("disable"), help: "A rule to skip (repeatable), by its id.")
    var disabled: [String] = []

    @Option(name: .customLong("only"), help: "Run only this rule (repeatable), by its id: a CI job that fails on one thing.")
    var only: [String] = []

    @Option(help: "text (a line per finding), json (for tools) or github (GitHub Actions annotations on the map files).")
    var format: Format = .text

    @Option(help: "The least severity reported: error (errors only) or warning (both).")
    var severity: CheckRule.Severity = .warning

    @Option(help: ArgumentHelp("The day reviews are due against, instead of today.", valueName: "YYYY-MM-DD"))
    var today: String?

    @Flag(help: "List the rules with their ids and exit.")
    var list = false

    func validate() throws {
        let ids = Set(CheckRule.allCases.map(\.rawValue))
        if let unknown = (disabled + only).first(where: { !ids.contains($0) }) {
            throw ValidationError("no rule is called \"\(unknown)\"; `journey check --list` names them")
        }
        if let today, CalendarDay.date(today) == nil {
            throw ValidationError("--today \"\(DisplayText.singleLine(today))\" is not a day: give \(CalendarDay.expected)")
        }
        if files.isEmpty && !list { throw ValidationError("name the maps to check: journey check FILE...") }
    }

    func run() throws {
        if list {
            for rule in CheckRule.allCases { print(rule.rawValue + String(repeating: " ", count: max(0, 28 - rule.rawValue.count)) + rule.summary) }
            return
        }
        let rules = Set(CheckRule.allCases.filter { $0.severity >= severity && (only.isEmpty || only.contains($0.rawValue)) })
            .subtracting(disabled.compactMap(CheckRule.init(rawValue:)))
        let day = today.flatMap(CalendarDay.date) ?? Date()
        var unreadable = false
        var badLibraries: Set<String> = []
        var entries: [JSONValue] = []
        var found = 0
        let paths = try mapFiles()
        // The maps are read and checked on every core, a batch at a time, and what each batch found is printed
        // before the next is read, in the order given: a thousand maps' findings are never all held at once.
        for batch in stride(from: 0, to: paths.count, by: 64).map({ $0..<min($0 + 64, paths.count) }) {
            let results = EveryCore.map(batch.count) { n in check(paths[batch.lowerBound + n], rules: rules, day: day) }
            var lines: [String] = []
            for ((file, _), checked) in zip(paths[batch], results) {
                if let (path, problem) = checked.badLibrary {
                    // The shared rules cannot be run against a library that does not load: said once, as of a map.
                    if badLibraries.insert(path).inserted { warn(problem) }
                    unreadable = true
                }
                switch checked.findings {
                case .none: continue
                case .failure(let error)?:
                    warn(error.description)
                    unreadable = true
                case .success(let findings)?:
                    found += findings.count
                    // Only the chosen format's lines are made: escaping every finding for GitHub took half a check's time.
                    for finding in findings {
                        switch format {
                        case .text:
                            lines.append(DisplayText.singleLine(
                                "\(file): \(finding.path): \(finding.severity.rawValue): \(finding.message) (\(finding.rule.rawValue))"))
                        case .github: lines.append(GitHubAnnotation.line(finding, file: file))
                        case .json:
                            entries.append(.object(["file": .string(file), "path": .string(finding.path),
                                                    "rule": .string(finding.rule.rawValue),
                                                    "severity": .string(finding.severity.rawValue), "message": .string(finding.message)]))
                        }
                    }
                }
            }
            if !lines.isEmpty { print(lines.joined(separator: "\n")) }
        }
        if format == .json {
            try printData(JSONWriter.escapingInvisibleControls((try? JSONWriter.write(.array(entries))) ?? Array("[]\n".utf8)))
        }
        if unreadable { throw ExitCode(2) }
        if found > 0 { throw ExitCode(1) }
    }

    /// What checking one file found: nothing for a file in a folder that is not meant as a map.
    struct Checked: Sendable {
        var findings: Result<[CheckFinding], MapLoadError>?
        /// The workspace library's path and why it does not load.
        var badLibrary: (path: String, problem: String)?
    }

    func check(_ file: (path: String, found: Bool), rules: Set<CheckRule>, day: Date) -> Checked {
        let map: JourneyMap
        do throws(MapLoadError) {
            let bytes = try MapStore.readFile(path: file.path, streams: !file.found)
            if file.found && !WorkspaceFiles.isMeantAsMap(path: file.path, bytes: bytes) { return Checked() }
            map = try MapStore.decode(bytes, file: file.path)
        } catch {
            return Checked(findings: .failure(error))
        }
        var library = LibraryContext.none
        var badLibrary: (String, String)?
        if let found = FoundLibrary.forMap(file.path) {
            switch found.library {
            case .success(let read): library = .found(read)
            case .failure(let error):
                badLibrary = (found.path, error.description)
                library = .notLooked
            }
        }
        return Checked(findings: .success(MapCheck.run(map, rules: rules, today: day, linked: LinkedFiles(from: file.path).load,
                                                       library: library)),
                       badLibrary: badLibrary)
    }

    /// The files named, and for a folder every JSON file in it and its subfolders (`found`: skipped unless meant as a map).
    func mapFiles() throws -> [(path: String, found: Bool)] {
        try files.flatMap { file throws -> [(path: String, found: Bool)] in
            guard MapOpening.folder(file) != nil else { return [(file, false)] }
            let root = file.hasSuffix("/") && file.count > 1 ? String(file.dropLast()) : file
            do throws(FileSystemError) {
                return try WorkspaceFiles.scan(root).map { (root == "." ? $0.path : root + "/" + $0.path, true) }
            } catch {
                throw fail("\(file): cannot list the maps in it (\(error.reason)). Check the path and its permissions.", code: 66)
            }
        }
    }
}

extension CheckRule.Severity: ExpressibleByArgument {}
