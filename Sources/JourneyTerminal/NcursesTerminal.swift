import CNcursesw
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyCore
import JourneyView

/// The terminal for people: ncurses in raw mode. Only the cells that changed
/// since the last frame (`CellGrid.changes(from:)`) go to ncurses, which then
/// sends the least it can (`wnoutrefresh` + `doupdate`, never `clear`).
public final class NcursesTerminal: Terminal {
    private let window: UnsafeMutablePointer<WINDOW>
    private var previous: CellGrid?
    private var pairs: [PairKey: Int16] = [:]
    private var lastStyle: (style: Style, attributes: (attr_t, Int16))?
    private let colorCount: Int
    private let pairLimit: Int
    private let input: TerminalInputReader

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// Why the terminal cannot be used, said so a person can fix it.
    public struct Unusable: Error, CustomStringConvertible {
        public var description: String
    }

    public init() throws(Unusable) {
        TerminalLocale.ensureUTF8()
        let term = Environment.process["TERM"] ?? ""
        guard !term.isEmpty else {
            throw Unusable(description: "TERM is not set, so journey cannot tell what your terminal can do; "
                           + "try `TERM=xterm-256color journey …`")
        }
        guard term != "dumb" else {
            throw Unusable(description: "TERM=dumb cannot show a full-screen editor; "
                           + "use a real terminal (e.g. TERM=xterm-256color), or `journey show` to print the map")
        }
        // Ours, not ncurses': the keys are read and decoded here, so a resize must wake that wait.
        ResizeSignal.install()
        // newterm, unlike initscr, returns to us when the terminal is unknown.
        guard let screen = newterm(nil, journey_stdout(), journey_stdin()) else {
            throw Unusable(description: "the terminal type TERM=\(term) is unknown here; "
                           + "try `TERM=xterm-256color journey …`")
        }
        _ = screen
        guard let window = journey_stdscr() else {
            endwin()
            throw Unusable(description: "cannot start the terminal (TERM=\(term))")
        }
        self.window = window
        // Until a screen has been through endwin() once, ncurses 6.4 flushes
        // after every cursor movement, so one frame went out in a dozen
        // writes, each its own packet over SSH. Leave that state now, before
        // colours are started: resuming with colours on resets the palette
        // the user's terminal was given.
        endwin()
        doupdate()
        TerminalRestore.install()
        raw()
        noecho()
        nonl()
        curs_set(0)
        if has_colors() {
            start_color()
            use_default_colors()
        }
        colorCount = has_colors() ? Int(journey_colors()) : 0
        pairLimit = has_colors() ? Int(journey_color_pairs()) : 0
        input = TerminalInputReader(descriptor: STDIN_FILENO, decoder: InputDecoder(extra: TerminfoKeys.read()))
        TerminalRestore.bracketedPaste(on: true)
    }

    public var width: Int { Int(getmaxx(window)) }
    public var height: Int { Int(getmaxy(window)) }

    public func close() {
        TerminalRestore.restore()
    }

    public func invalidate() {
        previous = nil
        clearok(window, true)
    }

    public func alert() {
        beep()
        flash()
    }

    /// Stops the process as Ctrl-Z would in a shell (raw mode reads Ctrl-Z as
    /// a key), with the terminal restored; after `fg`, the next frame is drawn whole.
    public func suspend() {
        TerminalRestore.bracketedPaste(on: false)
        endwin()
        signal(SIGTSTP, SIG_DFL)
        kill(getpid(), SIGTSTP)
        // Here again after SIGCONT.
        TerminalRestore.bracketedPaste(on: true)
        if input.reportsMouse {
            // Asked again: the shell had the terminal in between.
            TerminalRestore.mouseReportingOn()
        }
        invalidate()
        wrefresh(window)
    }

    /// Clicks and the wheel, reported as they happen in SGR form (1006), which
    /// the decoder reads; endwin and the signal handlers switch it off again.
    /// Only where terminfo says the terminal reports a mouse.
    public func mouseReporting(_ on: Bool) -> Bool {
        if on {
            guard TerminfoKeys.reportsMouse else { return false }
            TerminalRestore.mouseReportingOn()
        } else {
            TerminalRestore.mouseReportingOff()
        }
        input.reportsMouse = on
        return true
    }

    public func present(_ frame: CellGrid) {
        let changes = frame.changes(from: previous)
        if changes.erasesFirst { werase(window) }
        for run in changes.runs {
            for (x, cell) in zip(run.columns, run.cells) where !cell.isContinuation { put(cell, x: x, y: run.y) }
        }
        previous = frame
        if let cursor = changes.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        // Up to the cell's first five scalars (ncurses' CCHARW_MAX) and a
        // terminating zero, on the stack: this runs for every changed cell.
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 6) { characters in
            var count = 0
            if let scalar = cell.grapheme.scalar {
                characters[0] = wchar_t(bitPattern: scalar.value)
                count = 1
            } else {
                for scalar in cell.text.unicodeScalars.prefix(5) {
                    if count > 0 && TextWidth.of(scalar) != 0 { break }
                    characters[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
                if count == 0 {
                    characters[0] = wchar_t(32)
                    count = 1
                }
            }
            characters[count] = 0
            var glyph = cchar_t()
            let (attributes, pair) = attributes(for: cell.style)
            _ = setcchar(&glyph, characters.baseAddress, attributes, pair, nil)
            _ = mvwadd_wch(window, Int32(y), Int32(x), &glyph)
        }
    }

    /// Neighbouring cells mostly share a style, so the last one is kept.
    private func attributes(for style: Style) -> (attr_t, Int16) {
        if let last = lastStyle, last.style == style { return last.attributes }
        let made = makeAttributes(for: style)
        lastStyle = (style, made)
        return made
    }

    private func makeAttributes(for style: Style) -> (attr_t, Int16) {
        var attributes: attr_t = 0
        if style.attributes.contains(.bold) { attributes |= journey_attr_bold() }
        if style.attributes.contains(.dim) { attributes |= journey_attr_dim() }
        if style.attributes.contains(.reverse) { attributes |= journey_attr_reverse() }
        if style.attributes.contains(.underline) { attributes |= journey_attr_underline() }
        if style.attributes.contains(.italic) { attributes |= journey_attr_italic() }
        guard colorCount > 0 else { return (attributes, 0) }
        var foreground = color(style.foreground)
        let background = color(style.background)
        if case .indexed(let i) = style.foreground, i >= 8, i < 16, colorCount < 16 {
            attributes |= journey_attr_bold()
            foreground = Int16(i - 8)
        }
        return (attributes, pair(foreground, background))
    }

    private func color(_ color: TerminalColor) -> Int16 {
        switch color {
        case .standard: -1
        case .indexed(let i): Int16(i < colorCount ? i : i % 8)
        }
    }

    private func pair(_ foreground: Int16, _ background: Int16) -> Int16 {
        if foreground == -1 && background == -1 { return 0 }
        let key = PairKey(foreground: foreground, background: background)
        if let known = pairs[key] { return known }
        let next = pairs.count + 1
        guard next < pairLimit, next < Int(Int16.max) else { return 0 }
        init_pair(Int16(next), foreground, background)
        pairs[key] = Int16(next)
        return Int16(next)
    }

    /// The next input: keys that arrived together, a bracketed paste whole, a click, a new size.
    public func nextInput(timeout: Double?) -> TerminalInput {
        input.next(timeout: timeout) {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 {
                resizeterm(Int32(size.ws_row), Int32(size.ws_col))
            }
            return .resize(width: width, height: height)
        }
    }

    public var lastKeyBytes: [String] { input.lastKeyBytes }
}
