import ArgumentParser
import FoundationEssentials
import JourneyCore

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge two versions of a map by ids against the version both started from; git's merge driver.",
        discussion: """
            Stages, touchpoints, items, personas and fields changed on one side, or on both sides in \
            different places, merge cleanly, moves included. Where both sides changed one thing \
            differently, the map keeps ours (or the changed version, where one side deleted it) and \
            lists the conflict in its "conflicts", with the base, ours and theirs versions. Such a map \
            loads; each conflict is printed on stderr. Run by git, each conflict also keeps which branch \
            each side was, for the editor to show ("ours (main)"; during a rebase ours is the upstream and \
            theirs the commit being replayed).

            As git's merge driver for maps, `journey git-setup` writes, in .git/config:
              [merge "journey"]
                  name = journey map merge, by ids
                  driver = /full/path/to/journey merge %O %A %B %P
            and in .gitattributes, for the maps only (not every JSON file; --pattern names others):
              *.journey.json diff=journey merge=journey

            A clone that never ran it merges maps as text and leaves git's <<<<<<< markers, which journey \
            names when it opens the map: run `journey git-setup`, then `git checkout --merge FILE`.

            Exit codes: 0 merged cleanly; 1 merged, with conflicts left in the map; 2 a file cannot be \
            read or is not a map (nothing is written); 3 the merged map cannot be written.
            """
    )

    @Argument(help: "The version both sides started from (git's %O).")
    var base: String

    @Argument(help: "Our version (git's %A); the merged map is written here unless -o says otherwise.")
    var ours: String

    @Argument(help: "Their version (git's %B).")
    var theirs: String

    @Argument(help: "The map's path in the repository (git's %P), to name it in messages instead of git's temporary file.")
    var path: String?

    @Option(name: [.short, .customLong("output")], help: "Write the merged map here instead of over OURS.")
    var output: String?

    func run() throws {
        let maps = try [base, ours, theirs].map(load)
        var result = MapMerge.merge(base: maps[0], ours: maps[1], theirs: maps[2])
        if !result.conflicts.isEmpty, let sides = GitMergeSides.find(oursFile: ours) { result.name(sides) }
        let file = output ?? ours
        if output != nil || result.map != maps[1] {
            switch MapStore.save(result.map, to: file) {
            case .saved: break
            case .failed(let error): throw fail(error.description, code: 3)
            default: throw fail("\(file) is read-only; nothing was written", code: 3)
            }
        }
        guard !result.isClean else { return }
        for conflict in result.map.conflicts {
            warn("conflict \(conflict.id): \(conflict.what)")
        }
        let count = result.map.conflicts.count
        let name = path.map { DisplayText.singleLine($0) } ?? file
        throw fail("\(count) conflict\(count == 1 ? "" : "s") left in \(name), under \"conflicts\"", code: 1)
    }

    private func load(_ path: String) throws -> JourneyMap {
        do {
            return try MapStore.load(path: path)
        } catch {
            throw fail(error.description, code: 2)
        }
    }
}
