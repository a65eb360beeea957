import JourneyCore

/// What is under a screen cell of the grid: the inverse of the layout that
/// `EditorLayout`, `GridGeometry` and `GridPainter` draw. Columns are flat
/// columns (see `ColumnIndex`), lanes indices among the lanes shown.
public enum GridHit: Equatable, Sendable {
    /// A lane's cell under a touchpoint (or under an empty stage's column).
    case cell(column: Int, lane: Int)
    /// The stage's name on the header's first row: the stage, and the column clicked under it.
    case stage(Int, column: Int)
    /// A touchpoint's name or channel in the header.
    case touchpoint(column: Int)
    /// A lane's name, left of the cells.
    case laneLabel(lane: Int)
}

extension GridGeometry {
    /// The column whose cells include screen column `x` (its separator is its
    /// first cell), given the first column on screen; nil left of the columns.
    public func column(atX x: Int, first: Int) -> Int? {
        guard x >= labelWidth else { return nil }
        return first + (x - labelWidth) / columnWidth
    }
}

extension EditorLayout {
    /// What is at screen cell (`x`, `y`) of the grid drawn for `state`; nil for
    /// the title, the header's labels and rule, the rules between lanes, room
    /// right of the last column or below the last lane, the detail pane and
    /// the status line.
    public func hit(x: Int, y: Int, state: ViewState, index: ColumnIndex) -> GridHit? {
        guard !isTooSmall, x >= 0, x < width, y >= headerY, y < detailY else { return nil }
        let columns = state.gridPlace.firstColumn..<min(index.count, state.gridPlace.firstColumn + geometry.columnsPerScreen)
        let column = geometry.column(atX: x, first: state.gridPlace.firstColumn).flatMap { columns.contains($0) ? $0 : nil }
        if y < bodyY {
            guard let column else { return nil }
            switch y - headerY {
            case 0: return .stage(index.position(of: column).stage, column: column)
            case 1, 2: return .touchpoint(column: column)
            default: return nil
            }
        }
        var top = bodyY
        for lane in visibleLanes(from: state.gridPlace.firstLane) {
            let bottom = top + laneHeights[lane]
            if y < top { return nil }
            if y < bottom {
                if x < geometry.labelWidth { return .laneLabel(lane: lane) }
                return column.map { .cell(column: $0, lane: lane) }
            }
            top = bottom + geometry.laneGap
        }
        return nil
    }
}

extension EditorLayout {
    /// The lanes from `first` shown whole (at least one: a lane taller than the body shows cut).
    public func wholeLanes(from first: Int) -> Range<Int> {
        var used = 0
        var end = first
        while end < lanes.count, used + laneHeights[end] <= bodyHeight {
            used += span(end)
            end += 1
        }
        return first..<max(end, min(first + 1, lanes.count))
    }

    /// Whether every lane fits the body at once, so there is nothing to scroll up or down.
    public var allLanesFit: Bool { wholeLanes(from: 0).upperBound >= lanes.count }
}
