import JourneyCore

/// The grid's lanes as last drawn, without their names and the cursor (see
/// `GridPainter.paintLanes`), kept until the stages or what is shown of them
/// change (see `StagesMemo`). Shared by copies of the view state; never part
/// of its equality.
public final class LanesMemo: Equatable, Sendable {
    /// Everything besides the stages that the lanes' cells are drawn from.
    struct Key: Equatable {
        let columns: Range<Int>
        let lanes: [GridPainter.LaneRow]
        let y: Int
        let maxY: Int
        let gap: Int
        let width: Int
        let height: Int
        let geometry: GridGeometry
        let theme: Theme
        let personas: [Persona]
        let scale: EmotionScale
        let itemFacts: Bool
    }

    private let memo = StagesMemo<Key, CellGrid>()

    public init() {}

    public static func == (lhs: LanesMemo, rhs: LanesMemo) -> Bool { true }

    func value(for stages: [Stage], key: Key, make: () -> CellGrid) -> CellGrid {
        memo.value(for: stages, key: key, make: make)
    }
}
