/// What the editor screen shows of a map: the cursor, the scroll position and
/// the overlays. Plain data, changed by the app, read by the view.
public struct ViewState: Equatable, Sendable {
    /// Flat column (see `ColumnIndex`) and index among the visible lanes.
    public var column = 0
    public var lane = 0
    public var firstColumn = 0
    public var firstLane = 0
    public var showHelp = false
    public var showDetail = true
    public var fileName: String
    public var isNewFile = false
    public var isModified = false
    public var message: String?

    public init(fileName: String) {
        self.fileName = fileName
    }
}
