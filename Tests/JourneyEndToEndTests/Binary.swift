import Foundation

/// Runs the built `journey` binary, which sits beside the test bundle.
enum Binary {
    static let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    static let journey = folder.appendingPathComponent("journey").path

    /// `watchdog`: seconds after which journey is stopped (exit 124, from timeout(1)), against a hang only.
    static func run(_ arguments: [String], environment: [String: String] = [:], in directory: String? = nil,
                    watchdog: Int? = nil) throws -> Spawn.Result {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        guard let watchdog else { return try Spawn.run(journey, arguments, environment: env, in: directory) }
        return try Spawn.run("/usr/bin/timeout", ["-k", "5", String(watchdog), journey] + arguments, environment: env,
                             in: directory)
    }
}

/// A fresh temporary folder, removed by `remove()`.
struct Scratch {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "journey-e2e-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        _ = FileManager.default.createFile(atPath: file(name), contents: Data(text.utf8))
        return file(name)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
