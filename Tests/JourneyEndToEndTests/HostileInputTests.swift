import Foundation
import Testing

/// The hostile corpus through the real binary: `show` and `edit` alike give
/// the message and exit code, and escape sequences in text never reach the terminal.
@Suite struct HostileInputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("JourneyCoreTests/Hostile")

    static var cases: [(file: String, code: Int32, message: String)] {
        let text = (try? String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 2).map(String.init)
            guard fields.count == 3, let code = Int32(fields[1]) else { return nil }
            return (fields[0], code, fields[2])
        }
    }

    @Test func everyHostileFileFailsCleanlyInShowAndEdit() throws {
        #expect(Self.cases.count >= 25)
        for hostile in Self.cases {
            for command in ["show", "edit"] {
                let result = try Binary.run([command, hostile.file], in: Self.folder.path)
                #expect(result.status == hostile.code, "\(command) \(hostile.file): \(result.status) \(result.stderr)")
                #expect(result.stderr.hasPrefix("journey: \(hostile.file)"), "\(command) \(hostile.file): \(result.stderr)")
                #expect(result.stderr.contains(hostile.message), "\(command) \(hostile.file): \(result.stderr)")
                #expect(result.stdout.isEmpty)
            }
        }
    }

    /// `journey check` in CI: the store's message, exit 2, nothing on stdout.
    @Test func everyHostileFileFailsCleanlyInCheck() throws {
        for hostile in Self.cases {
            let result = try Binary.run(["check", hostile.file], in: Self.folder.path)
            #expect(result.status == 2, "check \(hostile.file): \(result.status) \(result.stderr)")
            #expect(result.stderr.hasPrefix("journey: \(hostile.file)") && result.stderr.contains(hostile.message),
                    "check \(hostile.file): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func escapeSequencesAreShownEscapedByShow() throws {
        let result = try Binary.run(["show", "escapes-in-text.json", "--width", "120"], in: Self.folder.path)
        #expect(result.status == 0)
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        #expect(result.stdout.contains("Evil ^[[2J^[]0;pwned^G map"))
        #expect(result.stdout.contains("Name^[[31mRED"))
        #expect(result.stdout.contains("Stage <9B>31m"))
    }

    /// A map whose texts hold a title change (OSC 0), a clipboard write (OSC 52), a C1 CSI and a bidi override.
    static let hostileTexts = #"""
        {"format": "journey-map", "version": 1, "title": "Evil \u001b]0;pwned\u0007 map",
         "personas": [{"id": "p", "name": "P"}], "channels": [{"id": "web", "name": "Web", "kind": "online"}],
         "stages": [{"id": "s", "name": "Stage \u009b31m", "touchpoints": [{"id": "t", "name": "Name \u202eevil", "channel": "web",
           "text": {"actions": "copy \u001b]52;c;cm0gLXJmIH4=\u0007 this"}}]}]}
        """#

    static func isRawControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
            || scalar.value == 0x202E
    }

    /// Issue 25, finding 13: `journey templates` printed a title's OSC 0 (the
    /// terminal's title changed), `export --format csv` to a terminal an OSC
    /// 52 (a clipboard write), and Markdown and `diff --format json` passed
    /// U+009B and U+202E through. Data to a file or a pipe stays faithful.
    @Test func escapeSequencesNeverReachATerminalFromAnyCommand() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let map = scratch.write("evil.json", Self.hostileTexts)
        let templates = scratch.file("templates")
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: map, toPath: templates + "/evil.json")
        let listed = try Binary.run(["templates"], environment: ["JOURNEY_TEMPLATES": templates])
        #expect(listed.status == 0 && listed.stdout.contains("Evil ^[]0;pwned^G map"), "\(listed.stdout)")
        #expect(!listed.stdout.unicodeScalars.contains(where: Self.isRawControl))

        // script(1) gives journey a terminal for standard output and copies what reaches it.
        let onTerminal = try Spawn.run("/usr/bin/script", ["-qec", "'\(Binary.journey)' export '\(map)' --format csv", "/dev/null"],
                                       environment: ProcessInfo.processInfo.environment)
        #expect(onTerminal.status == 0 && onTerminal.stdout.contains("copy ^[]52;c;cm0gLXJmIH4=^G this"), "\(onTerminal.stdout)")
        #expect(!onTerminal.stdout.unicodeScalars.contains(where: Self.isRawControl))
        let piped = try Binary.run(["export", map, "--format", "csv"])
        #expect(piped.stdout.contains("copy \u{1B}]52;c;cm0gLXJmIH4=\u{07} this"), "a pipe gets the data as it is")

        let markdown = try Binary.run(["export", map, "--format", "md"])
        #expect(markdown.status == 0 && markdown.stdout.contains("Name &#x202E;evil"), "\(markdown.stdout)")
        #expect(!markdown.stdout.unicodeScalars.contains(where: Self.isRawControl))
        let json = try Binary.run(["diff", "/dev/null", map, "--format", "json"])
        #expect(json.status == 1 && json.stdout.contains(#"Stage \u009b31m"#) && json.stdout.contains(#"Name \u202eevil"#),
                "\(json.stdout)")
        #expect(!json.stdout.unicodeScalars.contains(where: Self.isRawControl))
    }

    /// Issue 25, finding 15: `show` of a 100 MB cell took 23 s and 7.7 GB,
    /// `show --plain` with 1M links 12.6 s (a scan of the map per link), a
    /// Mermaid import with 100k actors 19.6 s (a search of the actors per
    /// actor). Here a tenth of that: the cell's print is bounded, and the
    /// others finish, with a watchdog against the old minutes.
    @Test func hostileSizesCostInProportionToTheirInput() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let cell = String(repeating: "word ", count: 2_000_000)
        let tall = scratch.write("tall.json", #"{"format": "journey-map", "version": 1, "title": "Tall", "stages": [{"id": "s", "name": "S", "#
            + #""touchpoints": [{"id": "t", "name": "T", "text": {"actions": ""# + cell + #""}}]}]}"#)
        let shown = try Binary.run(["show", tall, "--width", "100"], watchdog: 120)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.utf8.count < 200_000, "a cell's print is bounded: \(shown.stdout.utf8.count) bytes")

        let count = 100_000
        let pains = (0..<count).map { #"{"id": "p\#($0)", "text": "pain \#($0)"}"# }.joined(separator: ", ")
        let links = (0..<count).map { #""p\#(count - 1 - $0)""# }.joined(separator: ", ")
        let linked = scratch.write("links.json", #"{"format": "journey-map", "version": 2, "title": "Links", "stages": [{"id": "s", "#
            + #""name": "S", "touchpoints": [{"id": "t", "name": "T", "painPoints": ["# + pains + #"], "opportunities": "#
            + #"[{"id": "o", "text": "fix", "addresses": ["# + links + "]}]}]}]}")
        let facts = try Binary.run(["show", "--plain", linked], watchdog: 60)
        #expect(facts.status == 0, "\(facts.status) \(facts.stderr)")
        #expect(facts.stdout.contains("\nT › opportunity › addresses: pain 0\n"))

        let actors = (0..<count).map { "actor \($0)" }.joined(separator: ", ")
        let diagram = scratch.write("crowd.mmd", "journey\n  section Everyone\n    Wait: 3: " + actors + "\n")
        let imported = try Binary.run(["import", diagram], watchdog: 60)
        #expect(imported.status == 0, "\(imported.status) \(imported.stderr)")
        #expect(imported.stdout.contains("\"actor 99999\""))
    }

    @Test(.enabled(if: Tmux.isAvailable, "needs tmux"))
    func escapeSequencesAreShownEscapedInTheEditor() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("evil.json")
        try FileManager.default.copyItem(atPath: Self.folder.appendingPathComponent("escapes-in-text.json").path, toPath: path)
        let tmux = try Tmux(width: 100, height: 30, command: "'\(Binary.journey)' '\(path)'")
        // A screen caught while the frame is still being drawn may hold one text and not yet the others: wait for all.
        let texts = ["Name^[[31mRED", "Evil ^[[2J^[]0;pwned^G map", "bell^G and ^M carriage"]
        try tmux.waitFor("every hostile text shown escaped") { screen in texts.allSatisfy { screen.contains($0) } }
    }
}
