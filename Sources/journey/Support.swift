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
import JourneyView

enum MapFormatVersion {
    static let text = "\(MapFormat.name) \(MapFormat.version)"
}

/// Prints "journey: MESSAGE" to stderr and exits with `code`.
func fail(_ message: String, code: Int32) -> ExitCode {
    warn(message)
    return ExitCode(code)
}

/// Prints "journey: MESSAGE" to stderr, on one line; text from a file in it never drives the terminal.
func warn(_ message: String) {
    StandardOutput(descriptor: STDERR_FILENO).write("journey: " + DisplayText.singleLine(message) + "\n")
}

/// Prints "journey: MESSAGE" to stdout, on one line; a name from a file or an argument in it never drives the terminal.
func say(_ message: String) {
    StandardOutput().write("journey: " + DisplayText.singleLine(message) + "\n")
}

/// Writes bytes to stdout; a failed write is reported and exits 74 (EX_IOERR).
/// For text journey made safe for a terminal itself (`show`, `diff`'s lines with their colours).
func printBytes(_ bytes: [UInt8]) throws {
    let out = StandardOutput()
    out.write(bytes)
    try out.check()
}

/// Writes data (an export, a map, JSON) to stdout: as it is to a file or a
/// pipe, where it must stay faithful; to a terminal with its control
/// characters escaped (line ends and tabs kept), so no text in it drives the terminal.
func printData(_ bytes: [UInt8]) throws {
    guard isatty(STDOUT_FILENO) == 1 else { return try printBytes(bytes) }
    try printBytes(Array(DisplayText.escapedKeepingLines(String(decoding: bytes, as: UTF8.self)).utf8))
}

func readMapBytes(_ path: String) throws -> [UInt8] {
    do {
        return try MapStore.readFile(path: path)
    } catch {
        throw fail(error.description, code: error.exitCode)
    }
}

func decodeMap(_ bytes: [UInt8], file: String) throws -> JourneyMap {
    do {
        return try MapStore.decode(bytes, file: file)
    } catch {
        throw fail(error.description, code: error.exitCode)
    }
}

/// A map for `show` and `export`: as its workspace library has its shared personas and channels,
/// unless `asWritten` (what git's textconv shows is the file).
func loadMap(_ path: String, asWritten: Bool = false) throws -> JourneyMap {
    do {
        let map = try MapStore.load(path: path)
        return asWritten ? map : resolvedWithLibrary(map, file: path)
    } catch {
        throw fail(error.description, code: error.exitCode)
    }
}

func loadTheme(_ name: String?) throws -> Theme {
    do {
        return try ThemeCatalog.load(name, environment: .process)
    } catch {
        throw fail(error.description, code: 64)
    }
}

/// `--mouse` and `--slow-link`, for every full-screen subcommand (`@OptionGroup var screen: ScreenOptions`).
struct ScreenOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp("Take the mouse for this run: a click moves to a cell, a double-click edits, the "
        + "wheel scrolls. `:set mouse` turns it on for good, `:set nomouse` off (remembered in ~/.config/journey/config.json)."))
    var mouse = false

    @Flag(name: .customLong("slow-link"), help: ArgumentHelp("For a slow link (a phone hotspot, a congested SSH hop): only "
        + "the terminal's cursor marks the cell, so a move sends a few bytes; Ctrl-G says where it is. Also `:set slowlink`."))
    var slowLink = false

    /// Applies both, and the locale's curve, to the editor; returns the user configuration's path (see UserSettings).
    func apply(to editor: inout Editor) -> String? {
        if slowLink { editor.useSlowLink() }
        editor.useCurve(.forLocale(.process))
        return UserSettings.apply(to: &editor, mouseFlag: mouse)
    }
}

struct ThemeOption: ParsableArguments {
    @Option(name: .long, help: "A theme name (default, mono, projector-dark, projector-light) or the path of a theme file.")
    var theme: String?
}

/// The full-screen terminal a subcommand draws on, or a refusal that says
/// why (`refusal` when input or output is not a terminal).
func openTerminal(refusal: String) throws -> NcursesTerminal {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw fail(refusal, code: 64) }
    do {
        return try NcursesTerminal()
    } catch {
        throw fail(error.description, code: 64)
    }
}
