import Foundation

/// Real accounts besides the one running the tests (root), for what another
/// person on a shared host can do: made once with useradd, kept (each test
/// finds them already there), and acted as through setpriv.
enum OtherAccount {
    static let useradd = "/usr/sbin/useradd"

    static var isAvailable: Bool {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: SecondUser.setpriv[0])
            && FileManager.default.isExecutableFile(atPath: useradd)
    }

    /// The account, made if it is not there yet (no home, no login shell).
    static func ensure(_ name: String) throws {
        guard getpwnam(name) == nil else { return }
        let made = try Spawn.run(useradd, ["--no-create-home", "--shell", "/usr/sbin/nologin", name], environment: [:])
        guard made.status == 0 || getpwnam(name) != nil else {
            throw Unavailable(reason: "useradd \(name): \(made.stderr)")
        }
    }

    static func setpriv(_ name: String) -> [String] {
        let gid = getpwnam(name)?.pointee.pw_gid ?? 65534
        return [SecondUser.setpriv[0], "--reuid=\(name)", "--regid=\(gid)", "--clear-groups"]
    }

    /// `script` runs in sh as the account in `folder`, with $0 the journey binary and $1… `arguments`.
    static func run(_ name: String, in folder: String, _ script: String, _ arguments: String...) throws -> Spawn.Result {
        try Spawn.run(setpriv(name)[0], Array(setpriv(name).dropFirst()) + ["/bin/sh", "-c", script, Binary.journey] + arguments,
                      environment: ProcessInfo.processInfo.environment, in: folder)
    }

    /// A shell command line that runs `command` as the account, for a tmux pane.
    static func launch(_ name: String, _ command: String) -> String {
        (setpriv(name) + ["/bin/bash", "-c", command]).map(SSHServer.quoted).joined(separator: " ")
    }

    struct Unavailable: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }
}
