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
        let map: JourneyMap
        var isNew = false
        if let file {
            if FileManager.default.fileExists(atPath: file) {
                map = try loadMap(file)
            } else {
                map = BlankMap.make()
                isNew = true
            }
        } else {
            map = SampleMap.make()
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw fail("edit needs a terminal; to print a map use `journey show \(file ?? "")`", code: 64)
        }
        let app = EditorApp(map: map, fileName: file ?? "sample (built-in)", isNewFile: isNew, theme: theme)
        let terminal = NcursesTerminal()
        app.run(on: terminal)
        terminal.close()
    }
}
