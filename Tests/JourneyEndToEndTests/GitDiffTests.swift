import Foundation
import JourneyCore
import JourneyJSON
import Testing

/// Maps in a real git repository: `journey git-setup`, then `git diff`,
/// `git log -p` and `git show` print what changed by ids.
@Suite struct GitDiffTests {
    /// A repository with the sample committed as `shop.journey.json`, set up by `journey git-setup`.
    func repository() throws -> GitRepository {
        let repo = try GitRepository(map: "shop.journey.json")
        try repo.setUpJourney()
        return repo
    }

    func moveAndRescore(_ map: inout JourneyMap) {
        let moved = map.stages[1].touchpoints.remove(at: 1)
        map.stages[2].touchpoints.append(moved)
        map.stages[0].touchpoints[0].emotion["maya"] = 1
    }

    @Test func gitSetupWritesTheAttributesAndConfigOnceAndSaysWhat() throws {
        let repo = try repository()
        defer { repo.scratch.remove() }
        let again = try Binary.run(["git-setup"], environment: repo.environment, in: repo.scratch.path)
        #expect(again.stdout.contains("already has: *.journey.json diff=journey merge=journey"))
        #expect(again.stdout.contains("git config merge.journey.driver"))
        let attributes = try String(contentsOfFile: repo.scratch.file(".gitattributes"), encoding: .utf8)
        #expect(attributes == "*.journey.json diff=journey merge=journey\n")
        #expect(try repo.git("config", "diff.journey.textconv").hasSuffix("journey show --plain\n"))
        #expect(try repo.git("config", "merge.journey.driver").hasSuffix("journey merge %O %A %B %P\n"))
        let outside = Scratch()
        defer { outside.remove() }
        let refused = try Binary.run(["git-setup"], environment: ["GIT_CEILING_DIRECTORIES": outside.path], in: outside.path)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("not in a git repository"))
    }

    @Test func gitDiffShowsWhatChangedByIDs() throws {
        let repo = try repository()
        defer { repo.scratch.remove() }
        try repo.edit(moveAndRescore)
        let diff = try repo.git("diff")
        #expect(diff.hasPrefix("journey diff a/shop.journey.json b/shop.journey.json\n"), "the header comes first")
        #expect(diff.contains("→ moved touchpoint \"Size guide\" from \"Consideration\" to \"Decision\""))
        #expect(diff.contains("~ Awareness › Search ad: emotion: Maya: 0 → +1"))
        #expect(!diff.contains("\"touchpoints\""), "no JSON lines")
    }

    @Test func gitLogAndShowPrintOneFactPerLine() throws {
        let repo = try repository()
        defer { repo.scratch.remove() }
        try repo.edit(moveAndRescore)
        try repo.git("commit", "-q", "-am", "move the size guide")
        for output in [try repo.git("log", "-p", "-1"), try repo.git("show", "HEAD")] {
            #expect(output.contains("-Search ad › emotion: Maya: 0"))
            #expect(output.contains("+Search ad › emotion: Maya: +1"))
            #expect(output.contains("-touchpoint Size guide"))
            #expect(output.contains("+touchpoint Size guide"))
            #expect(!output.contains("\"emotion\""), "no JSON lines")
        }
    }

    /// Issue 27, item 9: each touchpoint fact named its stage, so `git log -p`
    /// printed a line for every fact under a renamed stage.
    @Test func aRenamedStageIsOneChangedLineInGitLog() throws {
        let repo = try repository()
        defer { repo.scratch.remove() }
        try repo.edit { $0.stages[1].name = "Compare" }
        try repo.git("commit", "-q", "-am", "rename a stage")
        let changed = try repo.git("log", "-p", "-1", "--format=").split(separator: "\n").filter {
            ($0.hasPrefix("+") || $0.hasPrefix("-")) && !$0.hasPrefix("+++") && !$0.hasPrefix("---")
        }
        #expect(changed == ["-stage Consideration", "+stage Compare"])
    }

    @Test func diffExitsLikeDiff() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let a = scratch.file("a.json"), b = scratch.file("b.json")
        #expect(try Binary.run(["new", a]).status == 0)
        #expect(try Binary.run(["new", b, "--blank"]).status == 0)
        #expect(try Binary.run(["diff", a, a]).status == 0)
        let different = try Binary.run(["diff", a, b, "--stat"])
        #expect(different.status == 1)
        #expect(different.stdout.contains(" differences: "))
        let json = try Binary.run(["diff", a, b, "--format", "json"])
        #expect(json.status == 1)
        #expect((try? JSONParser.parse(Array(json.stdout.utf8))) != nil)
        let broken = try Binary.run(["diff", a, scratch.write("bad.json", "{")])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("bad.json:1:2: not valid JSON"))
        #expect(try Binary.run(["diff", a]).status == 64)
    }
}
