import Foundation

/// Another program that journey's output meets (a Markdown renderer, a
/// browser, a validator), run for real. A missing one fails the test with
/// what to install: CI installs them all, so a skip would hide a regression.
enum Peer {
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    static func path(of tool: String, package: String) throws -> String {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(tool)") {
            return "\(folder)/\(tool)"
        }
        throw Missing(description: "\(tool) is not installed; install it with `apt-get install \(package)` (.ci/run does)")
    }

    /// Runs `tool`, stopped after `seconds` so a hung peer fails the test instead of hanging it.
    static func run(_ tool: String, package: String, _ arguments: [String], seconds: Int = 120) throws -> Spawn.Result {
        let program = try path(of: tool, package: package)
        return try Spawn.run("/usr/bin/timeout", ["\(seconds)", program] + arguments,
                             environment: ProcessInfo.processInfo.environment)
    }
}
