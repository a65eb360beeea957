import ArgumentParser
import Foundation
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
        let document: Document
        var isNew = false
        var situation = OpeningSituation.clean(nil)
        if let file {
            if FileManager.default.fileExists(atPath: file) {
                let bytes = try readMapBytes(file)
                document = Document(map: try decodeMap(bytes, file: file), path: file, isSaved: true, diskBytes: bytes)
            } else {
                document = Document(map: BlankMap.make(), path: file, isSaved: true)
                isNew = true
            }
            situation = OpeningSituation.check(mapPath: file)
        } else {
            // The sample has no file: saving it asks where to.
            document = Document(map: SampleMap.make(), path: nil, isSaved: true)
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw fail("edit needs a terminal; to print a map use `journey show \(file ?? "")`", code: 64)
        }
        let app = EditorApp(document: document, displayName: file ?? "sample (built-in)", isNewFile: isNew, theme: theme,
                            situation: situation)
        let terminal = NcursesTerminal()
        app.run(on: terminal)
        terminal.close()
    }
}
