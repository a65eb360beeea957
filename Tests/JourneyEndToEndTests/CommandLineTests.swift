import Foundation
import JourneyView
import Testing

/// The real binary's command line: output, messages and exit codes.
@Suite struct CommandLineTests {
    let stageNames = ["Awareness", "Consideration", "Decision", "Purchase", "Retention", "Advocacy"]

    @Test(arguments: [80, 160])
    func showPrintsTheWholeSampleWithoutEscapeCodes(width: Int) throws {
        let result = try Binary.run(["show", "--width", "\(width)"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"))
        for name in stageNames + ["Search ad", "Size guide", "Checkout", "Refer a friend", "Maya", "Tom"] {
            #expect(result.stdout.contains(name), "show prints \(name)")
        }
        #expect(result.stdout.contains("●") && result.stdout.contains("◆"), "both emotion curves are drawn")
        #expect(result.stdout.contains("Emotion"))
        #expect(result.stdout.contains("Insights, highest priority first"))
        #expect(result.stdout.contains(" 1. Shipping fee appears only at the final step — pain point,"),
                "the ranked insights close the print")
        let widest = result.stdout.split(separator: "\n").map { TextWidth.of(String($0)) }.max() ?? 0
        #expect(widest <= width)
    }

    @Test func showDrawsTheCurveInBrailleUnlessTheLocaleOrTheOptionSaysCells() throws {
        func braille(_ text: String) -> Bool { text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) } }
        let utf8 = try Binary.run(["show", "--view", "grid"], environment: ["LC_ALL": "", "LC_CTYPE": "", "LANG": "C.UTF-8"])
        #expect(braille(utf8.stdout) && !utf8.stdout.contains("━"))
        for (arguments, locale) in [(["--curve", "cells"], "C.UTF-8"), ([], "C")] {
            let cells = try Binary.run(["show", "--view", "grid"] + arguments, environment: ["LC_ALL": "", "LC_CTYPE": "", "LANG": locale])
            #expect(!braille(cells.stdout) && cells.stdout.contains("━"), "\(arguments) \(locale)")
            #expect(cells.stdout.contains("●") && cells.stdout.contains("◆"))
        }
    }

    @Test(arguments: [
        ("overview", ["Objectives", "Stage goals", "Open pain points", "overdue since 2025-08-14"]),
        ("personas", ["Maya", "Tom", "Decision process", "Pop-up store (offline)"]),
        ("insights", ["Priority is impact × (6 − effort)", "Shipping fee appears", "in progress", "fixed by 1"]),
        ("metrics", ["Most leave between Awareness and Consideration", "target 68%", "▁█▃"]),
        ("channels", ["Online", "Offline", "Pop-up store", "Product page"]),
        ("grid", ["Touchpoints 1–", "12 votes)", "owner Lena"]),
    ])
    func showPrintsOneView(view: String, expected: [String]) throws {
        let result = try Binary.run(["show", "--view", view, "--width", "120"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"), "plain when piped")
        for text in expected { #expect(result.stdout.contains(text), "\(view) shows \(text)") }
    }

    @Test func showAllPrintsEveryViewUnderItsName() throws {
        let result = try Binary.run(["show", "--view", "all", "--width", "100"])
        #expect(result.status == 0)
        let titles = result.stdout.split(separator: "\n").filter { ["OVERVIEW", "PERSONAS", "GRID", "INSIGHTS", "METRICS",
                                                                    "CHANNELS", "EVIDENCE", "COMPARE"].contains(String($0)) }
        #expect(titles == ["OVERVIEW", "PERSONAS", "GRID", "INSIGHTS", "METRICS", "CHANNELS", "EVIDENCE", "COMPARE"])
        let unknown = try Binary.run(["show", "--view", "kanban"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("grid|overview|personas|insights|metrics|channels|evidence|compare|all"))
    }

    @Test func everyViewOfAMapWithNothingInItSaysSo() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("empty.json")
        try Data(#"{"format": "journey-map", "version": 2, "title": "Empty"}"#.utf8).write(to: URL(fileURLWithPath: path))
        let result = try Binary.run(["show", path, "--view", "all", "--width", "80"])
        #expect(result.status == 0)
        let sections = result.stdout.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }
        func section(_ title: String) -> String { sections.first { $0.hasPrefix(title + "\n") } ?? "" }
        #expect(section("GRID").contains("No stages yet."))
        #expect(section("METRICS").contains("No stages yet."))
        #expect(section("CHANNELS").contains("No channels yet"))
        #expect(section("INSIGHTS").contains("No pain points or opportunities yet."))
        #expect(!result.stdout.contains("Every item is rated"), "no quadrant of nothing")
    }

    @Test func showColorAlwaysUsesEscapeCodes() throws {
        let result = try Binary.run(["show", "--color", "always", "--width", "100"])
        #expect(result.stdout.contains("\u{1B}["))
    }

    @Test func showWithNoColorEnvironmentAndAlwaysKeepsAttributesOnly() throws {
        let result = try Binary.run(["show", "--color", "always"], environment: ["NO_COLOR": "1"])
        #expect(result.stdout.contains("\u{1B}[0;1m"))
        #expect(!result.stdout.contains(";3") && !result.stdout.contains(";9"), "no colour codes under NO_COLOR")
    }

    @Test func newWritesTheSampleAndShowReadsIt() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("shop.json")
        let made = try Binary.run(["new", path])
        #expect(made.status == 0)
        let shown = try Binary.run(["show", path, "--width", "100"])
        #expect(shown.status == 0)
        #expect(shown.stdout == (try Binary.run(["show", "--width", "100"])).stdout)
    }

    @Test func newRefusesToOverwrite() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.write("mine.json", "keep me")
        let result = try Binary.run(["new", path, "--blank"])
        #expect(result.status == 73)
        #expect(result.stderr.contains("already exists"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
    }

    @Test func newBlankHasTheDefaultStages() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("blank.json")
        #expect(try Binary.run(["new", "--blank", path]).status == 0)
        let shown = try Binary.run(["show", path])
        for name in stageNames { #expect(shown.stdout.contains(name)) }
        #expect(shown.stdout.contains("(empty stage)"))
    }

    /// Export and schema crashed here (status 132) until they wrote through StandardOutput as show does.
    @Test(arguments: ["show", "export --format csv", "schema"])
    func aFullDiskIsSaidWithExit74NotACrash(command: String) throws {
        let result = try Spawn.run("/bin/sh", ["-c", "exec \"$0\" $1 > /dev/full", Binary.journey, command], environment: [:])
        #expect(result.status == 74)
        #expect(result.stderr == "journey: cannot write to stdout: No space left on device\n")
    }

    @Test func missingFileExits66() throws {
        let result = try Binary.run(["show", "/nonexistent/map.json"])
        #expect(result.status == 66)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "journey: /nonexistent/map.json: no such file. Check the path, or make one with `journey new /nonexistent/map.json`.\n")
    }

    @Test(arguments: [
        ("{\"format\": \"journey-map\",\n \"version\": 1,,}", "bad.json:2:15: not valid JSON"),
        ("{\"format\": \"journey-map\", \"version\": 1, \"personas\": [{\"id\": \"p\", \"name\": \"P\"}], \"stages\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}, {\"id\": \"c\", \"name\": \"C\", \"touchpoints\": [{\"id\": \"t\", \"name\": \"T\", \"emotion\": {\"p\": \"high\"}}]}]}",
         "bad.json: not a journey map: stages[2].touchpoints[0].emotion.p: expected a number, found a string"),
        ("{\"format\": \"journey-map\", \"version\": 99}", "bad.json: written by a newer journey (format version 99"),
        ("{\"title\": \"a todo list\"}", "bad.json: not a journey map: format: missing"),
    ])
    func badFilesSayWhatAndWhereAndExit65(text: String, message: String) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        scratch.write("bad.json", text)
        for command in [["show", "bad.json"], ["edit", "bad.json"], ["bad.json"]] {
            let result = try Binary.run(command, in: scratch.path)
            #expect(result.status == 65, "\(command)")
            #expect(result.stderr.hasPrefix("journey: " + message), "\(command): \(result.stderr)")
        }
    }

    @Test func versionAndHelpOnEveryCommand() throws {
        let version = try Binary.run(["--version"])
        #expect(version.status == 0 && version.stdout.hasPrefix("journey "))
        for command in [[], ["edit"], ["present"], ["show"], ["new"]] {
            let help = try Binary.run(command + ["--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("USAGE"), "\(command) --help")
        }
    }

    @Test func editWithoutATerminalSaysSo() throws {
        let result = try Binary.run(["edit"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("edit needs a terminal"))
    }

    @Test func editWithoutATerminalLeavesNoLockBehind() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("map.json")
        _ = try Binary.run(["new", path])
        let result = try Binary.run(["edit", path])
        #expect(result.status == 64)
        #expect(!FileManager.default.fileExists(atPath: scratch.file(".map.json.lock")), "no lock left by a refused edit")
    }

    @Test func unknownThemeIsAUsageError() throws {
        let result = try Binary.run(["show", "--theme", "neon"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no theme named \"neon\""))
    }

    @Test func helpListsEverySubcommandAndCompletionsComeFromTheParser() throws {
        let help = try Binary.run(["--help"])
        for command in ["edit", "show", "new", "recover", "export", "import", "templates", "schema"] {
            #expect(help.stdout.contains("  \(command)"), "--help lists \(command)")
        }
        for shell in ["bash", "zsh", "fish"] {
            let script = try Binary.run(["--generate-completion-script", shell])
            #expect(script.status == 0)
            for word in ["export", "import", "templates", "mermaid", "touchpoints"] {
                #expect(script.stdout.contains(word), "\(shell) completion knows \(word)")
            }
        }
    }
}

/// journey links FoundationEssentials only: all of Foundation would bring
/// ICU and its data (twice the binary, slower starts). An `import Foundation`
/// in Sources shows here as a library the binary needs.
@Suite struct LinkedLibrariesTests {
    @Test func theBinaryNeedsNeitherFoundationNorICU() throws {
        let result = try Spawn.run("/usr/bin/readelf", ["-d", Binary.journey], environment: [:])
        #expect(result.status == 0)
        #expect(result.stdout.contains("libFoundationEssentials.so"))
        for library in ["libFoundation.so", "libFoundationInternationalization.so", "lib_FoundationICU.so"] {
            #expect(!result.stdout.contains("[\(library)]"), "\(library)")
        }
    }
}
