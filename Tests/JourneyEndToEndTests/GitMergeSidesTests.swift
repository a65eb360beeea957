import Foundation
import JourneyCore
import Testing

/// Issue 27, item 6: the conflicts the driver leaves say which branch each
/// side was, from what git 2.39 tells a driver: a merge names both branches,
/// a rebase the upstream (ours) and the commit being replayed (theirs).
@Suite struct GitMergeSidesTests {
    /// main and feature/pricing renaming one touchpoint differently, with the driver set up.
    static func repository() throws -> GitRepository {
        let repository = try GitRepository(map: "map.json")
        try repository.setUpJourney("--pattern", "*.json")
        try repository.branch("feature/pricing") { map in GitMergeTests.update(&map, "compare") { $0.name = "Compare prices" } }
        try repository.git("checkout", "-q", "main")
        try repository.edit { map in GitMergeTests.update(&map, "compare") { $0.name = "Compare two shoes" } }
        try repository.commit("main renames compare")
        return repository
    }

    @Test func aMergeNamesBothBranches() throws {
        let repository = try Self.repository()
        defer { repository.scratch.remove() }
        #expect(try repository.run("merge", "--no-edit", "feature/pricing").status != 0)
        let conflict = try #require(try MapStore.load(path: repository.map).conflicts.first)
        #expect(conflict.sides == MergeSides(ours: "main", theirs: "feature/pricing"))
        #expect(conflict.named(.ours) == "ours (main)" && conflict.named(.theirs) == "theirs (feature/pricing)")
        try Self.dialog(repository, shows: ["Take ours (main): Compare two shoes", "Take theirs (feature/pricing): Compare prices"])
    }

    /// The editor on the merged map: `:conflicts`, the list, then the first conflict's dialog.
    static func dialog(_ repository: GitRepository, shows lines: [String]) throws {
        guard Tmux.isAvailable else { return }
        let tmux = try Tmux(width: 140, height: 30, command: "'\(Binary.journey)' '\(repository.map)'")
        try tmux.waitFor("1 merge conflict")
        try tmux.type(":conflicts")
        try tmux.send("Enter")
        try tmux.waitFor("Merge conflicts (1)")
        try tmux.send("Enter")
        for line in lines { try tmux.waitFor(line) }
    }

    /// `git checkout --merge` runs the driver with no GITHEAD_; the merge in progress names theirs.
    @Test func aMergeRedoneWithCheckoutMergeNamesBothBranches() throws {
        let repository = try GitRepository(map: "map.json")
        defer { repository.scratch.remove() }
        try repository.branch("feature/pricing") { map in GitMergeTests.update(&map, "compare") { $0.name = "Compare prices" } }
        try repository.git("checkout", "-q", "main")
        try repository.edit { map in GitMergeTests.update(&map, "compare") { $0.name = "Compare two shoes" } }
        try repository.commit("main renames compare")
        #expect(try repository.run("merge", "--no-edit", "feature/pricing").status != 0, "merged as text, with markers")
        #expect(try Binary.run(["git-setup", "--pattern", "*.json"], environment: repository.environment,
                               in: repository.scratch.path).status == 0)
        try repository.git("checkout", "--merge", "map.json")
        let conflict = try #require(try MapStore.load(path: repository.map).conflicts.first)
        #expect(conflict.sides == MergeSides(ours: "main", theirs: "feature/pricing"))
    }

    @Test func aRebaseNamesTheUpstreamAsOursAndTheReplayedCommitAsTheirs() throws {
        let repository = try Self.repository()
        defer { repository.scratch.remove() }
        let replayed = String(try repository.git("rev-parse", "--short=7", "feature/pricing").prefix(7))
        try repository.git("checkout", "-q", "feature/pricing")
        #expect(try repository.run("rebase", "main").status != 0)
        let map = try MapStore.load(path: repository.map)
        let conflict = try #require(map.conflicts.first)
        #expect(conflict.sides == MergeSides(ours: "upstream main", theirs: "\(replayed) of feature/pricing, being replayed"))
        #expect(map.touchpoint(id: "compare")?.name == "Compare two shoes", "ours is the upstream's")
        try Self.dialog(repository, shows: ["Take ours (upstream main): Compare two shoes",
                                            "Take theirs (\(replayed) of feature/pricing, being replayed): Compare prices"])
        try repository.git("rebase", "--abort")
    }

    @Test func aMergeByHandNamesNoBranch() throws {
        let repository = try Self.repository()
        defer { repository.scratch.remove() }
        for (file, ref) in [("base.json", "main~1"), ("ours.json", "main"), ("theirs.json", "feature/pricing")] {
            _ = repository.scratch.write(file, try repository.git("show", "\(ref):map.json"))
        }
        let merged = try Binary.run(["merge", "base.json", "ours.json", "theirs.json"], environment: repository.environment,
                                    in: repository.scratch.path)
        #expect(merged.status == 1)
        #expect(try MapStore.load(path: repository.scratch.file("ours.json")).conflicts.first?.sides == nil)
    }
}
