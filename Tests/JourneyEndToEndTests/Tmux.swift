import Foundation

/// A tmux session on a private server, driven like a person: send keys, then
/// wait until the screen shows their effect (never a fixed sleep).
final class Tmux {
    let socket: String
    let session = "e2e"

    init(width: Int, height: Int, command: String) throws {
        socket = "journey-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", command])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["TERM"] = "xterm-256color"
        env["TMUX"] = nil
        let result = try Spawn.run(Self.path, ["-L", socket] + arguments, environment: env)
        guard result.status == 0 else {
            throw TmuxError(message: "tmux \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout
    }

    static let path = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
        ?? "/usr/bin/tmux"

    struct TmuxError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", session] + keys) }

    func type(_ text: String) throws { try tmux(["send-keys", "-t", session, "-l", text]) }

    /// Bytes as they are, in one write to the terminal.
    func sendBytes(_ bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", session, "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", session]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen satisfies `condition`; returns the screen, or
    /// throws with the last screen seen after `timeout` seconds.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(20_000)
        }
        throw TmuxError(message: "timed out waiting for \(what); the screen was:\n\(last)")
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until a shell started with PS1='$ ' shows its prompt on the last line it wrote.
    func waitForShellPrompt(timeout: Double = 10) throws {
        try waitFor("the shell's prompt", timeout: timeout) { screen in
            screen.split(separator: "\n", omittingEmptySubsequences: true).last.map { $0 == "$" || $0 == "$ " } == true
        }
    }

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: path) }
}
