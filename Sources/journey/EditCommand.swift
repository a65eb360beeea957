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
        var opened: MapFile.Opened?
        if let file {
            switch MapFile.open(file) {
            case .success(let found): opened = found
            case .failure(let error): throw fail(error.description, code: error.exitCode)
            }
            isNew = opened?.map == nil
            // A map never saved starts blank; so did its journal, if one is found.
            document = Document(map: opened?.map ?? BlankMap.make(), path: file, isSaved: true)
        } else {
            // The sample has no file: saving it asks where to.
            document = Document(map: SampleMap.make(), path: nil, isSaved: true)
        }
        // The terminal before the lock: a journey that cannot run leaves no lock behind.
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw fail("edit needs a terminal; to print a map use `journey show \(file ?? "")`", code: 64)
        }
        let situation = opened.map { OpeningSituation(claiming: $0.file) } ?? .clean(nil)
        let app = EditorApp(document: document, displayName: file ?? "sample (built-in)", isNewFile: isNew, theme: theme,
                            situation: situation)
        let terminal = NcursesTerminal()
        app.run(on: terminal)
        terminal.close()
    }
}
