import ArgumentParser
import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal

struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Open a map full screen (the built-in sample without FILE).",
        discussion: "A FILE that does not exist yet opens as a blank map; it is created on first save."
    )

    @Argument(help: "The map file.")
    var file: String?

    @OptionGroup var options: ThemeOption

    func run() throws {
        let theme = try loadTheme(options.theme)
        var document = Document(map: SampleMap.make(), path: nil, isSaved: true)
        var isNew = false
        var isRegularFile = true
        if let file {
            var info = stat()
            if stat(file, &info) == 0 {
                isRegularFile = (info.st_mode & S_IFMT) == S_IFREG
                let bytes = try readMapBytes(file)
                document = Document(map: try decodeMap(bytes, file: file), path: file, isSaved: true, diskBytes: bytes)
            } else {
                document = Document(map: BlankMap.make(), path: file, isSaved: true)
                isNew = true
            }
        }
        // Everything that can refuse comes before the lock, so a refusal leaves nothing behind.
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw fail("edit needs a terminal; to print a map use `journey show \(file ?? "")`", code: 64)
        }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch {
            throw fail(error.description, code: 64)
        }
        var opening = Opening.clean
        var lock: MapLock?
        if let file, isRegularFile {
            (opening, lock) = OpeningCheck.check(mapPath: file)
        } else if file != nil {
            // A device or a pipe (/dev/stdin): read once, no lock or journal beside it.
            document.path = nil
        }
        var editor = Editor(document: document, displayName: file ?? "sample (built-in)", isNewFile: isNew, opening: opening,
                            width: terminal.width, height: terminal.height)
        if file != nil && !isRegularFile { editor.note("not a regular file: saving asks for a file name") }
        let runtime = Runtime(editor: editor, terminal: terminal, files: FileEffects(mapPath: document.path, lock: lock),
                              theme: theme)
        runtime.run()
        terminal.close()
    }
}
