import Foundation
import Testing

/// `journey templates`, `journey new --template` and `journey schema`, with
/// the schema checked by a real validator: Python's jsonschema.
@Suite struct SchemaAndTemplateTests {
    static let templates = ["e-commerce", "saas-trial", "omnichannel-retail", "support-case", "b2b-procurement"]
    static let hostile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("JourneyCoreTests/Hostile")

    @Test func templatesListsEveryBuiltInWithADescription() throws {
        let result = try Binary.run(["templates"], environment: ["JOURNEY_TEMPLATES": "/nonexistent"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == Self.templates.count)
        for (line, name) in zip(lines, Self.templates) {
            #expect(line.hasPrefix(name + " ") && line.count > name.count + 20, "\(line)")
        }
    }

    @Test func aUserTemplateIsListedWithItsPathAndUsable() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        #expect(try Binary.run(["new", "--blank", scratch.file("kickoff.json")]).status == 0)
        let listed = try Binary.run(["templates"], environment: ["JOURNEY_TEMPLATES": scratch.path])
        #expect(listed.stdout.contains("kickoff") && listed.stdout.contains("(\(scratch.file("kickoff.json")))"))
        let made = try Binary.run(["new", scratch.file("ours.json"), "--template", "kickoff"],
                                  environment: ["JOURNEY_TEMPLATES": scratch.path])
        #expect(made.status == 0)
        #expect(try String(contentsOfFile: scratch.file("ours.json"), encoding: .utf8)
            == String(contentsOfFile: scratch.file("kickoff.json"), encoding: .utf8))
    }

    @Test func newFromATemplateWritesAMapThatShowReads() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("trial.json")
        let made = try Binary.run(["new", path, "--template", "saas-trial"])
        #expect(made.status == 0)
        #expect(made.stdout == "journey: wrote the saas-trial template to \(path)\n")
        let shown = try Binary.run(["show", path, "--width", "120"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("Loop: from free trial to paid plan") && shown.stdout.contains("Example: "))
    }

    @Test func anUnknownTemplateExits64WithTheNames() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let result = try Binary.run(["new", scratch.file("x.json"), "--template", "wedding"],
                                    environment: ["JOURNEY_TEMPLATES": "/nonexistent"])
        #expect(result.status == 64)
        #expect(result.stderr == "journey: no template named \"wedding\"; templates: \(Self.templates.joined(separator: ", "))\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("x.json")))
        #expect(try Binary.run(["new", scratch.file("y.json"), "--blank", "--template", "saas-trial"]).status == 64)
    }

    /// Issue 25, finding 12: `café.json` in NFC and in NFD (two files, one
    /// Swift string) trapped in `Dictionary(uniqueKeysWithValues:)`, and a
    /// template that is a link to a terminal hung the listing on its read.
    @Test func userTemplatesThatShareANameOrAreNotFilesNeitherCrashNorHang() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let composed = scratch.file("caf\u{E9}.json"), decomposed = scratch.file("cafe\u{301}.json")
        #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8))
        let blank = try String(contentsOfFile: try Self.newBlank(in: scratch), encoding: .utf8)
        for path in [composed, decomposed] {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            #expect(fd >= 0 && write(fd, blank, blank.utf8.count) == blank.utf8.count)
            close(fd)
        }
        let terminal = try Self.pseudoTerminal()
        defer { close(terminal.controller) }
        symlink(terminal.device, scratch.file("tty.json"))
        mkfifo(scratch.file("fifo.json"), 0o644)
        let environment = ["JOURNEY_TEMPLATES": scratch.path]

        let listed = try Binary.run(["templates"], environment: environment, watchdog: 60)
        #expect(listed.status == 0, "\(listed.status) \(listed.stderr)")
        #expect(listed.stdout.contains("tty.json is not a regular file") && listed.stdout.contains("fifo.json is not a regular file"),
                "\(listed.stdout)")
        #expect(listed.stdout.contains("the same name as"), "\(listed.stdout)")
        let made = try Binary.run(["new", scratch.file("ours.json"), "--template", "caf\u{E9}"], environment: environment,
                                  watchdog: 60)
        #expect(made.status == 0, "\(made.status) \(made.stderr)")
        let fromTerminal = try Binary.run(["new", scratch.file("tty-made.json"), "--template", "tty"], environment: environment,
                                          watchdog: 60)
        #expect(fromTerminal.status == 66 && fromTerminal.stderr.contains("not a regular file"),
                "\(fromTerminal.status) \(fromTerminal.stderr)")
    }

    /// A terminal nobody types into (a read of its device waits for ever): the controlling side and the device's path.
    /// grantpt, unlockpt and ptsname are not visible from Swift here: their ioctls, TIOCSPTLCK and TIOCGPTN.
    static func pseudoTerminal() throws -> (controller: Int32, device: String) {
        let controller = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0, number: UInt32 = 0
        try #require(controller >= 0 && ioctl(controller, 0x4004_5431, &unlock) == 0 && ioctl(controller, 0x8004_5430, &number) == 0)
        return (controller, "/dev/pts/\(number)")
    }

    static func newBlank(in scratch: Scratch) throws -> String {
        let path = scratch.file("blank.map")
        #expect(try Binary.run(["new", "--blank", path]).status == 0)
        return path
    }

    @Test func theSchemaPassesEveryTemplateAndFailsHostileFiles() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let schema = try Binary.run(["schema"])
        #expect(schema.status == 0)
        scratch.write("schema.json", schema.stdout)
        var good = [scratch.file("sample.json")]
        #expect(try Binary.run(["new", good[0]]).status == 0)
        for name in Self.templates {
            good.append(scratch.file(name + ".json"))
            #expect(try Binary.run(["new", good.last!, "--template", name]).status == 0)
        }
        let bad = ["wrong-type", "rate-over-100", "unknown-lane-kind", "not-a-map", "negative-votes", "fraction-for-integer",
                   "huge-integer", "string-for-number", "empty-id", "newer-version", "top-level-array", "last-reviewed-with-slashes",
                   "last-reviewed-no-such-day", "schema-not-a-string", "conflict-without-path", "empty-touchpoint-id",
                   "voting-budget-zero"]
        let files = good + bad.map { Self.hostile.appendingPathComponent($0 + ".json").path }
        let verdicts = try SchemaValidator.verdicts(schema: scratch.file("schema.json"), files: files)
        let expected = good.map { _ in true } + bad.map { _ in false }
        let wrong = files.indices.filter { verdicts[$0] != expected[$0] }.map { URL(fileURLWithPath: files[$0]).lastPathComponent }
        #expect(wrong.isEmpty, "judged wrongly: \(wrong)")
    }
}
