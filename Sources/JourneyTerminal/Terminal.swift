import JourneyView

/// What the terminal read: keys that arrived together (one, or a burst),
/// a bracketed paste, a new size, nothing before the timeout, or the end.
public enum TerminalInput: Sendable, Equatable {
    case keys([Key])
    case paste(String)
    case resize(width: Int, height: Int)
    /// A click, double-click or turn of the wheel, while mouse reporting is on.
    case mouse(MouseEvent)
    case timeout
    case end
}

/// Where the editor's frames go and its input comes from: ncurses for
/// people, a cell buffer for tests.
public protocol Terminal: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// Shows a frame; only what changed since the last one needs sending.
    func present(_ frame: CellGrid)
    /// Waits at most `timeout` seconds (nil: until something arrives).
    func nextInput(timeout: Double?) -> TerminalInput
    /// Forgets what is on screen so the next frame is sent whole (Ctrl-L).
    func invalidate()
    /// Gives the terminal back to the shell until the user types `fg` (Ctrl-Z).
    func suspend()
    /// The bell, and one flash of the screen.
    func alert()
    /// Asks the terminal to report the mouse (clicks, the wheel), or to stop so
    /// that its own selection works again; false if it cannot report it.
    func mouseReporting(_ on: Bool) -> Bool
    /// The bytes each key of the last `.keys` came from, as a person reads them (for `:keys`).
    var lastKeyBytes: [String] { get }
}

extension Terminal {
    public func suspend() {}
    public func alert() {}
    public func mouseReporting(_ on: Bool) -> Bool { !on }
    public var lastKeyBytes: [String] { [] }
}
