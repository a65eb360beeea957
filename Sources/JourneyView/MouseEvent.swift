/// What the mouse did, as the terminal layer reads it: where (the screen's
/// column and row, from 0 at the top left) and what. Reported only while the
/// mouse is on (`--mouse`, `:set mouse`).
public struct MouseEvent: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        /// The first button went down.
        case click
        /// A second click on the same cell soon after the first (the first arrived as a click).
        case doubleClick
        case wheelUp, wheelDown
    }

    public var action: Action
    public var x: Int
    public var y: Int
    /// Shift was held: the wheel scrolls sideways.
    public var shift: Bool

    public init(_ action: Action, x: Int, y: Int, shift: Bool = false) {
        self.action = action
        self.x = x
        self.y = y
        self.shift = shift
    }

    public var isWheel: Bool { action == .wheelUp || action == .wheelDown }
}
