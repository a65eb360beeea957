import JourneyCore

/// What the compare view keeps: the current-state map (read by the runtime
/// when the view opens; see `LinkedMaps`), or why it could not be read, and the scroll.
public struct CompareState: ScreenState {
    /// The map's `futureOf` the current state was read for.
    public var link: String?
    public var current: JourneyMap?
    public var problem: String?
    /// The first line shown.
    public var scroll = 0
    /// The lines last drawn: a frame after a key that changed neither map compares nothing again.
    let memo = StagesMemo<CompareKey, CompareLayout>()

    public init() {}
}

/// What the compare view's lines depend on besides the future map's stages (the memo's own key).
struct CompareKey: Equatable, Sendable {
    var current: JourneyMap
    var future: MapInfo
    var currentName: String
    var width: Int
}

extension ScreenStates {
    public var compare: CompareState { get { self[CompareState.self] } set { self[CompareState.self] = newValue } }
}

/// The compare view of a future-state map: the current state beside it,
/// stage by stage (see `MapComparison` and `CompareLayout`).
public enum CompareScreen {
    public static func paint(into grid: inout CellGrid, area: ScreenArea, map: JourneyMap, state: CompareState, theme: Theme) {
        guard area.height > 0, area.width > 8 else { return }
        guard let link = map.futureOf else {
            return note(["This map is the future state of no map.",
                         "In a copy of a current-state map, :futureof CURRENT.json says which map it improves on;",
                         "this view then shows both side by side, stage by stage."], into: &grid, area: area, theme: theme)
        }
        guard let current = state.current else {
            return note([state.problem.map { "The current state, \(link), did not load: \($0)" } ?? "Reading \(link)…",
                         ":futureof PATH changes the path (from this map's folder)."], into: &grid, area: area, theme: theme)
        }
        let lines = layout(state, current: current, future: map, currentName: link, width: area.width).lines
        let first = firstLine(state.scroll, count: lines.count, height: area.height)
        for (y, line) in lines[first..<min(lines.count, first + area.height)].enumerated() {
            put(line, into: &grid, y: area.top + y, width: area.width, theme: theme)
        }
        if first > 0 { grid.put("↑", x: area.width - 1, y: area.top, style: theme[.scale]) }
        if first + area.height < lines.count { grid.put("↓", x: area.width - 1, y: area.bottom - 1, style: theme[.scale]) }
    }

    /// The scroll kept within the lines.
    public static func firstLine(_ scroll: Int, count: Int, height: Int) -> Int { max(0, min(scroll, count - height)) }

    /// How many lines the view has, for scrolling (none until the current state is read).
    public static func lineCount(_ state: CompareState, future: JourneyMap, width: Int) -> Int {
        guard let current = state.current else { return 0 }
        return layout(state, current: current, future: future, currentName: state.link ?? "", width: width).lines.count
    }

    static func layout(_ state: CompareState, current: JourneyMap, future: JourneyMap, currentName: String, width: Int) -> CompareLayout {
        state.memo.value(for: future.stages, key: CompareKey(current: current, future: future.info, currentName: currentName, width: width)) {
            CompareLayout(MapComparison(current: current, future: future), currentName: currentName, width: width)
        }
    }

    /// Both maps whole, for `journey compare`.
    public static func printed(current: JourneyMap, future: JourneyMap, currentName: String, width: Int, theme: Theme) -> CellGrid {
        let lines = CompareLayout(MapComparison(current: current, future: future), currentName: currentName, width: width).lines
        var grid = CellGrid(width: width, height: lines.count)
        for (y, line) in lines.enumerated() { put(line, into: &grid, y: y, width: width, theme: theme) }
        return grid
    }

    static func put(_ line: CompareLayout.Line, into grid: inout CellGrid, y: Int, width: Int, theme: Theme) {
        var x = 0
        for piece in line where x < width {
            x += grid.put(piece.text, x: x, y: y, maxWidth: width - x, style: theme[piece.role])
        }
    }

    static func note(_ lines: [String], into grid: inout CellGrid, area: ScreenArea, theme: Theme) {
        var y = area.top + 1
        for line in lines {
            for row in TextWrap.wrap(line, width: area.width - 2) where y < area.bottom {
                grid.put(row, x: 1, y: y, style: theme[.muted])
                y += 1
            }
        }
    }
}

extension MapScreen {
    /// Printed with one map, as `journey show` reads one from stdin (with a file, it prints both: see `ShowCommand`).
    public static let compare = MapScreen(
        "compare", title: "Compare", summary: "a future-state map beside its current state", part: .findings, hotkey: "f",
        paint: { grid, area, map, view, theme in
            CompareScreen.paint(into: &grid, area: area, map: map, state: view.screens.compare, theme: theme)
        },
        print: { map, width, theme, color, out in
            let rows = TextWrap.wrap(map.futureOf.map { link in
                "The future state of \(DisplayText.singleLine(link)), which is not read here: journey compare "
                    + "\(DisplayText.singleLine(link)) THIS-MAP shows both, stage by stage."
            } ?? "Not a future-state map: :futureof CURRENT.json in the editor names the map it improves on.", width: width)
            var grid = CellGrid(width: width, height: rows.count)
            for (y, row) in rows.enumerated() { grid.put(row, x: 0, y: y, style: theme[.cell]) }
            AnsiText.write(grid, color: color, to: &out)
        },
        keep: { states in states.compare = states.compare })
}
