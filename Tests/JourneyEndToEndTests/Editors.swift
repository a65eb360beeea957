import Foundation

enum Editors {
    static func running(of path: String) throws -> [Int32] {
        let pids = try Spawn.run("/usr/bin/pgrep", ["-f", "journey.*" + path], environment: [:]).stdout
        return pids.split(separator: "\n").compactMap { Int32($0) }
    }

    /// kill -9 each journey editing `path` (found by its command line, killed
    /// by its pid), and wait until none runs: a kill is delivered, not done, when kill() returns.
    static func kill(of path: String, timeout: Double = 10) throws {
        for pid in try running(of: path) { Foundation.kill(pid, SIGKILL) }
        let deadline = Date().addingTimeInterval(timeout)
        while try !running(of: path).isEmpty && Date() < deadline { usleep(10_000) }
    }
}

extension Tmux {
    /// Renames the map in the editor and waits until the title shows.
    func retitle(_ title: String) throws {
        try send("t", "C-u")
        try type(title + "\n")
        try waitFor(" " + title + " ")
    }
}
