import Foundation
import JourneyCore
import Testing

/// A real git repository in a scratch folder, with the sample map committed
/// on main; git runs with no global or system config, as a fresh clone would.
struct GitRepository {
    let scratch = Scratch()
    let mapName: String
    var map: String { scratch.file(mapName) }
    var environment: [String: String] {
        ["HOME": scratch.path, "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Ann", "GIT_AUTHOR_EMAIL": "ann@example.com",
         "GIT_COMMITTER_NAME": "Ann", "GIT_COMMITTER_EMAIL": "ann@example.com", "GIT_PAGER": "cat", "PAGER": "cat",
         "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
    }

    init(map name: String) throws {
        mapName = name
        try git("init", "-q", "-b", "main")
        #expect(try Binary.run(["new", map]).status == 0)
        try commit("the sample")
    }

    /// `journey git-setup` as a user runs it, and its .gitattributes committed.
    func setUpJourney(_ arguments: String...) throws {
        let setup = try Binary.run(["git-setup"] + arguments, environment: environment, in: scratch.path)
        #expect(setup.status == 0, "\(setup.stderr)")
        try git("add", ".gitattributes")
        try git("commit", "-q", "-m", "maps diff and merge by id")
    }

    /// git, whatever its exit status.
    @discardableResult
    func run(_ arguments: String...) throws -> Spawn.Result {
        try Spawn.run(try Peer.path(of: "git", package: "git"), arguments, environment: environment, in: scratch.path)
    }

    /// git, expected to succeed; its standard output.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let result = try Spawn.run(try Peer.path(of: "git", package: "git"), arguments, environment: environment, in: scratch.path)
        #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }

    /// The map changed with Core and saved as journey saves.
    func edit(_ change: (inout JourneyMap) -> Void) throws {
        var loaded = try MapStore.load(path: map)
        change(&loaded)
        #expect(MapStore.save(loaded, to: map).isSaved)
    }

    func commit(_ message: String) throws {
        try git("add", mapName)
        try git("commit", "-q", "-m", message)
    }

    /// A branch from `start` with one edit of the map, committed.
    func branch(_ name: String, from start: String = "main", _ change: (inout JourneyMap) -> Void) throws {
        try git("checkout", "-q", "-b", name, start)
        try edit(change)
        try commit(name)
    }
}
