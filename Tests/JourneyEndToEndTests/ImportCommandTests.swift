import Foundation
import JourneyCore
import Testing

/// `journey import` from the command line: round trips through the real
/// binary, and bad input refused with the line, exit 65, nothing written.
@Suite struct ImportCommandTests {
    @Test func mermaidAndCSVExportsImportBackIntoMapsThatOpen() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        for (format, name) in [("mermaid", "sample.mmd"), ("csv", "sample.csv")] {
            let exported = scratch.file(name)
            #expect(try Binary.run(["export", "--format", format, "-o", exported]).status == 0)
            let map = scratch.file(name + ".json")
            let imported = try Binary.run(["import", exported, "-o", map])
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stderr.contains("6 stages, 18 touchpoints, 2 personas"), "\(imported.stderr)")
            let shown = try Binary.run(["show", map])
            #expect(shown.status == 0)
            #expect(shown.stdout.contains("Refer a friend"))
            let again = try Binary.run(["import", exported])
            #expect(again.stdout == (try String(contentsOfFile: map, encoding: .utf8)), "importing twice gives the same map")
        }
    }

    @Test(arguments: [
        ("bad-score.mmd", "journey\nsection A\n  Task: 7: Ann\n", "bad-score.mmd:3:"),
        ("no-header.mmd", "section A\n  Task: 3: Ann\n", "no-header.mmd:1:"),
        ("binary.mmd", "journey\n\u{0}\u{1}\u{2}", "binary.mmd:2:"),
        ("bad-score.csv", "stage,touchpoint,emotion: Ann\nA,Task,lots\n", "bad-score.csv:2:"),
    ])
    func badImportsSayWhereAndWriteNothing(name: String, text: String, place: String) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let input = scratch.write(name, text)
        let out = scratch.file("out.json")
        let result = try Binary.run(["import", input, "-o", out])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("journey: " + scratch.path + "/" + place), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func importNeverReplacesAMapUnlessForced() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let input = scratch.write("a.mmd", "journey\ntitle Mine\nsection A\n  Task: 5: Ann\n")
        let map = scratch.write("map.json", "keep me")
        let refused = try Binary.run(["import", input, "-o", map])
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("already exists"))
        #expect(try String(contentsOfFile: map, encoding: .utf8) == "keep me")
        #expect(try Binary.run(["import", input, "-o", map, "--force"]).status == 0)
        #expect(try MapStore.load(path: map).title == "Mine")
        let unknown = try Binary.run(["import", scratch.write("notes.txt", "journey")])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("--format mermaid or --format csv"))
        #expect(try Binary.run(["import", scratch.file("missing.mmd")]).status == 66)
    }

    /// `-o` naming the input (by its path or through a link) would replace
    /// the map with its own export, or the diagram with its import.
    @Test func neitherCommandWritesOverItsInput() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let map = scratch.file("map.json")
        #expect(try Binary.run(["new", map]).status == 0)
        let before = try String(contentsOfFile: map, encoding: .utf8)
        let link = scratch.file("link.md")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: map)
        for output in [map, link, scratch.path + "/./map.json"] {
            let result = try Binary.run(["export", map, "--format", "md", "-o", output])
            #expect(result.status == 73, "\(output)")
            #expect(result.stderr.contains("is the map being exported"), "\(result.stderr)")
        }
        #expect(try String(contentsOfFile: map, encoding: .utf8) == before)
        let diagram = scratch.write("d.mmd", "journey\nsection A\n  Task: 5: Ann\n")
        let result = try Binary.run(["import", diagram, "-o", diagram, "--force"])
        #expect(result.status == 73)
        #expect(result.stderr.contains("is the file being imported"), "\(result.stderr)")
        #expect(try String(contentsOfFile: diagram, encoding: .utf8) == "journey\nsection A\n  Task: 5: Ann\n")
    }
}
