import JourneyCore

/// What a key does in the editor, and the one table that both the app and
/// the `?` help overlay read, so the help can never disagree with the keys.
public enum EditorCommand: Equatable, Sendable {
    // moving
    case left, right, up, down
    case pageBack, pageForward, firstTouchpoint, lastTouchpoint
    case nextStage, previousStage, firstLane, lastLane
    // cells
    case editCell, changeCell, renameTouchpoint, renameStage, editTitle
    case emotionUp, emotionDown, emotionClear, nextPersona, previousPersona
    case toggleMomentOfTruth, chooseChannel
    // structure
    case addTouchpointAfter, addTouchpointBefore, deleteTouchpoint, duplicateTouchpoint
    case moveTouchpointLeft, moveTouchpointRight
    case addStage, deleteStage, moveStageLeft, moveStageRight
    case addLane, renameLane, hideLane, showLanes, moveLaneUp, moveLaneDown
    // history and file
    case undo, redo, earlier, later, save, saveAs, commandLine, quit, interrupt, suspend
    // screen
    case toggleHelp, toggleDetail, redraw
}

/// One line of the `?` help: the keys as shown, what they do, and the
/// commands they stand for (a test checks every bound command has a line).
extension EditorCommand {
    /// Commands that change the map (refused in read-only mode).
    public var changesTheMap: Bool {
        switch self {
        case .editCell, .changeCell, .renameTouchpoint, .renameStage, .editTitle, .emotionUp, .emotionDown, .emotionClear,
             .toggleMomentOfTruth, .chooseChannel, .addTouchpointAfter, .addTouchpointBefore, .deleteTouchpoint,
             .duplicateTouchpoint, .moveTouchpointLeft, .moveTouchpointRight, .addStage, .deleteStage, .moveStageLeft,
             .moveStageRight, .addLane, .renameLane, .hideLane, .showLanes, .moveLaneUp, .moveLaneDown, .undo, .redo,
             .earlier, .later:
            true
        default:
            false
        }
    }
}

public struct HelpLine: Sendable {
    public var keys: String
    public var summary: String
    public var commands: [EditorCommand]
}

public enum Keymap {
    public struct Section: Sendable {
        public var title: String
        public var lines: [HelpLine]
    }

    static func line(_ keys: String, _ summary: String, _ commands: EditorCommand...) -> HelpLine {
        HelpLine(keys: keys, summary: summary, commands: commands)
    }

    public static let sections: [Section] = [
        Section(title: "Move", lines: [
            line("← → h l", "previous / next touchpoint", .left, .right),
            line("↑ ↓ k j", "lane above / below", .up, .down),
            line("Tab Shift-Tab", "next / previous stage", .nextStage, .previousStage),
            line("PgDn PgUp", "a screen of touchpoints forward / back", .pageForward, .pageBack),
            line("Home 0 End $", "first / last touchpoint", .firstTouchpoint, .lastTouchpoint),
            line("g G", "first / last lane", .firstLane, .lastLane),
        ]),
        Section(title: "Edit", lines: [
            line("Enter i a", "edit the cell in place (Enter keeps, Esc drops)", .editCell),
            line("c", "replace the cell's text", .changeCell),
            line("1-9", "emotion lane: set the score (1 = worst)"),
            line("+ -", "emotion lane: score up / down", .emotionUp, .emotionDown),
            line("Backspace", "emotion lane: clear the score", .emotionClear),
            line("p P", "next / previous persona", .nextPersona, .previousPersona),
            line("m", "flag or unflag a moment of truth", .toggleMomentOfTruth),
            line("C", "choose the touchpoint's channel", .chooseChannel),
            line("r R t", "rename touchpoint / stage / map (Ctrl-U clears)", .renameTouchpoint, .renameStage, .editTitle),
        ]),
        Section(title: "Structure (undo with u)", lines: [
            line("o O", "new touchpoint after / before", .addTouchpointAfter, .addTouchpointBefore),
            line("x y", "delete / duplicate the touchpoint", .deleteTouchpoint, .duplicateTouchpoint),
            line("< >", "move the touchpoint left / right", .moveTouchpointLeft, .moveTouchpointRight),
            line("S X", "new stage after / delete the stage", .addStage, .deleteStage),
            line("{ }", "move the stage left / right", .moveStageLeft, .moveStageRight),
            line("L N", "new lane / rename the lane", .addLane, .renameLane),
            line("z Z", "hide the lane / show hidden lanes", .hideLane, .showLanes),
            line("K J", "move the lane up / down", .moveLaneUp, .moveLaneDown),
        ]),
        Section(title: "History, file, screen", lines: [
            line("u", "undo", .undo),
            line("Ctrl-R Ctrl-Y", "redo", .redo),
            line("[ ]", "earlier / later in time, across undone branches", .earlier, .later),
            line("Ctrl-S W", "save / save as (:w, :w PATH)", .save, .saveAs),
            line(":", "command line; :help lists the commands", .commandLine),
            line("d", "show or hide the detail pane", .toggleDetail),
            line("?", "this help (j k scroll, Esc closes)", .toggleHelp),
            line("Ctrl-L", "redraw the screen", .redraw),
            line("Ctrl-Z", "suspend to the shell (fg comes back)", .suspend),
            line("q Ctrl-C", "quit; if unsaved, y saves first, n drops", .quit, .interrupt),
        ]),
    ]

