import ArgumentParser
import FoundationEssentials
import JourneyApp
import JourneyCore
import JourneyTerminal

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
        let document: Document
        var mapFile = MapFile.detached()
        var isNew = false
        var library = Opening.clean
        if let file {
            switch MapFile.open(file) {
            case .success(let opened):
                mapFile = opened.file
                isNew = opened.map == nil
                // A map never saved starts blank; so did its journal, if one is found.
                let map = opened.map ?? BlankMap.make()
                // Shared personas brought up to date with the workspace library count as a change, for :w to save.
                let resolved = library.joinLibrary(of: file, map: map)
                document = Document(map: resolved ?? map, path: file, isSaved: resolved == nil)
            case .failure(let error):
                throw fail(error.description, code: error.exitCode)
            }
        } else {
            // The sample has no file: saving it asks where to.
            document = Document(map: SampleMap.make(), path: nil, isSaved: true)
        }
        // Everything that can refuse comes before the lock, so a refusal leaves nothing behind.
        let terminal = try openTerminal(refusal: "edit needs a terminal; to print a map use `journey show \(file ?? "")`")
        var opening = file == nil ? Opening.clean : Opening(claiming: mapFile)
        (opening.library, opening.libraryNews) = (library.library, library.libraryNews)
        var editor = Editor(document: document, displayName: file ?? "sample (built-in)", isNewFile: isNew, opening: opening,
                            width: terminal.width, height: terminal.height)
        if presenting { editor.startPresenting() }
        let configPath = screen.apply(to: &editor)
        let runtime = Runtime(editor: editor, terminal: terminal, files: FileEffects(file: mapFile, attached: file != nil),
                              theme: theme)
        runtime.configPath = configPath
        runtime.run()
        terminal.close()
    }
}
