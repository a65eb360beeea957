import Foundation

/// Runs a checker from `Tests/Checks/` (a real consumer of an export: Python's
/// csv, Mermaid's parser) on a text written to a temporary file.
enum ExternalCheck {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Checks")

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `program` (found on PATH) runs `script` with the file's path, then `arguments`.
    static func run(_ program: String, _ script: String, on text: String, extension ext: String,
                    arguments: [String] = []) throws -> Result {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("journey-check-\(UUID().uuidString).\(ext)")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program, folder.appendingPathComponent(script).path, file.path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}
