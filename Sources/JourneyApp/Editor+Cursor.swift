import JourneyCore
import JourneyView

/// Where the cursor is, by position for drawing and moving, and by id for
/// everything that outlives a change to the map.
extension Editor {
    var layout: EditorLayout { EditorLayout(map: map, state: layoutView, width: width, height: height) }
    /// The lanes on screen, in order: the visible ones, or all when hidden ones are shown.
    var shownLanes: [Lane] { settings.showHiddenLanes ? map.lanes : map.lanes.filter { !$0.hidden } }
    var currentLane: Lane? { shownLanes.indices.contains(gridPlace.lane) ? shownLanes[gridPlace.lane] : nil }
    var position: ColumnIndex.Position? { index.count > 0 && !map.stages.isEmpty ? index.position(of: gridPlace.column) : nil }
    var currentStage: Stage? { position.map { map.stages[$0.stage] } }

    /// The touchpoint under the cursor: its stage, its place there and its id.
    var here: (stage: Int, index: Int, id: String)? {
        // Right after a change the column may point past what is left: no touchpoint there yet.
        guard let position, let t = position.touchpoint, map.stages[position.stage].touchpoints.indices.contains(t) else {
            return nil
        }
        return (position.stage, t, map.stages[position.stage].touchpoints[t].id)
    }

    var currentTouchpoint: Touchpoint? { here.map { map.stages[$0.stage].touchpoints[$0.index] } }

    /// Where a touchpoint is: under the cursor, found at once, as it nearly
    /// always is while typing; anywhere else by a scan of the map.
    func place(of id: String) -> (stage: Int, index: Int)? {
        if let here, here.id == id { return (here.stage, here.index) }
        return map.locate(touchpoint: id)
    }

    func touchpoint(id: String) -> Touchpoint? { place(of: id).map { map.stages[$0.stage].touchpoints[$0.index] } }

    var location: EditLocation {
        EditLocation(stage: currentStage?.id, touchpoint: here?.id, lane: currentLane?.id)
    }

    /// The touchpoint under the cursor, or a message saying there is none.
    mutating func requireTouchpoint() -> (stage: Int, index: Int, id: String)? {
        guard let here else {
            say(map.stages.isEmpty ? "this map has no stages yet: S adds one"
                : "this stage has no touchpoints yet: o adds one")
            return nil
        }
        return here
    }

    mutating func reveal() {
        layout.reveal(&gridPlace, columnCount: index.count)
    }

    mutating func move(_ movement: Movement) {
        var moved = layoutView
        let layout = EditorLayout(map: map, state: moved, width: width, height: height)
        Navigation.apply(movement, to: &moved, map: map, index: index, layout: layout)
        gridPlace = moved.gridPlace
    }

    /// Puts the cursor on a place named by ids. What no longer exists falls
    /// back to what holds it: a deleted touchpoint to its stage, a stage to
    /// the same column.
    mutating func moveCursor(to place: EditLocation) {
        if let id = place.touchpoint, let (s, i) = self.place(of: id) {
            gridPlace.column = index.column(stage: s, touchpoint: i)
        } else if let id = place.stage, let s = map.stageIndex(id: id) {
            let range = index.stageRange(s)
            gridPlace.column = min(max(gridPlace.column, range.lowerBound), range.upperBound - 1)
        }
        if let id = place.lane, let lane = shownLanes.firstIndex(where: { $0.id == id }) { gridPlace.lane = lane }
        reveal()
    }

    mutating func moveCursor(toTouchpoint id: String) {
        moveCursor(to: EditLocation(stage: nil, touchpoint: id, lane: currentLane?.id))
    }

    mutating func moveCursor(toStage id: String) {
        guard let s = map.stageIndex(id: id) else { return }
        gridPlace.column = index.column(stage: s)
        reveal()
    }

    mutating func moveCursor(toLane id: String) {
        if let lane = shownLanes.firstIndex(where: { $0.id == id }) { gridPlace.lane = lane }
        reveal()
    }

    // MARK: changing the map

    /// Commits an edit (nil: nothing changed), journals it, and keeps the
    /// cursor on the same thing by id.
    /// `note` names a step that matters, for when it is undone ("the vote reveal").
    mutating func commit(_ transaction: Transaction?, message: String? = nil, note: String? = nil) {
        guard let transaction, !transaction.isEmpty else { return }
        guard !readOnly else {
            refuse("read-only: this change was not made")
            return
        }
        let place = location
        let before = map
        document.commit(transaction, at: place, note: note)
        mapChanged(before: before, keeping: place)
        if let message { say(message) }
    }

    /// After any step that changed the map: journal what it did, re-index,
    /// and find the cursor's place again.
    mutating func mapChanged(before: JourneyMap, keeping place: EditLocation?, journaled: Bool = true) {
        if journaled && journaling {
            effects.append(.journal(JournalStep(applied: document.history.lastApplied, before: before, after: map)))
        }
        index = ColumnIndex(map)
        // The same persona keeps the score keys when personas move (an undone reorder, say).
        let scoring = before.personas.indices.contains(gridPlace.persona) ? before.personas[gridPlace.persona].id : nil
        gridPlace.persona = map.personas.firstIndex { $0.id == scoring }
            ?? (map.personas.isEmpty ? 0 : min(gridPlace.persona, map.personas.count - 1))
        if let place { moveCursor(to: place) } else { reveal() }
        for feature in Self.features { feature.mapChanged(&self) }
    }
}

extension Editor {
    /// Where the cursor is, by id: what tests and scripts check.
    public var cursor: EditLocation { location }
}
