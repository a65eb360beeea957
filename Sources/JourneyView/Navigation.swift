import JourneyCore

/// The ways the cursor moves in the grid.
public enum Movement: Sendable {
    case left, right, up, down
    case pageBack, pageForward, firstTouchpoint, lastTouchpoint
    case nextStage, previousStage, firstLane, lastLane
}

/// Moves the cursor; then scrolls it into view.
public enum Navigation {
    public static func apply(_ movement: Movement, to state: inout ViewState, map: JourneyMap,
                             index: ColumnIndex, layout: EditorLayout) {
        let last = max(0, index.count - 1)
        let lastLane = max(0, layout.lanes.count - 1)
        switch movement {
        case .left: state.gridPlace.column = max(0, state.gridPlace.column - 1)
        case .right: state.gridPlace.column = min(last, state.gridPlace.column + 1)
        case .up: state.gridPlace.lane = max(0, state.gridPlace.lane - 1)
        case .down: state.gridPlace.lane = min(lastLane, state.gridPlace.lane + 1)
        case .pageBack:
            let page = layout.geometry.columnsPerScreen
            state.gridPlace.column = max(0, state.gridPlace.column - page)
            state.gridPlace.firstColumn = max(0, state.gridPlace.firstColumn - page)
        case .pageForward:
            let page = layout.geometry.columnsPerScreen
            state.gridPlace.column = min(last, state.gridPlace.column + page)
            state.gridPlace.firstColumn += page
        case .firstTouchpoint: state.gridPlace.column = 0
        case .lastTouchpoint: state.gridPlace.column = last
        case .nextStage, .previousStage:
            // A map with no stages has nowhere to go.
            guard index.stageCount > 0 else { break }
            let stage = index.position(of: state.gridPlace.column).stage + (movement == .nextStage ? 1 : -1)
            if (0..<index.stageCount).contains(stage) { state.gridPlace.column = index.column(stage: stage) }
        case .firstLane: state.gridPlace.lane = 0
        case .lastLane: state.gridPlace.lane = lastLane
        }
        let settled = EditorLayout(map: map, state: state, width: layout.width, height: layout.height)
        settled.reveal(&state.gridPlace, columnCount: index.count)
    }
}
