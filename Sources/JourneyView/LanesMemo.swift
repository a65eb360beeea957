import JourneyCore
import Synchronization

/// The grid's lanes as last drawn, without their names and the cursor (see
/// `GridPainter.paintLanes`), kept until the stages or what is shown of them
/// change (see `StagesMemo`). Shared by copies of the view state; never part
/// of its equality.
public final class LanesMemo: Equatable, Sendable {
    /// Everything besides the stages that the lanes' cells are drawn from.
    struct Key: Equatable, Sendable {
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
        /// Whether an item is marked as assumed follows the map's sources.
        let sources: [Source]
    }

    /// What a cell's lines are wrapped from, besides the stages.
    struct CellKey: Hashable {
        let column: Int
        let lane: String
        let kind: LaneKind
        let width: Int
        let height: Int
        let facts: Bool

        /// The kind goes with the lane, so it is left out: it would be a second string to hash.
        func hash(into hasher: inout Hasher) {
            hasher.combine(column)
            hasher.combine(lane)
            hasher.combine(width)
            hasher.combine(height)
            hasher.combine(facts)
        }
    }

    /// Each cell's wrapped lines, for the same stages: scrolling a column
    /// into view wraps that column's cells, not the screen's.
    final class CellLines: Sendable {
        private let lines: Mutex<[CellKey: [String]]>

        init(capacity: Int = 0) { lines = Mutex(Dictionary(minimumCapacity: capacity)) }

        func value(for key: CellKey, make: () -> [String]) -> [String] {
            lines.withLock { lines in
                if let kept = lines[key] { return kept }
                // Bounded by the screens seen since the map last changed; start again past a few of them.
                if lines.count > 4096 { lines.removeAll(keepingCapacity: true) }
                let made = make()
                lines[key] = made
                return made
            }
        }
    }

    private let memo = StagesMemo<Key, CellGrid>()
    private let cells = StagesMemo<[Source], CellLines>()

    public init() {}

    public static func == (lhs: LanesMemo, rhs: LanesMemo) -> Bool { true }

    func value(for stages: [Stage], key: Key, make: () -> CellGrid) -> CellGrid {
        memo.value(for: stages, key: key, make: make)
    }

    func cellLines(for stages: [Stage], sources: [Source]) -> CellLines {
        cells.value(for: stages, key: sources) { CellLines() }
    }
}
