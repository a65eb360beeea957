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
            so a run gives the same answer on any day.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, github }

    @Argument(help: "The map files.", completion: .file(extensions: ["json"]))
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
        var lines: [String] = []
        var annotations: [String] = []
        for file in files {
            let map: JourneyMap
            do {
                map = try MapStore.load(path: file)
            } catch {
                warn(error.description)
                unreadable = true
                continue
            }
            var library = LibraryContext.none
            if let found = FoundLibrary.forMap(file) {
                switch found.library {
                case .success(let read): library = .found(read)
                case .failure(let error):
                    // The shared rules cannot be run against a library that does not load: say so, as of a map.
                    if badLibraries.insert(found.path).inserted { warn(error.description) }
                    unreadable = true
                    library = .notLooked
                }
            }
            for finding in MapCheck.run(map, rules: rules, today: day, library: library) {
                lines.append(DisplayText.singleLine(
                    "\(file): \(finding.path): \(finding.severity.rawValue): \(finding.message) (\(finding.rule.rawValue))"))
                annotations.append(GitHubAnnotation.line(finding, file: file))
                entries.append(.object(["file": .string(file), "path": .string(finding.path), "rule": .string(finding.rule.rawValue),
                                        "severity": .string(finding.severity.rawValue), "message": .string(finding.message)]))
            }
        }
        switch format {
        case .json: try printData(JSONWriter.escapingInvisibleControls((try? JSONWriter.write(.array(entries))) ?? Array("[]\n".utf8)))
        case .github where !annotations.isEmpty: print(annotations.joined(separator: "\n"))
        case .text where !lines.isEmpty: print(lines.joined(separator: "\n"))
        case .text, .github: break
        }
        if unreadable { throw ExitCode(2) }
        if !entries.isEmpty { throw ExitCode(1) }
    }
}

extension CheckRule.Severity: ExpressibleByArgument {}
