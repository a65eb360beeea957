import Foundation
import JourneyCore
import Testing

/// `journey merge` as git's merge driver, with the real git: two branches
/// edit one map, `git merge` runs the driver, the map loads and holds both.
@Suite struct GitMergeTests {
    static func update(_ map: inout JourneyMap, _ id: String, _ change: (inout Touchpoint) -> Void) {
        let (s, i) = map.locate(touchpoint: id)!
        change(&map.stages[s].touchpoints[i])
    }

    static func insert(_ map: inout JourneyMap, _ id: String, after: String) {
        let (s, i) = map.locate(touchpoint: after)!
        map.stages[s].touchpoints.insert(Touchpoint(id: id, name: id.capitalized, channel: "website"), at: i + 1)
    }

    @Test func editsOfOneStageOnTwoBranchesMergeCleanlyWithTheDriverAndConflictWithout() throws {
        let repository = try GitRepository(map: "map.json")
        defer { repository.scratch.remove() }
        try repository.branch("ours") { map in
            Self.update(&map, "checkout") { $0.text["actions"] = "Pays with a card" }
            Self.insert(&map, "gift-wrap", after: "checkout")
        }
        try repository.branch("theirs", from: "main") { map in
            Self.update(&map, "delivery") { $0.name = "Doorstep delivery" }
            Self.insert(&map, "click-and-collect", after: "checkout")
        }
        try repository.git("checkout", "-q", "ours")

        let plain = try repository.run("merge", "--no-edit", "theirs")
        #expect(plain.status != 0, "without the driver, git sees both branches inserting at one place")
        try repository.git("merge", "--abort")

        try repository.setUpJourney("--pattern", "*.json")
        let merged = try repository.run("merge", "--no-edit", "theirs")
        #expect(merged.status == 0, "\(merged.stdout)\(merged.stderr)")
        let map = try MapStore.load(path: repository.map)
        #expect(map.touchpoint(id: "checkout")?.text["actions"] == "Pays with a card")
        #expect(map.touchpoint(id: "delivery")?.name == "Doorstep delivery")
        #expect(map.stages[map.stageIndex(id: "purchase")!].touchpoints.map(\.id)
                    == ["checkout", "gift-wrap", "click-and-collect", "order-email", "delivery"])
        #expect(map.conflicts.isEmpty)
        #expect(try repository.git("status", "--porcelain") == "")
    }

    @Test func aConflictingPairLeavesAMapThatLoadsWithTheConflictAndCanBeResolved() throws {
        let repository = try GitRepository(map: "map.json")
        defer { repository.scratch.remove() }
        try repository.setUpJourney("--pattern", "*.json")
        try repository.branch("ours") { map in Self.update(&map, "compare") { $0.name = "Compare two shoes" } }
        try repository.branch("theirs", from: "main") { map in Self.update(&map, "compare") { $0.name = "Compare prices" } }
        try repository.git("checkout", "-q", "ours")

        let merged = try repository.run("merge", "--no-edit", "theirs")
        #expect(merged.status != 0)
        // Issue 27, item 7: the driver named git's temporary file, .merge_file_XXXXXX.
        let said = merged.stdout + merged.stderr
        #expect(said.contains("journey: 1 conflict left in map.json, under \"conflicts\""), "\(said)")
        #expect(!said.contains(".merge_file_"), "\(said)")
        #expect(try repository.git("diff", "--name-only", "--diff-filter=U") == "map.json\n")
        let undecided = "! 1 merge conflict left undecided: decide it with :conflicts in journey\n"
        #expect(try repository.git("diff", "HEAD").hasSuffix(undecided))
        #expect(try repository.git("diff", "--no-ext-diff", "HEAD").contains(
            "\n+undecided merge conflict: " + (try MapStore.load(path: repository.map)).conflicts[0].what + "\n"))
        let text = try String(contentsOfFile: repository.map, encoding: .utf8)
        #expect(!text.contains("<<<<<<<"))
        let map = try MapStore.load(path: repository.map)
        let conflict = try #require(map.conflicts.first)
        #expect(map.conflicts.count == 1)
        #expect(conflict.path == ["stages", "decision", "touchpoints", "compare", "name"])
        #expect(conflict.ours == .string("Compare two shoes") && conflict.theirs == .string("Compare prices"))
        #expect(map.touchpoint(id: "compare")?.name == "Compare two shoes")

        let resolved = try map.resolving(conflict.id, .theirs).get()
        #expect(MapStore.save(resolved, to: repository.map).isSaved)
        try repository.commit("merged, theirs taken")
        let final = try MapStore.load(path: repository.map)
        #expect(final.touchpoint(id: "compare")?.name == "Compare prices" && final.conflicts.isEmpty)
        #expect(try repository.git("status", "--porcelain") == "")
    }

    /// A clone whose config an older `journey git-setup` wrote passes no %P: the driver still merges.
    @Test func aDriverConfiguredWithoutThePathStillMerges() throws {
        let repository = try GitRepository(map: "map.json")
        defer { repository.scratch.remove() }
        try repository.setUpJourney("--pattern", "*.json")
        let driver = try repository.git("config", "merge.journey.driver").trimmingCharacters(in: .newlines)
        try repository.git("config", "merge.journey.driver", String(driver.dropLast(" %P".count)))
        try repository.branch("ours") { map in Self.update(&map, "compare") { $0.name = "Compare two shoes" } }
        try repository.branch("theirs", from: "main") { map in Self.update(&map, "compare") { $0.name = "Compare prices" } }
        try repository.git("checkout", "-q", "ours")
        let merged = try repository.run("merge", "--no-edit", "theirs")
        #expect(merged.status != 0)
        #expect((merged.stdout + merged.stderr).contains("journey: 1 conflict left in "))
        #expect(try MapStore.load(path: repository.map).conflicts.count == 1)
    }

    /// Issue 27, item 8: in a clone that never ran `journey git-setup`, git
    /// merges the map as text. journey names the markers instead of a JSON
    /// error, and the steps its message gives merge the map by ids after all.
    @Test func aCloneWithoutTheDriverIsToldHowToMergeTheMapByIDs() throws {
        let repository = try GitRepository(map: "map.journey.json")
        defer { repository.scratch.remove() }
        try repository.setUpJourney()
        try repository.git("clone", "-q", ".", "clone")
        let clone = repository.scratch.file("clone"), map = repository.scratch.file("clone/map.journey.json")
        func rename(_ name: String) throws {
            var loaded = try MapStore.load(path: map)
            Self.update(&loaded, "compare") { $0.name = name }
            #expect(MapStore.save(loaded, to: map).isSaved)
        }
        try repository.git("-C", "clone", "checkout", "-q", "-b", "theirs")
        try rename("Compare prices")
        try repository.git("-C", "clone", "commit", "-q", "-am", "theirs")
        try repository.git("-C", "clone", "checkout", "-q", "main")
        try rename("Compare two shoes")
        try repository.git("-C", "clone", "commit", "-q", "-am", "ours")
        #expect(try repository.run("-C", "clone", "merge", "--no-edit", "theirs").status != 0)

        for command in ["show", "edit", "check"] {
            let opened = try Binary.run([command, "map.journey.json"], environment: repository.environment, in: clone)
            #expect(opened.status == (command == "check" ? 2 : 65))
            #expect(opened.stderr.hasPrefix("journey: map.journey.json holds git's conflict markers (<<<<<<< at line "),
                    "\(command): \(opened.stderr)")
        }
        let message = try Binary.run(["show", "map.journey.json"], environment: repository.environment, in: clone).stderr
        let commands = message.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }
        #expect(commands.prefix(2).map { String($0.element) } == ["journey git-setup", "git checkout --merge map.journey.json"])

        #expect(try Binary.run(["git-setup"], environment: repository.environment, in: clone).status == 0)
        let remerged = try repository.run("-C", "clone", "checkout", "--merge", "map.journey.json")
        #expect(remerged.status == 0, "\(remerged.stderr)")
        let merged = try MapStore.load(path: map)
        let conflict = try #require(merged.conflicts.first)
        #expect(merged.conflicts.count == 1 && conflict.path == ["stages", "decision", "touchpoints", "compare", "name"])
        #expect(MapStore.save(try merged.resolving(conflict.id, .theirs).get(), to: map).isSaved)
        try repository.git("-C", "clone", "add", "map.journey.json")
        try repository.git("-C", "clone", "commit", "-q", "--no-edit")
        #expect(try MapStore.load(path: map).touchpoint(id: "compare")?.name == "Compare prices")
        #expect(try repository.git("-C", "clone", "status", "--porcelain") == "")
    }

    /// Issue 27, item 8: the help suggested `*.json merge=journey`, which sends every JSON file to the driver.
    @Test func theHelpShowsWhatGitSetupWrites() throws {
        let repository = try GitRepository(map: "map.journey.json")
        defer { repository.scratch.remove() }
        try repository.setUpJourney()
        let help = try Binary.run(["merge", "--help"]).stdout
        let attributes = try String(contentsOfFile: repository.scratch.file(".gitattributes"), encoding: .utf8)
        #expect(help.contains("\n  " + attributes), "\(help)")
        #expect(help.contains("name = " + (try repository.git("config", "merge.journey.name"))))
        #expect(try repository.git("config", "merge.journey.driver").hasSuffix("/journey merge %O %A %B %P\n"))
        #expect(help.contains("driver = /full/path/to/journey merge %O %A %B %P\n"))
        #expect(!help.contains("*.json merge"))
    }

    @Test func theCommandSaysItsExitCodes() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        #expect(try Binary.run(["new", scratch.file("base.json")]).status == 0)
        scratch.write("broken.json", "{\"format\": \"journey-map\", \"version\": 1, \"stages\": 3}")
        let broken = try Binary.run(["merge", scratch.file("base.json"), scratch.file("broken.json"), scratch.file("base.json")])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("broken.json: not a journey map: stages"))
        let same = try Binary.run(["merge", scratch.file("base.json"), scratch.file("base.json"), scratch.file("base.json"),
                                   "-o", scratch.file("out.json")])
        #expect(same.status == 0)
        #expect(FileManager.default.contents(atPath: scratch.file("out.json")) == FileManager.default.contents(atPath: scratch.file("base.json")))
    }
}
