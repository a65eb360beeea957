import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyApp
import JourneyCore
import JourneyView

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a whole map to stdout for review (the built-in sample without FILE)."
    )

    enum ColorMode: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never

        /// Auto: when stdout is a terminal and NO_COLOR is unset.
        var isOn: Bool {
            switch self {
            case .always: true
            case .never: false
            case .auto: isatty(STDOUT_FILENO) == 1 && (Environment.process["NO_COLOR"] ?? "").isEmpty
            }
        }
    }

    @Argument(help: "The map file.")
    var file: String?

    @Option(help: "Columns to fit (default: the terminal's width, or 100 when not a terminal).")
    var width: Int?

    @Option(help: "Colour: auto (when stdout is a terminal and NO_COLOR is unset), always or never.")
    var color: ColorMode = .auto

    @Flag(help: "One fact per line, stable and without layout: what git's textconv shows in `git log -p`.")
    var plain = false

    /// A view by its name, or all of them.
    struct ViewChoice: ExpressibleByArgument {
        var screens: [MapScreen]

        /// Every view, in the order a reader needs them (the frame, the journey, the findings).
        static let all = ViewChoice(screens: MapScreen.allCases.enumerated()
            .sorted { ($0.element.part, $0.offset) < ($1.element.part, $1.offset) }.map(\.element))

        static let names = MapScreen.allCases.map(\.rawValue) + ["all"]

        init(screens: [MapScreen]) {
            self.screens = screens
        }

        init?(argument: String) {
            if argument == "all" {
                self = Self.all
            } else if let screen = MapScreen(rawValue: argument) {
                screens = [screen]
            } else {
                return nil
            }
        }

        static var allValueStrings: [String] { names }
    }

    @Option(help: ArgumentHelp("One view of the map, as the editor shows it (default: the overview, the grid and the insights).",
                               valueName: ViewChoice.names.joined(separator: "|")))
    var view: ViewChoice?

    @OptionGroup var options: ThemeOption

    @Option(help: ArgumentHelp("The emotion curve in braille dots or whole cells, for a font without braille (default: "
        + "braille, cells when the locale is not UTF-8).", valueName: "braille|cells"))
    var curve: CurveStyle?

    func validate() throws {
        if let width, width < 30 || width > 1000 {
            throw ValidationError("--width must be from 30 to 1000")
        }
    }

    func run() throws {
        let map = try file.map { try loadMap($0, asWritten: plain) } ?? SampleMap.make()
        let stdout = StandardOutput()
        if plain {
            stdout.write(MapFacts.lines(map))
            return try stdout.check()
        }
        let useColor = color.isOn
        var theme = try loadTheme(options.theme)
        theme.curve = curve ?? .forLocale(.process)
        let columns = width ?? Self.terminalWidth() ?? 100
        var out = PrintOutput(sink: stdout.write)
        if let view {
            print(view, map: map, file: file, theme: theme, columns: columns, color: useColor, to: &out)
        } else {
            MapPrinter(map: map, theme: theme, width: columns, color: useColor).print(to: &out)
        }
        out.flush()
        try stdout.check()
    }

    func print(_ view: ViewChoice, map: JourneyMap, file: String?, theme: Theme, columns: Int, color: Bool,
               to out: inout PrintOutput) {
        let screens = view.screens
        for (n, screen) in screens.enumerated() {
            if screens.count > 1 { out.lines((n > 0 ? [""] : []) + [screen.title.uppercased()]) }
            let width = max(EditorLayout.minimumWidth, columns)
            // The compare view needs the other map: read from beside this one's file, when there is a file.
            if screen == .compare, let link = map.futureOf, let file, let current = try? MapStore.loadLinked(link, from: file) {
                let grid = CompareScreen.printed(current: current, future: map, currentName: link, width: width, theme: theme)
                AnsiText.write(grid, color: color, to: &out)
                continue
            }
            screen.print(map: map, width: width, theme: theme, color: color, to: &out)
        }
    }

    static func terminalWidth() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

extension CurveStyle: ExpressibleByArgument {}
