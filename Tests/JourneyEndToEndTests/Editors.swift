import Foundation

enum Editors {
    /// kill -9 each journey editing `path` (found by its command line, killed by its pid).
    static func kill(of path: String) throws {
        let pids = try Spawn.run("/usr/bin/pgrep", ["-f", "journey.*" + path], environment: [:]).stdout
        for pid in pids.split(separator: "\n").compactMap({ Int32($0) }) { Foundation.kill(pid, SIGKILL) }
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
