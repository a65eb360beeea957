import JourneyView

/// A terminal without a screen: keys come from a script, frames are kept.
/// Resizing is scripted too, as a size change followed by `Key.resize`.
public final class HeadlessTerminal: Terminal {
    public enum Input: Sendable {
        case key(Key)
        case resize(width: Int, height: Int)
    }

    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var frames: [CellGrid] = []
    private var input: [Input]

    public init(width: Int, height: Int, input: [Input]) {
        self.width = width
        self.height = height
        self.input = input.reversed()
    }

    public convenience init(width: Int, height: Int, keys: [Key]) {
        self.init(width: width, height: height, input: keys.map(Input.key))
    }

    public var lastFrame: CellGrid? { frames.last }

    public func present(_ frame: CellGrid) { frames.append(frame) }

    public func readKey() -> Key? {
        guard let next = input.popLast() else { return nil }
        switch next {
        case .key(let key): return key
        case .resize(let w, let h):
            width = w
            height = h
            return .resize
        }
    }

    public func invalidate() {}
}
