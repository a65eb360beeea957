import JourneyCore

/// Column and lane sizes of the stage-by-touchpoint grid for a given width.
/// Columns share the width left of the lane labels evenly, so the grid fills
/// the screen; each column's first cell is its separator.
public struct GridGeometry: Equatable, Sendable {
    public let width: Int
    public let labelWidth: Int
    public let columnWidth: Int
    public let columnsPerScreen: Int
    public let compact: Bool

    public static let headerHeight = 4

    public init(width: Int, height: Int = 40) {
        self.width = width
        labelWidth = width >= 80 ? 14 : width >= 60 ? 12 : 9
        let minimum = width >= 60 ? 16 : 14
        let available = max(1, width - labelWidth)
        columnsPerScreen = max(1, available / minimum)
        columnWidth = max(minimum, available / columnsPerScreen)
        compact = height < 20
    }

    public func x(ofColumn column: Int, first: Int) -> Int { labelWidth + (column - first) * columnWidth }

    /// Rows the editor gives a lane: fixed per kind so rows do not jump as the
    /// view scrolls; the detail pane shows what does not fit.
    public func editorHeight(of lane: Lane, scale: EmotionScale) -> Int {
        switch lane.kind {
        case .emotion: EmotionRows(scale: scale).count
        case .owner, .metrics, .quotes: 2
        case .actions, .thoughts, .painPoints, .opportunities: compact ? 2 : 3
        case .text: 2
        }
    }

    /// Rows between lanes: a dotted rule, left out on short terminals.
    public var laneGap: Int { compact ? 0 : 1 }
}

/// Maps emotion scores to rows of the emotion lane, best score on top.
public struct EmotionRows: Sendable {
    public let scale: EmotionScale
    public let count: Int

    public init(scale: EmotionScale) {
        self.scale = scale
        count = min(scale.steps, 9)
    }

    /// In floating point, as the difference of two Ints can overflow.
    private var span: Double { Double(scale.max) - Double(scale.min) }

    public func row(for score: Double) -> Int { Int(position(for: score).rounded()) }

    /// Where a score falls between the rows, 0 the top one (a braille curve's points are this exact).
    public func position(for score: Double) -> Double {
        guard count > 1 else { return 0 }
        let fraction = (Double(scale.max) - scale.clamp(score)) / span
        return fraction * Double(count - 1)
    }

    /// The score a row stands for, to label the scale.
    public func score(atRow row: Int) -> Double {
        guard count > 1 else { return Double(scale.max) }
        return Double(scale.max) - Double(row) / Double(count - 1) * span
    }
}
