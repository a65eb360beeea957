import Foundation
import JourneyCore
import Testing

/// A folder of maps from the command line: `journey check FOLDER` and the
/// portfolio `journey FOLDER` in tmux, opening a map and coming back.
@Suite struct PortfolioCommandTests {
    /// The sample and two templates, one in a subfolder, and a map that does not load.
    static func workspace() throws -> Scratch {
        let scratch = Scratch()
        try FileManager.default.createDirectory(atPath: scratch.file("retail"), withIntermediateDirectories: true)
        #expect(try Binary.run(["new", scratch.file("sample.journey.json")]).status == 0)
        #expect(try Binary.run(["new", scratch.file("retail/store.json"), "--template", "omnichannel-retail"]).status == 0)
        #expect(try Binary.run(["new", scratch.file("saas.json"), "--template", "saas-trial"]).status == 0)
        scratch.write("package.json", #"{"name": "no map"}"#)
        return scratch
    }

    @Test func checkOfAFolderChecksEveryMapInItAndItsSubfoldersInPathOrder() throws {
        let scratch = try Self.workspace()
        defer { scratch.remove() }
        let clean = try Binary.run(["check", scratch.path, "--disable", "review-overdue", "--disable", "stale-target"])
        #expect(clean.status == 0 && clean.stdout.isEmpty && clean.stderr.isEmpty, "\(clean.stdout)\(clean.stderr)")
        var map = try MapStore.load(path: scratch.file("retail/store.json"))
        map.stages[0].goal = ""
        #expect(MapStore.save(map, to: scratch.file("retail/store.json")).isSaved)
        scratch.write("broken.journey.json", "{\"format\": \"journey-map\",\n")
        let found = try Binary.run(["check", "."], in: scratch.path)
        #expect(found.status == 2)
        #expect(found.stderr.hasPrefix("journey: broken.journey.json:2:1: not valid JSON"))
        let lines = found.stdout.split(separator: "\n")
        #expect(lines.contains("retail/store.json: stages[0]: warning: stage \"\(map.stages[0].name)\" has no goal (stage-without-goal)"))
        #expect(lines.map { $0.split(separator: ":")[0] } == lines.map { $0.split(separator: ":")[0] }.sorted())
        #expect(!found.stdout.contains("package.json"))
        let missing = try Binary.run(["check", scratch.file("nowhere/")])
        #expect(missing.status == 2 && missing.stderr.contains("nowhere/: no such file"), "\(missing.stderr)")
    }

    @Test(.enabled(if: Tmux.isAvailable)) func thePortfolioListsEveryMapOpensOneAndComesBack() throws {
        let scratch = try Self.workspace()
        defer { scratch.remove() }
        let cache = scratch.file(".cache")
        let tmux = try Tmux(width: 100, height: 30,
                            command: "cd \(scratch.path) && XDG_CACHE_HOME=\(cache) \(Binary.journey); echo EXIT=$?; sleep 30")
        var screen = try tmux.waitFor("Stride: buying running shoes online")
        #expect(screen.contains("Nordhem"))
        #expect(screen.contains("Loop: from free trial to paid plan"))
        #expect(screen.contains("3 maps"))
        try tmux.send("G")
        try tmux.send("Enter")
        screen = try tmux.waitFor("Awareness")
        #expect(screen.contains("Search ad"))
        try tmux.send("q")
        screen = try tmux.waitFor("Portfolio")
        #expect(screen.contains("▸ Stride: buying running shoes online"))
        try tmux.send("q")
        _ = try tmux.waitFor("EXIT=0")
        // The cache was written in the user's cache folder, not in the workspace.
        #expect(FileManager.default.fileExists(atPath: cache + "/journey/workspaces/records"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted()
            == [".cache", "package.json", "retail", "saas.json", "sample.journey.json"])
    }
}
