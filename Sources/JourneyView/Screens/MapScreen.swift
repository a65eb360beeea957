import JourneyCore

/// The views of a map, one per step of the practice. Each is a mode of the
/// editor over the same document; `v` and `:view NAME` switch between them.
///
/// A view's painter file declares its `MapScreen` (name, words, how it
/// paints and prints) and its own state (see `ScreenStates`); the app's
/// controller file its keys and fields, and registers it (`ScreenController.all`).
public struct MapScreen: Hashable, Sendable, CustomStringConvertible {
    /// Its name at `:view NAME` and `journey show --view NAME`.
    public let rawValue: String
    public let title: String
    /// What the view is for, in the practice's words.
    public let summary: String
    /// Where `journey show --view all` prints it.
    public let part: Part
    let paint: @Sendable (inout CellGrid, ScreenArea, JourneyMap, ViewState, Theme) -> Void
    /// The whole view for review, as `journey show --view NAME` prints it (width, colour).
    let printer: @Sendable (JourneyMap, Int, Theme, Bool, inout PrintOutput) -> Void
    /// Stores the view's state if it is still the blank one made on asking, so its memos last between frames.
    let keep: @Sendable (inout ScreenStates) -> Void
    /// The letter after `v`, when not the name's first (taken by another view).
    let letter: Character?

    /// Keeps the view's state among `states` from now on (see `ScreenStates`).
    public func keepState(in states: inout ScreenStates) {
        keep(&states)
    }

    /// The parts of a whole printout, in the order a reader needs them.
    public enum Part: Int, Comparable, Sendable {
        /// Why the map exists and for whom.
        case frame
        /// The journey itself.
        case journey
        /// What the journey says: findings and figures.
        case findings

        public static func < (a: Part, b: Part) -> Bool { a.rawValue < b.rawValue }
    }

    init(_ rawValue: String, title: String, summary: String, part: Part, hotkey: Character? = nil,
         paint: @escaping @Sendable (inout CellGrid, ScreenArea, JourneyMap, ViewState, Theme) -> Void,
         print: @escaping @Sendable (JourneyMap, Int, Theme, Bool, inout PrintOutput) -> Void,
         keep: @escaping @Sendable (inout ScreenStates) -> Void = { _ in }) {
        self.rawValue = rawValue
        self.title = title
        self.summary = summary
        self.part = part
        self.paint = paint
        self.printer = print
        self.keep = keep
        letter = hotkey
    }

    /// A view painted by `Painter` from its own state, and printed as the whole of its screen, however tall.
    public init<Painter: ScreenPainter>(_ rawValue: String, title: String, summary: String, part: Part, painter: Painter.Type) {
        self.init(rawValue, title: title, summary: summary, part: part, paint: { grid, area, map, view, theme in
            Painter.paint(into: &grid, area: area, map: map, state: view.screens[Painter.State.self], theme: theme)
        }, print: { map, width, theme, color, out in
            AnsiText.write(Painter.printed(map: map, width: width, theme: theme), color: color, to: &out)
        }, keep: { states in states[Painter.State.self] = states[Painter.State.self] })
    }


    /// `journey show --view NAME`: the view as text for review, the whole of it
    /// rather than a screen's worth, with no selection.
    public func print(map: JourneyMap, width: Int, theme: Theme, color: Bool, to out: inout PrintOutput) {
        printer(map, width, theme, color, &out)
    }

    /// The letter that picks it after `v`.
    public var hotkey: Character { letter ?? rawValue.first! }

    public var description: String { rawValue }

    public static func == (a: MapScreen, b: MapScreen) -> Bool { a.rawValue == b.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}

extension MapScreen {
    /// The grid is the editor itself (`EditorScreen`), not painted as a view over it;
    /// it prints as text that wraps rather than as a screen of cells.
    public static let grid = MapScreen("grid", title: "Grid", summary: "stages × touchpoints, every lane, the emotion curve",
                                       part: .journey, paint: { _, _, _, _, _ in }) { map, width, theme, color, out in
        out.dropsLeadingBlankLines = true
        MapPrinter(map: map, theme: theme, width: width, color: color).grid(into: &out)
        out.dropsLeadingBlankLines = false
    }
}

/// What a view's file gives to draw it: its own state, a screen of it, and the whole of it for `journey show`.
public protocol ScreenPainter: SendableMetatype {
    associatedtype State: ScreenState
    static func paint(into grid: inout CellGrid, area: ScreenArea, map: JourneyMap, state: State, theme: Theme)
    /// The whole view, however tall, with no selection.
    static func printed(map: JourneyMap, width: Int, theme: Theme) -> CellGrid
}

/// The rows a view may paint: from `top` for `height` rows, the whole width.
public struct ScreenArea: Equatable, Sendable {
    public var top: Int
    public var height: Int
    public var width: Int

    public init(top: Int, height: Int, width: Int) {
        self.top = top
        self.height = height
        self.width = width
    }

    public var bottom: Int { top + height }
}
