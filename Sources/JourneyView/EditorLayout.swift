import JourneyCore

/// Where things go on the editor screen at a given size: title bar, grid
/// header, lanes, detail pane, status line; and which lanes and columns fit.
public struct EditorLayout {
    public static let minimumWidth = 30
    public static let minimumHeight = 8

    public let width: Int
    public let height: Int
    public let geometry: GridGeometry
    public let lanes: [Lane]
    public let laneHeights: [Int]
    public let detailHeight: Int

    public init(map: JourneyMap, state: ViewState, width: Int, height: Int) {
        self.width = width
        self.height = height
        geometry = GridGeometry(width: width, height: height)
        lanes = state.settings.showHiddenLanes ? map.lanes : map.lanes.filter { !$0.hidden }
        var heights = lanes.map { [geometry] lane in geometry.editorHeight(of: lane, scale: map.emotionScale) }
        // The cell being typed into grows to show all of its text.
        if let editor = state.cellEditor, heights.indices.contains(state.gridPlace.lane) {
            let typed = editor.layout(width: geometry.columnWidth - 1).lines.count
            heights[state.gridPlace.lane] = max(heights[state.gridPlace.lane], typed)
        }
        laneHeights = heights
        // The item list of a list lane lives in the detail pane, so it shows even when hidden.
        let wanted = state.settings.showDetail || state.itemSelection != nil
        detailHeight = !wanted ? 0 : height >= 36 ? 6 : height >= 18 || state.itemSelection != nil && height >= 10 ? 4 : 0
    }

    public var isTooSmall: Bool { Self.isTooSmall(width: width, height: height) }

    public static func isTooSmall(width: Int, height: Int) -> Bool { width < minimumWidth || height < minimumHeight }

    public var headerY: Int { 1 }
    public var bodyY: Int { headerY + GridGeometry.headerHeight }
    public var statusY: Int { height - 1 }
    public var detailY: Int { statusY - detailHeight }
    public var bodyHeight: Int { max(1, detailY - bodyY) }

    /// Rows a lane takes including the gap after it.
    func span(_ lane: Int) -> Int { laneHeights[lane] + geometry.laneGap }

    /// The lanes from `first` that fit the body, the last one maybe cut.
    public func visibleLanes(from first: Int) -> Range<Int> {
        var used = 0
        var end = first
        while end < lanes.count && used < bodyHeight {
            used += span(end)
            end += 1
        }
        return first..<end
    }

    /// Moves the scroll position, as little as it can, so the cursor shows.
    public func reveal(_ place: inout GridPlace, columnCount: Int) {
        let perScreen = geometry.columnsPerScreen
        place.column = max(0, min(place.column, columnCount - 1))
        place.lane = max(0, min(place.lane, lanes.count - 1))
        if place.column < place.firstColumn { place.firstColumn = place.column }
        if place.column >= place.firstColumn + perScreen { place.firstColumn = place.column - perScreen + 1 }
        place.firstColumn = max(0, min(place.firstColumn, max(0, columnCount - perScreen)))

        if place.lane < place.firstLane { place.firstLane = place.lane }
        while place.firstLane < place.lane {
            let rowsThrough = (place.firstLane...place.lane).reduce(0) { $0 + span($1) } - geometry.laneGap
            if rowsThrough <= bodyHeight { break }
            place.firstLane += 1
        }
        // Use the room at the bottom: scroll back up while earlier lanes still fit.
        while place.firstLane > 0 {
            let rows = ((place.firstLane - 1)..<lanes.count).reduce(0) { $0 + span($1) } - geometry.laneGap
            if rows > bodyHeight { break }
            place.firstLane -= 1
        }
    }
}