    /// The `:` commands, for completion and for the help.
    public static let commands: [(name: String, usage: String)] = [
        ("w", "w [PATH]: save (to PATH: save as)"),
        ("write", "write [PATH]: save"),
        ("q", "q: quit (asks about unsaved changes)"),
        ("q!", "q!: quit without saving"),
        ("quit", "quit: as q"),
        ("wq", "wq [PATH]: save and quit"),
        ("x", "x: save and quit"),
        ("undo", "undo: undo the last change"),
        ("redo", "redo: redo"),
        ("earlier", "earlier [N]: go N changes back in time, across undone branches"),
        ("later", "later [N]: go N changes forward in time"),
        ("help", "help: the keys and commands"),
        ("title", "title TEXT: the map's title"),
        ("purpose", "purpose TEXT: why the map exists"),
        ("scope", "scope TEXT: what the map covers"),
        ("objective", "objective TEXT: add an objective"),
        ("goal", "goal TEXT: the current stage's goal"),
        ("metric", "metric NAME VALUE: a figure of this touchpoint (" + Metric.allCases.map { $0.typedNames[0] }.joined(separator: " ")
            + "); no VALUE clears"),
        ("channel", "channel NAME [offline]: add a channel to the map"),
        ("persona", "persona NAME: add a persona (p then switches to it)"),
        ("set", "set FIELD VALUE: the current persona's name age gender income education location job habits decision quote story, or goal / challenge (adds)"),
        ("remove-persona", "remove-persona: the current persona and its scores"),
        ("scale", "scale MIN MAX: the emotion scale, e.g. 1 5"),
        ("stage-metric", "stage-metric NAME VALUE: a figure of the current stage (names as :metric)"),
    ]

    public static let bindings: [Key: EditorCommand] = [
        .left: .left, .character("h"): .left, .right: .right, .character("l"): .right,
        .up: .up, .character("k"): .up, .down: .down, .character("j"): .down,
        .tab: .nextStage, .backTab: .previousStage, .pageDown: .pageForward, .pageUp: .pageBack,
        .home: .firstTouchpoint, .character("0"): .firstTouchpoint, .end: .lastTouchpoint, .character("$"): .lastTouchpoint,
        .character("g"): .firstLane, .character("G"): .lastLane,
        .enter: .editCell, .character("i"): .editCell, .character("a"): .editCell, .character("c"): .changeCell,
        .character("+"): .emotionUp, .character("="): .emotionUp, .character("-"): .emotionDown, .backspace: .emotionClear,
        .character("p"): .nextPersona, .character("P"): .previousPersona,
        .character("m"): .toggleMomentOfTruth, .character("C"): .chooseChannel,
        .character("r"): .renameTouchpoint, .character("R"): .renameStage, .character("t"): .editTitle,
        .character("o"): .addTouchpointAfter, .character("O"): .addTouchpointBefore,
        .character("x"): .deleteTouchpoint, .character("y"): .duplicateTouchpoint,
        .character("<"): .moveTouchpointLeft, .character(">"): .moveTouchpointRight,
        .character("S"): .addStage, .character("X"): .deleteStage,
        .character("{"): .moveStageLeft, .character("}"): .moveStageRight,
        .character("L"): .addLane, .character("N"): .renameLane, .character("z"): .hideLane, .character("Z"): .showLanes,
        .character("K"): .moveLaneUp, .character("J"): .moveLaneDown,
        .character("u"): .undo, .control("z"): .suspend, .control("r"): .redo, .control("y"): .redo,
        .character("["): .earlier, .character("]"): .later,
        .control("s"): .save, .character("W"): .saveAs, .character(":"): .commandLine,
        .character("d"): .toggleDetail, .character("?"): .toggleHelp, .control("l"): .redraw,
        .character("q"): .quit, .control("c"): .interrupt,
    ]

    public static func command(for key: Key) -> EditorCommand? { bindings[key] }
}
