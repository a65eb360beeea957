import JourneyCore
import JourneyView

/// What `/` last looked for, and where it was found.
struct SearchState {
    struct Match {
        var place: EditLocation
        var column: Int
    }

    var query: String
    /// Found lazily, and found again after the map changes.
    var matches: [Match]?
}

/// `/` finds text anywhere on the map; n and N step through the matches;
/// `'` jumps to a stage or touchpoint by name.
extension Editor {
    mutating func search(_ query: String) {
        guard !query.isEmpty else {
            ask(.search, label: "/", text: searchState?.query ?? "")
            return
        }
        searchState = SearchState(query: query)
        stepSearch(forward: true, includingHere: true)
    }

    mutating func stepSearch(forward: Bool, includingHere: Bool = false) {
        guard var state = searchState else {
            refuse("nothing searched yet: / starts a search")
            return
        }
        let matches = state.matches ?? Self.find(state.query, in: map, index: index)
        state.matches = matches
        searchState = state
        guard !matches.isEmpty else {
            refuse("“\(state.query)” is nowhere on the map")
            return
        }
        // Matches are in map order: find the first after (or before) the cursor.
        let lanes = shownLanes
        func spot(_ match: SearchState.Match) -> (Int, Int) {
            (match.column, lanes.firstIndex { $0.id == match.place.lane } ?? 0)
        }
        let here = (gridPlace.column, gridPlace.lane)
        let pick = forward
            ? matches.firstIndex { spot($0) > here || includingHere && spot($0) == here } ?? 0
            : matches.lastIndex { spot($0) < here } ?? matches.count - 1
        moveCursor(to: matches[pick].place)
        say("“\(state.query)”: match \(pick + 1) of \(matches.count) · n next · N previous")
    }

    /// Every place the text appears, in map order, case and accents ignored.
    static func find(_ query: String, in map: JourneyMap, index: ColumnIndex) -> [SearchState.Match] {
        let query = TextFold.folded(query)
        func has(_ text: String) -> Bool { TextFold.folded(text).contains(query) }
        let laneOfKind = Dictionary(map.lanes.map { ($0.kind, $0.id) }, uniquingKeysWith: { first, _ in first })
        var found: [SearchState.Match] = []
        for (s, stage) in map.stages.enumerated() {
            if has(stage.name) || has(stage.goal) {
                found.append(.init(place: EditLocation(stage: stage.id, touchpoint: nil, lane: nil), column: index.column(stage: s)))
            }
            for (i, t) in stage.touchpoints.enumerated() {
                func at(_ lane: String?) {
                    found.append(.init(place: EditLocation(stage: stage.id, touchpoint: t.id, lane: lane),
                                       column: index.column(stage: s, touchpoint: i)))
                }
                if has(t.name) { at(nil) }
                for lane in map.lanes where lane.kind.holdsText {
                    if let text = t.text[lane.id], has(text) { at(lane.id) }
                }
                for kind in [LaneKind.painPoints, .opportunities, .quotes] where t.items(of: kind)!.contains(where: { has($0.text) }) {
                    at(laneOfKind[kind])
                }
            }
        }
        return found
    }

    /// `'` and `:go NAME`: a stage or touchpoint by name; several matches open a picker.
    mutating func goTo(_ name: String) {
        var options: [Choice.Option] = []
        for stage in map.stages {
            options.append(Choice.Option(label: stage.name, value: .goTo(stage: stage.id, touchpoint: nil)))
            for t in stage.touchpoints {
                options.append(Choice.Option(label: stage.name + " › " + t.name, value: .goTo(stage: stage.id, touchpoint: t.id)))
            }
        }
        var choice = Choice(title: "Go to (type to filter)", options: options)
        choice.filter = name
        let matches = choice.matches
        if !name.isEmpty && matches.count == 1 {
            return pick(matches[0].value)
        }
        if !name.isEmpty && matches.isEmpty {
            refuse("no stage or touchpoint is called “\(name)”")
            return
        }
        push(.picker(choice))
    }
}

/// `/`: the last search, its matches found again after the map changes.
enum SearchFeature: EditorFeature {
    typealias State = SearchState
    static func mapChanged(_ editor: inout Editor) { editor.searchState?.matches = nil }
}

extension Editor {
    /// What `/` last looked for.
    var searchState: SearchState? {
        get { featureStates[SearchFeature.self] }
        set { featureStates[SearchFeature.self] = newValue }
    }
}
