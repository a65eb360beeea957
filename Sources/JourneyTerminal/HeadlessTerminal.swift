import FoundationEssentials
import JourneyView

/// A terminal without a screen: input comes from a script, and each frame's
/// changes (`CellGrid.changes(from:)`, what `NcursesTerminal` writes) are
/// applied to a copy of the screen, so a wrong diff shows as a wrong screen.
public final class HeadlessTerminal: Terminal {
    public enum Input: Sendable {
        case key(Key)
        /// Keys that arrive together, as a paste without bracketing does.
        case burst([Key])
        case paste(String)
        case resize(width: Int, height: Int)
        /// The mouse, as a terminal reports it (tests send it whether or not reporting is on).
        case mouse(MouseEvent)
        /// Nothing arrives: the runtime's wait times out (timers fire).
        case idle
    }

    public private(set) var width: Int
    public private(set) var height: Int
    /// What the screen showed after each frame.
    public private(set) var screens: [CellGrid] = []
    /// The last frame, which the next one's changes are made from (nil: the next is sent whole).
    private var previous: CellGrid?
    /// How many times the bell rang (with a flash).
    public private(set) var alerts = 0
    /// Whether the editor asked for the mouse to be reported.
    public private(set) var reportsMouse = false
    private var input: [Input]

    public init(width: Int, height: Int, input: [Input]) {
        self.width = width
        self.height = height
        self.input = input.reversed()
    }

    public convenience init(width: Int, height: Int, keys: [Key]) {
        self.init(width: width, height: height, input: keys.map(Input.key))
    }

    public var screen: CellGrid? { screens.last }

    public func present(_ frame: CellGrid) {
        var screen = screens.last ?? CellGrid(width: 0, height: 0)
        screen.apply(frame.changes(from: previous))
        previous = frame
        screens.append(screen)
    }

    public func alert() { alerts += 1 }

    public func mouseReporting(_ on: Bool) -> Bool {
        reportsMouse = on
        return true
    }

    public func nextInput(timeout: Double?) -> TerminalInput {
        guard let next = input.popLast() else { return .end }
        switch next {
        case .key(let key): return .keys([key])
        case .burst(let keys): return .keys(keys)
        case .paste(let text): return .paste(text)
        case .resize(let w, let h):
            width = w
            height = h
            return .resize(width: w, height: h)
        case .mouse(let event): return .mouse(event)
        case .idle: return .timeout
        }
    }

    public func invalidate() { previous = nil }
}
