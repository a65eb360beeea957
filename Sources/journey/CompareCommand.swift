import ArgumentParser
import JourneyCore
import JourneyView

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Print a current-state map beside its future state, stage by stage.",
        discussion: """
            Stages are matched by id, then by name; touchpoints by id. For each persona, the emotion per stage now and \
            in the future on one scale; the touchpoints added (+), removed (−) and changed (~); and the pain points of \
            the current state each future opportunity is meant to remove (`:removes` in the editor). \
            With one map, its futureOf names the current state. Exit codes: 0 printed, 64 one map that names no current \
            state, 65 a file that is not a map, 66 a file that cannot be read (missing, a folder).
            """
    )

    @Argument(help: "CURRENT FUTURE, or a FUTURE map alone that names its current state (futureOf).",
              completion: .file(extensions: ["json"]))
    var files: [String] = []

    @Option(help: "Columns to fit (default: the terminal's width, or 100 when not a terminal).")
    var width: Int?

    @Option(help: "Colour: auto (when stdout is a terminal and NO_COLOR is unset), always or never.")
    var color: ShowCommand.ColorMode = .auto

    @OptionGroup var options: ThemeOption

    func validate() throws {
        guard files.count == 1 || files.count == 2 else { throw ValidationError("give two maps: journey compare CURRENT FUTURE") }
        if let width, width < 30 || width > 1000 { throw ValidationError("--width must be from 30 to 1000") }
    }

    func run() throws {
        let futurePath = files[files.count - 1]
        let future = try loadMap(futurePath)
        let currentPath: String
        if files.count == 2 {
            currentPath = files[0]
        } else if let link = future.futureOf {
            currentPath = MapLink.resolve(link, from: futurePath)
        } else {
            throw fail("\(futurePath) names no current state (futureOf): give both, journey compare CURRENT FUTURE, "
                           + "or set it with :futureof in the editor", code: 64)
        }
        let current = try loadMap(currentPath)
        let theme = try loadTheme(options.theme)
        let stdout = StandardOutput()
        var out = PrintOutput(sink: stdout.write)
        let grid = CompareScreen.printed(current: current, future: future, currentName: currentPath,
                                         width: width ?? ShowCommand.terminalWidth() ?? 100, theme: theme)
        AnsiText.write(grid, color: color.isOn, to: &out)
        out.flush()
        try stdout.check()
    }
}
