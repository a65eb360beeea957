import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyApp
import JourneyCore
import JourneyTerminal

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Follow a map another journey is editing: live, read-only.",
        discussion: "Shows the map as its editor has it, unsaved edits included (read from the recovery journal as it "
            + "grows), within a fraction of a second of each edit. While the editor leads (:lead), this screen goes "
            + "where it goes: its view, cursor, presentation and timer; move freely, and f follows again. It never "
            + "locks, journals or writes the map, and waits when the editor saves, quits, crashes or restarts. q quits."
    )

    @Argument(help: "The map file another journey has open.")
    var file: String

    @OptionGroup var options: ThemeOption
    @OptionGroup var screen: ScreenOptions

    func run() throws {
        let theme = try loadTheme(options.theme)
        let live = LiveMap(file)
        var folder = stat()
        guard stat(live.paths.folder, &folder) == 0, folder.st_mode & S_IFMT == S_IFDIR else {
            throw fail("\(file): the folder \(live.paths.folder) does not exist. Check the path.", code: 66)
        }
        if let info = try? PosixFileSystem.shared.lstat(live.paths.real), info.st_mode & S_IFMT == S_IFDIR {
            throw fail("\(file) is a folder; give the path of a map file in it.", code: 66)
        }
        guard let first = live.poll() else { return }
        if first.editor == .missing {
            throw fail("\(file): no such map, and no journey is editing it. Check the path; `journey watch` follows a map "
                       + "that `journey edit` has open.", code: 66)
        }
        if let error = live.fileError, first.map == nil {
            throw fail(error.description, code: error.exitCode)
        }
        let terminal = try openTerminal(refusal: "watch needs a terminal; to print a map use `journey show \(file)`")
        var editor = Editor(document: Document(map: first.map ?? BlankMap.make(), path: nil, isSaved: true), displayName: file,
                            width: terminal.width, height: terminal.height)
        editor.startWatching(first)
        let configPath = screen.apply(to: &editor)
        // No file behind the editor: nothing it does can lock, journal or write the map.
        let runtime = Runtime(editor: editor, terminal: terminal, files: FileEffects(), theme: theme)
        runtime.configPath = configPath
        runtime.watch = WatchPoller(live)
        runtime.run()
        terminal.close()
    }
}
