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

    @Option(help: "For svg: print on sheets of this size (A0 to A4), several overlapping sheets when one would make the text smaller than 7 pt.")
    var paper: PosterPaper.Size?

    @Flag(help: "For --paper: the sheets' orientation (default: landscape).")
    var orientation: PosterPaper.Orientation?

    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.", completion: .file())
    var output: String?

    /// As asked, else as `-o`'s name suggests; sheets of paper are an SVG poster's.
    var chosen: ExportFormat? { format ?? output.flatMap(ExportFormat.init(guessingFrom:)) ?? (paper != nil ? .svg : nil) }

    func validate() throws {
        guard let chosen else {
            let names = ExportFormat.allCases.map(\.rawValue)
            throw ValidationError("say which format with --format \(names.dropLast().joined(separator: ", ")) or \(names.last ?? "")")
        }
        if table != nil && chosen != .csv {
            throw ValidationError("--table is for --format csv only")
        }
        if paper != nil && chosen != .svg {
            throw ValidationError("--paper is for --format svg only")
        }
        if orientation != nil && paper == nil {
            throw ValidationError("--landscape and --portrait are for --paper only")
        }
    }

    func run() throws {
        let map = try file.map { try loadMap($0) } ?? SampleMap.make()
        if let paper {
            return try writeSheets(SVGPoster.sheets(map, on: PosterPaper(paper, orientation ?? .landscape)))
        }
        let bytes: [UInt8]
        switch (chosen ?? .md).bytes(map, table: table ?? .touchpoints) {
        case .success(let rendered): bytes = rendered
        case .failure(let refusal): throw fail("\(output ?? "standard output"): \(refusal)", code: 73)
        }
        try deliver(bytes)
    }

    /// To standard output, or to the file `-o` names unless that is the map.
    func deliver(_ bytes: [UInt8], to path: String? = nil) throws {
        guard let output = path ?? output else {
            try printData(bytes)
            return
        }
        if let file, isSameFile(file, output) {
            throw fail("\(output) is the map being exported; write the export to another file", code: 73)
        }
        try write(bytes, to: output, replacing: true)
    }

    /// One sheet goes where any export goes; more are written beside `-o`'s
    /// name as NAME-1.svg, NAME-2.svg…, numbered to sort in order.
    func writeSheets(_ sheets: [String]) throws {
        guard sheets.count > 1 else { return try deliver(Array((sheets.first ?? "").utf8)) }
        guard let output else {
            throw fail("the poster takes \(sheets.count) sheets; name a file with -o and they are written beside it, one a sheet", code: 64)
        }
        let stem = output.lowercased().hasSuffix(".svg") ? String(output.dropLast(4)) : output
        let digits = String(sheets.count).count
        let paths = sheets.indices.map { index in
            let number = String(index + 1)
            return stem + "-" + String(repeating: "0", count: digits - number.count) + number + ".svg"
        }
        for (sheet, path) in zip(sheets, paths) { try deliver(Array(sheet.utf8), to: path) }
        say("the poster takes \(sheets.count) sheets: \(paths[0]) to \(paths[paths.count - 1])")
    }
}

extension ExportFormat: ExpressibleByArgument {}

extension PosterPaper.Size: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.uppercased()) }
}

extension PosterPaper.Orientation: EnumerableFlag {}

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
