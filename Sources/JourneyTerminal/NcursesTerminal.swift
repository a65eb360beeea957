import CNcursesw
import FoundationEssentials
import Glibc
import JourneyCore
import JourneyView

/// The terminal for people: ncurses in raw mode. Frames are compared with
/// the last one cell by cell; only changed cells go to ncurses, which then
/// sends the least it can (`wnoutrefresh` + `doupdate`, never `clear`).
public final class NcursesTerminal: Terminal {
    private let window: UnsafeMutablePointer<WINDOW>
    private var previous: CellGrid?
    private var pairs: [PairKey: Int16] = [:]
    private var lastStyle: (style: Style, attributes: (attr_t, Int16))?
    /// A resize read behind other keys, to be reported after them.
    private var pendingResize = false
    private let colorCount: Int
    private let pairLimit: Int
    /// Whether the mouse is reported (`--mouse`, `:set mouse`).
    private var reportsMouse = false
    private var clicks = DoubleClick()
    /// A mouse event read behind keys, given out next.
    private var pendingMouse: MouseEvent?

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// Why the terminal cannot be used, said so a person can fix it.
    public struct Unusable: Error, CustomStringConvertible {
        public var description: String
    }

    /// Key codes we ask ncurses to report for the bracketed-paste markers.
    static let pasteStart: Int32 = 0x2000
    static let pasteEnd: Int32 = 0x2001

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
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        if has_colors() {
            start_color()
            use_default_colors()
        }
        colorCount = has_colors() ? Int(journey_colors()) : 0
        pairLimit = has_colors() ? Int(journey_color_pairs()) : 0
        define_key("\u{1b}[200~", Self.pasteStart)
        define_key("\u{1b}[201~", Self.pasteEnd)
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
        if reportsMouse {
            // Asked again: the shell had the terminal in between.
            _ = mousemask(0, nil)
            _ = mousemask(journey_mouse_wanted(), nil)
        }
        invalidate()
        wrefresh(window)
    }

    /// Clicks and the wheel only, reported as they happen (mouseinterval 0:
    /// double-clicks are told here, so a click is never held back). ncurses
    /// sends the terminal's own request (SGR 1006 where terminfo says so,
    /// as for xterm); endwin and the signal handlers switch it off again.
    public func mouseReporting(_ on: Bool) -> Bool {
        _ = mouseinterval(0)
        let granted = mousemask(on ? journey_mouse_wanted() : 0, nil)
        reportsMouse = on && granted != 0
        if !on { TerminalRestore.mouseReportingOff() }
        return reportsMouse == on
    }

    public func present(_ frame: CellGrid) {
        let old = previous.flatMap { $0.width == frame.width && $0.height == frame.height ? $0 : nil }
        if old == nil { werase(window) }
        for y in 0..<frame.height {
            var x = 0
            while x < frame.width {
                let cell = frame[x, y]
                let wide = x + 1 < frame.width && frame[x + 1, y].isContinuation
                if let old, old[x, y] == cell, !wide || old[x + 1, y] == frame[x + 1, y] {
                    x += 1
                    continue
                }
                if !cell.isContinuation { put(cell, x: x, y: y) }
                x += 1
            }
        }
        previous = frame
        if let cursor = frame.cursor {
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

    /// The next input: a bracketed paste whole; else the first key and every
    /// key already waiting behind it (a burst, which the editor may take for
    /// a paste).
    public func nextInput(timeout: Double?) -> TerminalInput {
        if pendingResize {
            pendingResize = false
            return .resize(width: width, height: height)
        }
        if let mouse = pendingMouse {
            pendingMouse = nil
            return .mouse(mouse)
        }
        let milliseconds = timeout.map { Int32(max(0, min(86_400_000, $0 * 1000))) } ?? -1
        let started = Date()
        errno = 0
        guard let first = read(milliseconds) else {
            // A signal (the terminal resumed after Ctrl-Z, say) only cuts the wait short.
            if errno == EINTR { return .timeout }
            // A wait that ends early without a key means the input is gone.
            if milliseconds < 0 || Date().timeIntervalSince(started) * 1000 < Double(milliseconds) / 2 { return .end }
            return .timeout
        }
        switch first {
        case .code(Self.pasteStart): return .paste(readPaste())
        case .code(KEY_RESIZE): return .resize(width: width, height: height)
        case .code(KEY_MOUSE): return readMouse().map(TerminalInput.mouse) ?? .keys([])
        case .code(let code):
            guard let key = Self.functionKey(code) else { return .keys([]) }
            return .keys([key] + readWaitingKeys())
        case .character(let character):
            guard let key = Self.characterKey(character) else { return .keys([]) }
            return .keys([key] + readWaitingKeys())
        }
    }

    enum Raw {
        case character(UInt32)
        case code(Int32)
    }

    private func read(_ milliseconds: Int32) -> Raw? {
        wtimeout(window, milliseconds)
        while true {
            var character: wint_t = 0
            let result = wget_wch(window, &character)
            if result == journey_err() {
                if errno == EINTR && milliseconds < 0 { continue }
                return nil
            }
            return result == journey_key_code_yes() ? .code(Int32(character)) : .character(UInt32(character))
        }
    }

    /// Keys that arrived with the first one, already readable now.
    private func readWaitingKeys() -> [Key] {
        var keys: [Key] = []
        while keys.count < 1_000_000, let raw = read(0) {
            switch raw {
            case .code(KEY_RESIZE):
                // Over SSH a window change arrives on the same link as the keys.
                pendingResize = true
                return keys
            case .code(Self.pasteStart):
                // A bracketed paste right behind typed keys: keep its text as text.
                keys += readPaste().map { $0 == "\n" ? Key.enter : Key.character($0) }
            case .code(KEY_MOUSE):
                // The mouse ends the burst: it is an event of its own, given out next.
                pendingMouse = readMouse()
                if pendingMouse != nil { return keys }
            case .code(let code): if let key = Self.functionKey(code) { keys.append(key) }
            case .character(let c): if let key = Self.characterKey(c) { keys.append(key) }
            }
        }
        return keys
    }

    /// The mouse event behind a KEY_MOUSE; nil for a release or what journey did not ask for.
    private func readMouse() -> MouseEvent? {
        var x: Int32 = 0
        var y: Int32 = 0
        let kind = journey_mouse_read(&x, &y)
        guard kind > 0, reportsMouse else { return nil }
        let shift = kind >= 8
        switch kind % 8 {
        case 1: return MouseEvent(clicks.click(x: Int(x), y: Int(y), at: Date()), x: Int(x), y: Int(y), shift: shift)
        case 2: return MouseEvent(.wheelUp, x: Int(x), y: Int(y), shift: shift)
        case 3: return MouseEvent(.wheelDown, x: Int(x), y: Int(y), shift: shift)
        default: return nil
        }
    }

    /// The text between the paste markers. Line breaks arrive as CR.
    private func readPaste() -> String {
        var scalars = String.UnicodeScalarView()
        while let raw = read(2000) {
            switch raw {
            case .code(Self.pasteEnd): return String(scalars)
            case .code(KEY_RESIZE): pendingResize = true
            case .code: continue
            case .character(let value):
                if value == 13 { scalars.append("\n") } else if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
            }
        }
        return String(scalars)
    }

    static func functionKey(_ code: Int32) -> Key? {
        if let name = keyname(code).map({ String(cString: $0) }) {
            switch name {
            case "kLFT5", "kLFT3": return .wordLeft
            case "kRIT5", "kRIT3": return .wordRight
            default: break
            }
        }
        return switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_BTAB: .backTab
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        default: nil
        }
    }

    static func characterKey(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }
}
