import JourneyCore

/// Moves the cursor for a navigation command; then scrolls it into view.
public enum Navigation {
    public static func apply(_ command: EditorCommand, to state: inout ViewState, map: JourneyMap,
                             index: ColumnIndex, layout: EditorLayout) {
        let last = max(0, index.count - 1)
        switch command {
        case .left: state.column = max(0, state.column - 1)
        case .right: state.column = min(last, state.column + 1)
        case .up: state.lane = max(0, state.lane - 1)
        case .down: state.lane = min(layout.lanes.count - 1, state.lane + 1)
        case .pageBack:
            let page = layout.geometry.columnsPerScreen
            state.column = max(0, state.column - page)
            state.firstColumn = max(0, state.firstColumn - page)
        case .pageForward:
            let page = layout.geometry.columnsPerScreen
            state.column = min(last, state.column + page)
            state.firstColumn += page
        case .firstTouchpoint: state.column = 0
        case .lastTouchpoint: state.column = last
        case .nextStage:
            let stage = index.position(of: state.column).stage
            if stage + 1 < index.stageCount { state.column = index.column(stage: stage + 1) }
        case .previousStage:
            let position = index.position(of: state.column)
            let stageStart = index.column(stage: position.stage)
            if state.column > stageStart {
                state.column = stageStart
            } else if position.stage > 0 {
                state.column = index.column(stage: position.stage - 1)
            }
        case .firstLane: state.lane = 0
        case .lastLane: state.lane = layout.lanes.count - 1
        case .toggleDetail: state.showDetail.toggle()
        default: break
        }
        let settled = EditorLayout(map: map, state: state, width: layout.width, height: layout.height)
        settled.reveal(&state, columnCount: index.count)
    }
}
