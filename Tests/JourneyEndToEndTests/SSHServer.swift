import Foundation
import Testing

/// A real OpenSSH server on a loopback port, for the tests of journey over
/// SSH: a throwaway host key, a throwaway client key that is the only one it
/// accepts, and the user running the tests as the only login. It daemonizes
/// and is stopped by `stop()` (its pid file says which process to end).
final class SSHServer {
    static let sshd = "/usr/sbin/sshd"
    let folder: String
    let port: Int
    let user: String

    /// Whether sshd can run here at all; where it can, a failure to start fails the test.
    /// Only root's: an sshd of another account starts and logs in, but cannot give the
    /// session a terminal (it must chown the pty to the tty group), and closes it.
    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: sshd) && geteuid() == 0
    }

    /// Starts sshd, or throws why it could not (where it cannot run at all, `isAvailable` skips the tests instead).
    static func start() throws -> SSHServer {
        guard FileManager.default.isExecutableFile(atPath: sshd) else {
            throw Unavailable(reason: "\(sshd) is not installed (Debian's openssh-server; .ci/run installs it)")
        }
        // Debian's sshd refuses to start without its privilege separation folder.
        if !FileManager.default.fileExists(atPath: "/run/sshd") {
            try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
            guard FileManager.default.fileExists(atPath: "/run/sshd") else {
                throw Unavailable(reason: "sshd needs /run/sshd, which this user cannot make (mkdir -p /run/sshd as root)")
            }
        }
        var lastError = ""
        // A port another program holds makes sshd exit at once: try a few.
        for _ in 0..<5 {
            let server: SSHServer
            do {
                server = try SSHServer(port: Int.random(in: 20_000..<60_000))
            } catch {
                lastError = "\(error)"
                continue
            }
            if let error = server.waitUntilListening() {
                lastError = error
                server.stop()
                continue
            }
            return server
        }
        throw Unavailable(reason: "sshd did not start: \(lastError)")
    }

    private init(port: Int) throws {
        self.port = port
        user = String(cString: getpwuid(geteuid()).pointee.pw_name)
        folder = NSTemporaryDirectory() + "journey-sshd-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for key in ["host", "client"] {
            let made = try Spawn.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", folder + "/" + key],
                                     environment: [:])
            guard made.status == 0 else { throw Unavailable(reason: "ssh-keygen failed: \(made.stderr)") }
        }
        try FileManager.default.copyItem(atPath: folder + "/client.pub", toPath: folder + "/authorized_keys")
        let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(folder)/host
            AuthorizedKeysFile \(folder)/authorized_keys
            PermitRootLogin prohibit-password
            StrictModes no
            UsePAM no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PidFile \(folder)/sshd.pid
            """
        try config.write(toFile: folder + "/sshd_config", atomically: true, encoding: .utf8)
        // Without -D sshd forks into the background once it has bound its port.
        let started = try Spawn.run(Self.sshd, ["-f", folder + "/sshd_config", "-E", folder + "/sshd.log"], environment: [:])
        guard started.status == 0 else {
            let reason = "sshd exited \(started.status): \(started.stderr) \(log)"
            stop()
            throw Unavailable(reason: reason)
        }
    }

    var log: String { (try? String(contentsOfFile: folder + "/sshd.log", encoding: .utf8)) ?? "" }

    /// Nil once a login runs a command, or what went wrong.
    private func waitUntilListening() -> String? {
        let deadline = Date().addingTimeInterval(10)
        var last = ""
        while Date() < deadline {
            if let result = try? Spawn.run("/usr/bin/ssh", options + ["\(user)@127.0.0.1", "echo ready"], environment: [:]) {
                if result.status == 0, result.stdout.contains("ready") { return nil }
                last = result.stderr
            }
            usleep(50_000)
        }
        return "no login within 10 s: \(last) \(log)"
    }

    var options: [String] {
        ["-p", "\(port)", "-i", folder + "/client", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
         "-o", "LogLevel=ERROR", "-o", "BatchMode=yes"]
    }

    /// A shell command line that logs in with a terminal and runs `command` on the far side.
    func login(running command: String) -> String {
        (["/usr/bin/ssh", "-tt"] + options + ["\(user)@127.0.0.1", command]).map(Self.quoted).joined(separator: " ")
    }

    /// Logs in and runs journey with `arguments` in `folder`, in a UTF-8 locale (ssh passes TERM, not LANG).
    func journey(_ arguments: String, in folder: String = "/") -> String {
        login(running: "cd \(Self.quoted(folder)) && LANG=C.UTF-8 exec '\(Binary.journey)' \(arguments)")
    }

    static func quoted(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    func stop() {
        if let text = try? String(contentsOfFile: folder + "/sshd.pid", encoding: .utf8), let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(pid, SIGTERM)
        }
        // FileManager.removeItem has been seen to report success and leave keys behind here.
        _ = try? Spawn.run("/bin/rm", ["-rf", folder], environment: [:])
    }

    struct Unavailable: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }
}
