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

    @Test func escapeSequencesAreShownEscapedByShow() throws {
        let result = try Binary.run(["show", "escapes-in-text.json", "--width", "120"], in: Self.folder.path)
        #expect(result.status == 0)
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        #expect(result.stdout.contains("Evil ^[[2J^[]0;pwned^G map"))
        #expect(result.stdout.contains("Name^[[31mRED"))
        #expect(result.stdout.contains("Stage <9B>31m"))
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
