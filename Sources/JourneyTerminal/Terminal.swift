import JourneyView

/// Where the editor's frames go and its keys come from: ncurses for people,
/// a cell buffer for tests.
public protocol Terminal: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// Shows a frame; only what changed since the last one needs sending.
    func present(_ frame: CellGrid)
    /// The next key, or nil when input has ended.
    func readKey() -> Key?
    /// Forgets what is on screen so the next frame is sent whole (Ctrl-L).
    func invalidate()
    /// Gives the terminal back to the shell until the user types `fg` (Ctrl-Z).
    func suspend()
}

extension Terminal {
    public func suspend() {}
}
