import Foundation
import Testing

/// What the commands that record a tool's export in a map (`measure`,
/// `survey`) are held to alike, run as a person runs them.
enum ExportImporterRuns {
    /// A scratch folder holding a new map, the map's path and its text.
    static func newMap() throws -> (scratch: Scratch, map: String, original: String) {
        let scratch = Scratch()
        let map = scratch.file("map.json")
        _ = try Binary.run(["new", map])
        return (scratch, map, try String(contentsOfFile: map, encoding: .utf8))
    }

    /// `journey COMMAND MAP --from EXPORT` while the map is open in journey:
    /// refused (exit 73), saying so and that nothing was written, and the map as it was.
    static func expectRefusedWhileOpen(_ command: String, export name: String, _ text: String) throws {
        let (scratch, map, _) = try newMap()
        defer { scratch.remove() }
        let tmux = try Tmux(width: 100, height: 30, command: "'\(Binary.journey)' '\(map)'")
        _ = try tmux.waitFor("Search ad")
        let original = try String(contentsOfFile: map, encoding: .utf8)
        let refused = try Binary.run([command, map, "--from", scratch.write(name, text)])
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("is open in journey (") && refused.stderr.contains("nothing was written: \(command) after it is closed"),
                "\(refused.stderr)")
        #expect(try String(contentsOfFile: map, encoding: .utf8) == original)
        try tmux.send(":q!", "Enter")
    }
}
