import Foundation
import JourneyCore

/// Real local accounts for tests where one account works against another
/// (issue 25), made with useradd when missing, which needs root: `owner`
/// owns the map and edits it; `other` is any other account on the host.
enum Accounts {
    static let owner = "journey-t-owner"
    static let other = "journey-t-other"

    static let isAvailable: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
              FileManager.default.isExecutableFile(atPath: "/usr/bin/timeout") else { return false }
        return [owner, other].allSatisfy(ensure)
    }()

    private static func ensure(_ name: String) -> Bool {
        if getpwnam(name) == nil {
            _ = try? Spawn.run("/usr/sbin/useradd", ["--system", "--no-create-home", "--user-group", "--shell", "/usr/sbin/nologin", name],
                               environment: [:])
        }
        return getpwnam(name) != nil
    }

    static func uid(_ name: String) -> uid_t { getpwnam(name)!.pointee.pw_uid }

    /// The words that run a command as `name`.
    static func setpriv(_ name: String) -> [String] {
        ["/usr/bin/setpriv", "--reuid=\(name)", "--regid=\(name)", "--clear-groups"]
    }

    struct Run {
        var result: Spawn.Result
        var seconds: Double
        /// Killed by the watchdog: it would have run for ever.
        var hung: Bool
    }

    /// `script` in sh as `name`, with $0 the journey binary and $1… the
    /// arguments, killed by a watchdog after `watchdog` seconds.
    @discardableResult
    static func run(_ name: String, _ script: String, _ arguments: [String] = [], watchdog: Int = 20) throws -> Run {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = "/nonexistent"
        let start = Date()
        let result = try Spawn.run("/usr/bin/timeout", ["-s", "KILL", String(watchdog)] + setpriv(name)
                                       + ["/bin/sh", "-c", script, Binary.journey] + arguments, environment: environment)
        return Run(result: result, seconds: Date().timeIntervalSince(start), hung: result.status == 124 || result.status == 128 + SIGKILL)
    }
}

/// A folder every account may write and only a file's owner may remove
/// from (mode 1777, as /tmp), holding `map.json`, which the owner made.
struct SharedFolder {
    let scratch = Scratch()
    var path: String { scratch.path }
    var map: String { scratch.file("map.json") }

    init() throws {
        chmod(scratch.path, 0o1777)
        let made = try Accounts.run(Accounts.owner, "umask 022 && exec \"$0\" new \"$1\"", [map])
        guard made.result.status == 0 else { throw Spawn.SpawnError(message: "journey new as the owner: \(made.result.stderr)") }
    }

    func file(_ name: String) -> String { scratch.file(name) }

    /// Has the other account make `name` with `script` (sh; $1 is the path, $2 `argument`).
    func plant(_ name: String, _ script: String, _ argument: String = "") throws {
        let run = try Accounts.run(Accounts.other, script, [file(name), argument])
        guard run.result.status == 0 else { throw Spawn.SpawnError(message: "planting \(name): \(run.result.stderr)") }
    }

    /// Has the other account write `text` to `name`.
    func plant(_ name: String, text: String) throws {
        try plant(name, "printf '%s' \"$2\" > \"$1\"", text)
    }

    /// An editor the owner runs on the map, under tmux.
    func ownersEditor() throws -> Tmux {
        let tmux = try Tmux(width: 100, height: 30,
                            command: "exec \(Accounts.setpriv(Accounts.owner).joined(separator: " ")) '\(Binary.journey)' '\(map)'")
        try tmux.waitFor("Search ad")
        return tmux
    }

    func remove() { scratch.remove() }
}

/// Lines as journey's journal writes them: a checksum, a space, the JSON.
enum JournalText {
    static func line(_ json: String) -> String { Journal.fingerprint(Array(json.utf8)) + " " + json + "\n" }
}
