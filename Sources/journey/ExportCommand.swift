import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a map as Markdown, CSV, a Mermaid journey diagram, an HTML page or an SVG poster (the sample without FILE).",
        discussion: ExportFormat.allCases.map { "\($0.rawValue): \($0.summary)." }.joined(separator: "\n")
            + "\nStandard output unless -o names a file, which is replaced atomically."
    )

    @Argument(help: "The map file.", completion: .file(extensions: ["json"]))
    var file: String?

    @Option(help: "The format (default: from the -o file's extension).")
    var format: ExportFormat?

    @Option(help: "For csv: one row per touchpoint, or one per pain point, opportunity and quote.")
    var table: CSVTable?

    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.", completion: .file())
    var output: String?

    func validate() throws {
        guard let chosen = format ?? output.flatMap(ExportFormat.init(guessingFrom:)) else {
            let names = ExportFormat.allCases.map(\.rawValue)
            throw ValidationError("say which format with --format \(names.dropLast().joined(separator: ", ")) or \(names.last ?? "")")
        }
        if table != nil && chosen != .csv {
            throw ValidationError("--table is for --format csv only")
        }
    }

    func run() throws {
        let map = try file.map(loadMap) ?? SampleMap.make()
        let chosen = format ?? output.flatMap(ExportFormat.init(guessingFrom:)) ?? .md
        let bytes: [UInt8]
        switch chosen.bytes(map, table: table ?? .touchpoints) {
        case .success(let rendered): bytes = rendered
        case .failure(let refusal): throw fail("\(output ?? "standard output"): \(refusal)", code: 73)
        }
        guard let output else {
            try printData(bytes)
            return
        }
        if let file, isSameFile(file, output) {
            throw fail("\(output) is the map being exported; write the export to another file", code: 73)
        }
        try write(bytes, to: output, replacing: true)
    }
}

extension ExportFormat: ExpressibleByArgument {}

extension CSVTable: ExpressibleByArgument {}

/// Whether two paths name one file (by device and inode, links followed):
/// an output that is the input would replace the input.
func isSameFile(_ one: String, _ other: String) -> Bool {
    var a = stat(), b = stat()
    guard stat(one, &a) == 0, stat(other, &b) == 0 else { return false }
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino
}

/// Writes a whole file atomically, or fails with the reason and exit 73.
func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws {
    switch OutputFile.write(bytes, to: path, replacing: replacing) {
    case .saved: return
    case .exists: throw fail("\(path) already exists; pass --force to replace it, or choose another name", code: 73)
    case .readOnlyFile: throw fail("\(path) is read-only; nothing was written", code: 73)
    case .failed(let error): throw fail(error.description, code: 73)
    case .changedOnDisk, .lockedElsewhere: throw fail("\(path) could not be written", code: 73)
    }
}
