/// The grid's columns in order: every touchpoint of every stage, and one
/// empty column for a stage with no touchpoints (so it can still be seen and
/// reached). Finding a column is a binary search over per-stage offsets, so
/// a cursor move costs the same on a map of 20 or 20,000 touchpoints.
public struct ColumnIndex: Equatable, Sendable {
    public struct Position: Equatable, Sendable {
        public var stage: Int
        /// nil for the empty column of a stage without touchpoints.
        public var touchpoint: Int?
    }

    /// `starts[s]` is the first column of stage s; the last entry is the column count.
    public let starts: [Int]
    private let emptyStages: [Bool]

    public init(_ map: JourneyMap) {
        emptyStages = map.stages.map(\.touchpoints.isEmpty)
        var starts: [Int] = []
        starts.reserveCapacity(map.stages.count + 1)
        var next = 0
        for stage in map.stages {
            starts.append(next)
            next += max(1, stage.touchpoints.count)
        }
        starts.append(next)
        self.starts = starts
    }

    public var count: Int { starts.last ?? 0 }
    public var stageCount: Int { starts.count - 1 }

    public func position(of column: Int) -> Position {
        var low = 0
        var high = stageCount - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= column { low = mid } else { high = mid - 1 }
        }
        return Position(stage: low, touchpoint: emptyStages[low] ? nil : column - starts[low])
    }

    public func column(stage: Int, touchpoint: Int = 0) -> Int { starts[stage] + touchpoint }

    public func stageRange(_ stage: Int) -> Range<Int> { starts[stage]..<starts[stage + 1] }
}
