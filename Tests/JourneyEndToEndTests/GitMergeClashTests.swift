import Foundation
import JourneyCore
import Testing

/// Issue 27, item 5, through git: ours narrowed the emotion scale, theirs
/// scored off it and made edits of its own; the driver keeps those and puts
/// only the clash in conflicts.
@Suite struct GitMergeClashTests {
    @Test func theDriverKeepsTheirsEditsAndConflictsOnlyOnTheClash() throws {
        let repository = try GitRepository(map: "map.json")
        defer { repository.scratch.remove() }
        try repository.setUpJourney("--pattern", "*.json")
        try repository.branch("ours") { map in
            map.emotionScale = EmotionScale(min: -1, max: 1)
            for s in map.stages.indices {
                for t in map.stages[s].touchpoints.indices {
                    map.stages[s].touchpoints[t].emotion = map.stages[s].touchpoints[t].emotion.mapValues { min(max($0, -1), 1) }
                }
            }
        }
        try repository.branch("theirs", from: "main") { map in
            map.title = "Running shoes, theirs"
            GitMergeTests.update(&map, "order-email") { $0.emotion["maya"] = 2 }
            GitMergeTests.update(&map, "compare") { $0.text["actions"] = "Compares three shoes side by side" }
            GitMergeTests.insert(&map, "gift-wrap", after: "checkout")
        }
        try repository.git("checkout", "-q", "ours")
        let sides = try [repository.git("show", "ours:map.json"), repository.git("show", "theirs:map.json")].map(\.utf8.count)

        let merged = try repository.run("merge", "--no-edit", "theirs")
        #expect(merged.status != 0)
        #expect((merged.stdout + merged.stderr).contains("journey: 2 conflicts left in map.json"), "\(merged.stdout)\(merged.stderr)")
        let size = try Data(contentsOf: URL(fileURLWithPath: repository.map)).count
        #expect(Double(size) < 1.1 * Double(sides.max()!), "merged \(size) bytes, the sides \(sides)")
        let map = try MapStore.load(path: repository.map)
        #expect(map.title == "Running shoes, theirs")
        #expect(map.touchpoint(id: "compare")?.text["actions"] == "Compares three shoes side by side")
        #expect(map.touchpoint(id: "gift-wrap") != nil)
        #expect(map.emotionScale.max == 1 && map.touchpoint(id: "order-email")?.emotion["maya"] == 0.5)
        #expect(Set(map.conflicts.map(\.path))
                    == [["emotionScale", "max"], ["stages", "purchase", "touchpoints", "order-email", "emotion", "maya"]])
    }
}
