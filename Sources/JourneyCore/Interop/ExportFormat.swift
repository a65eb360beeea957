/// The formats a map leaves journey in: one table that the command line,
/// its help and the tests read.
public enum ExportFormat: String, CaseIterable, Sendable {
    case md, csv, mermaid, html, svg

    public var summary: String {
        switch self {
        case .md: "GitHub-flavoured Markdown: objectives, personas, the emotion curve, a table per stage, ranked insights"
        case .csv: "RFC 4180 CSV, one row per touchpoint (--table touchpoints) or per item (--table items)"
        case .mermaid: "a Mermaid journey diagram: a section per stage, a task per touchpoint, personas as actors"
        case .html: "one self-contained HTML page (no network, no script) that prints on A3 landscape"
        case .svg: "the whole map as one self-contained SVG poster (rsvg-convert -f png or -f pdf makes a PNG or PDF of it)"
        }
    }

    /// The format a file's name suggests: `.md`, `.csv`, `.mmd`/`.mermaid`, `.html`/`.htm`, `.svg`.
    public init?(guessingFrom path: String) {
        let suffixes: [(String, ExportFormat)] = [(".md", .md), (".markdown", .md), (".csv", .csv), (".mmd", .mermaid),
                                                  (".mermaid", .mermaid), (".html", .html), (".htm", .html), (".svg", .svg)]
        guard let found = suffixes.first(where: { path.lowercased().hasSuffix($0.0) }) else { return nil }
        self = found.1
    }

    public func render(_ map: JourneyMap, table: CSVTable = .touchpoints) -> String {
        switch self {
        case .md: MarkdownExport.export(map)
        case .csv: CSVExport.export(map, table: table)
        case .mermaid: MermaidJourney.export(map)
        case .html: HTMLExport.export(map)
        case .svg: SVGPoster.export(map)
        }
    }
}

/// The formats a map can be made from.
public enum ImportFormat: String, CaseIterable, Sendable {
    case mermaid, csv

    /// The format a file's name suggests, as for exports: `.mmd`/`.mermaid`, `.csv`.
    public init?(guessingFrom path: String) {
        switch ExportFormat(guessingFrom: path) {
        case .mermaid: self = .mermaid
        case .csv: self = .csv
        default: return nil
        }
    }

    public func parse(_ bytes: [UInt8], file: String) throws(ImportFailure) -> JourneyMap {
        try read(bytes, file: file).map
    }

    /// As `parse`, with what the import read in a way the user may not have meant.
    public func read(_ bytes: [UInt8], file: String) throws(ImportFailure) -> ImportedMap {
        switch self {
        case .mermaid: ImportedMap(map: try MermaidJourney.parse(bytes, file: file))
        case .csv: try CSVImport.read(bytes, file: file)
        }
    }
}

/// Writes an export or an imported map the way journey saves a map: a new
/// file beside the target, flushed, renamed over it.
public enum OutputFile {
    /// `replacing`: false refuses (`.exists`) when the file is there.
    public static func write(_ bytes: [UInt8], to path: String, replacing: Bool,
                             fileSystem fs: FileSystem = PosixFileSystem.shared) -> SaveOutcome {
        AtomicSave.run(bytes, to: MapPaths(path, fileSystem: fs), force: false, asNewName: !replacing, fileSystem: fs)
    }
}
