import ArgumentParser
import FoundationEssentials
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyView
#if canImport(Glibc)
import Glibc
#endif

struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Open a map full screen (the built-in sample without FILE).",
        discussion: "A FILE that does not exist yet opens as a blank map; it is created on first save."
    )

    @OptionGroup var opening: MapOpening

    func run() throws { try opening.open(presenting: false) }
}

struct PresentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present",
        abstract: "Present a map to a room, a stage at a time (the built-in sample without FILE).",
        discussion: "Opens the map as `journey edit` does (the same lock and recovery journal) and starts presenting it: "
            + "Space, → or PgDn for the next stage, Backspace, ← or PgUp for the previous one, Tab to spotlight a "
            + "touchpoint, q or Esc for the editor. Try --theme projector-dark or --theme projector-light."
    )

    @OptionGroup var opening: MapOpening

    func run() throws { try opening.open(presenting: true) }
}

/// What `journey edit` and `journey present` take, and how both open the map: the same loading, lock and
/// journal; presenting starts on the first stage.
struct MapOpening: ParsableArguments {
    @Argument(help: "The map file.")
    var file: String?

    @OptionGroup var options: ThemeOption
    @OptionGroup var screen: ScreenOptions

    func open(presenting: Bool) throws {
        let theme = try loadTheme(options.theme)
        // A folder opens its portfolio; presenting is of one map, so `present FOLDER` says it is a folder, as before.
        if !presenting, let folder = file.map({ $0.hasSuffix("/") && $0.count > 1 ? String($0.dropLast()) : $0 }).flatMap(Self.folder)
            ?? (file == nil && WorkspaceFiles.holdsMaps(".") ? "." : nil) {
            let terminal = try openTerminal(refusal: "the portfolio needs a terminal; to list the work in a folder use "
                                                     + "`journey backlog \(folder)`")
            defer { terminal.close() }
            let shown = folder == "." ? (try? PosixFileSystem.shared.realpath(".")) ?? folder : folder
            let loop = PortfolioLoop(folder: folder, shownAs: shown, terminal: terminal, theme: theme, read: { root, request, progress in
                Result { () throws(Workspace.Failure) -> Workspace in
                    try Workspace.open(root, earlierChecks: request.earlierChecks, withRecords: request.withRecords, progress: progress)
                }
            }, openMap: { path, address in
                switch load(folder == "." ? path : folder + "/" + path) {
                case .success(let loaded):
                    edit(loaded, presenting: false, at: address, theme: theme, terminal: terminal)
                    return nil
                case .failure(let error): return error.description
                }
            })
            loop.run()
            return
        }
        let loaded: Loaded
        switch load(file) {
        case .success(let found): loaded = found
        case .failure(let error): throw fail(error.description, code: error.exitCode)
        }
        // Everything that can refuse comes before the lock, so a refusal leaves nothing behind.
        let terminal = try openTerminal(refusal: "edit needs a terminal; to print a map use `journey show \(file ?? "")`")
        defer { terminal.close() }
        edit(loaded, presenting: presenting, at: nil, theme: theme, terminal: terminal)
    }

    /// `path` when it names a folder (a link to one too: the user named it).
    static func folder(_ path: String) -> String? {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR ? path : nil
    }

    struct Loaded {
        var file: String?
        var document: Document
        var mapFile: MapFile
        var isNew: Bool
        /// The workspace library the map's shared personas and channels were brought up to date with, and what changed.
        var library = Opening.clean
    }

    /// The map read, not yet locked; the sample without a file.
    func load(_ file: String?) -> Result<Loaded, MapLoadError> {
        guard let file else {
            // The sample has no file: saving it asks where to.
            return .success(Loaded(file: nil, document: Document(map: SampleMap.make(), path: nil, isSaved: true),
                                   mapFile: MapFile.detached(), isNew: false))
        }
        return MapFile.open(file).map { opened in
            // A map never saved starts blank; so did its journal, if one is found.
            let map = opened.map ?? BlankMap.make()
            // Shared personas brought up to date with the workspace library count as a change, for :w to save.
            var library = Opening.clean
            let resolved = library.joinLibrary(of: file, map: map)
            return Loaded(file: file, document: Document(map: resolved ?? map, path: file, isSaved: resolved == nil),
                          mapFile: opened.file, isNew: opened.map == nil, library: library)
        }
    }

    func edit(_ loaded: Loaded, presenting: Bool, at address: ClaimAddress?, theme: Theme, terminal: NcursesTerminal) {
        var opening = loaded.file == nil ? Opening.clean : Opening(claiming: loaded.mapFile)
        (opening.library, opening.libraryNews) = (loaded.library.library, loaded.library.libraryNews)
        var editor = Editor(document: loaded.document, displayName: loaded.file ?? "sample (built-in)", isNewFile: loaded.isNew,
                            opening: opening, width: terminal.width, height: terminal.height)
        if presenting { editor.startPresenting() }
        if let address { editor.start(at: address) }
        let configPath = screen.apply(to: &editor)
        let runtime = Runtime(editor: editor, terminal: terminal, files: FileEffects(file: loaded.mapFile, attached: loaded.file != nil),
                              theme: theme)
        runtime.configPath = configPath
        runtime.run()
    }
}
