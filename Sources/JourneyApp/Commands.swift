import JourneyCore
import JourneyView

/// The one command table: every key of the grid and the item list, and
/// every `:` command. Help, completion and the README are made from it.
public enum Commands {
    public static let all: [Command] = moving + editing + emotion + items + structure + mapWide + links + evidence + workshop + capture + parking + voting + views
        + ScreenController.all.flatMap(\.commands) + presenting + watch + history + mouse + slowLink + curve

    static let moving: [Command] = [
        Command("left", keys: [.left, .character("h")], section: .move, "previous touchpoint") { e, _ in e.move(.left) },
        Command("right", keys: [.right, .character("l")], section: .move, "next touchpoint") { e, _ in e.move(.right) },
        Command("up", keys: [.up, .character("k")], section: .move, "lane above") { e, _ in e.move(.up) },
        Command("down", keys: [.down, .character("j")], section: .move, "lane below") { e, _ in e.move(.down) },
        Command("next-stage", keys: [.tab], section: .move, "first touchpoint of the next stage") { e, _ in e.move(.nextStage) },
        Command("previous-stage", keys: [.backTab], section: .move, "first touchpoint of the previous stage") { e, _ in
            e.move(.previousStage)
        },
        Command("page-forward", keys: [.pageDown], section: .move, "a screen of touchpoints forward") { e, _ in
            e.move(.pageForward)
        },
        Command("page-back", keys: [.pageUp], section: .move, "a screen of touchpoints back") { e, _ in e.move(.pageBack) },
        Command("first", keys: [.home, .character("0")], section: .move, "first touchpoint of the map") { e, _ in
            e.move(.firstTouchpoint)
        },
        Command("last", keys: [.end, .character("$")], section: .move, "last touchpoint of the map") { e, _ in
            e.move(.lastTouchpoint)
        },
        Command("first-lane", keys: [.character("g")], section: .move, "first lane") { e, _ in e.move(.firstLane) },
        Command("last-lane", keys: [.character("G")], section: .move, "last lane") { e, _ in e.move(.lastLane) },
        Command("search", keys: [.character("/")], section: .move, takes: [.text("TEXT").optional],
                "find text anywhere on the map: names, cells, items, quotes") { e, a in e.search(a.text("TEXT")) },
        Command("next-match", keys: [.character("n")], section: .move, "next match of the search") { e, _ in
            e.stepSearch(forward: true)
        },
        Command("previous-match", keys: [.character("N")], section: .move, "previous match of the search") { e, _ in
            e.stepSearch(forward: false)
        },
        Command("go", aliases: ["goto"], keys: [.character("'")], section: .move,
                takes: [.text("NAME", completing: .stagesAndTouchpoints).optional],
                "jump to a stage or touchpoint by name") { e, a in e.goTo(a.text("NAME")) },
    ]

    static let editing: [Command] = [
        Command("edit", keys: [.enter, .character("i")], section: .edit, changesMap: true,
                "edit the cell: type in place, open the item list, score the personas, or set a figure") { e, _ in
            e.editCell(.edit)
        },
        Command("append", keys: [.character("a")], section: .edit, changesMap: true,
                "add: type at the end of the cell, or a new item on a list lane") { e, _ in e.editCell(.append) },
        Command("change", keys: [.character("c")], section: .edit, changesMap: true, "replace the cell's text") { e, _ in
            e.editCell(.replace)
        },
        Command("undrop", section: .edit, changesMap: true, "bring back the text of the last edit dropped with Ctrl-C") { e, _ in
            e.undrop()
        },
        Command("rename", keys: [.character("r")], section: .edit, takes: [.text("NAME").optional], changesMap: true,
                "rename the touchpoint") { e, a in e.renameTouchpoint(a.text("NAME")) },
        Command("rename-stage", keys: [.character("R")], section: .edit, takes: [.text("NAME").optional], changesMap: true,
                "rename the stage") { e, a in e.renameStage(a.text("NAME")) },
        Command("title", keys: [.character("t")], section: .edit, takes: [.text("TEXT").optional], changesMap: true,
                "the map's title") { e, a in e.setTitle(a.text("TEXT")) },
        Command("moment", keys: [.character("m")], section: .edit, changesMap: true,
                "flag or unflag the touchpoint as a moment of truth") { e, _ in e.toggleMomentOfTruth() },
        Command("channel-of", keys: [.character("C")], section: .edit, changesMap: true,
                "choose the touchpoint's channel, or add one") { e, _ in e.chooseChannel() },
        Command("detail", keys: [.character("d")], alsoIn: [.items], section: .edit, "show or hide the detail pane") { e, _ in
            e.settings.showDetail.toggle()
            e.reveal()
        },
    ]

    static let emotion: [Command] = [
        Command("score", keyLabel: "-2 0 +1 …", section: .emotion, takes: [.word("VALUE")], changesMap: true,
                "type the score shown on the lane's scale for the current persona") { e, a in e.scoreCommand(a.text("VALUE")) },
        Command("scores", section: .emotion, changesMap: true,
                "Enter on the lane: every persona's score at once, e.g. 1 -2") { e, _ in e.openScores() },
        Command("clear-score", keys: [.backspace, .delete], section: .emotion, changesMap: true,
                "clear the current persona's score") { e, _ in e.clearScore() },
        Command("next-persona", keys: [.character("p")], section: .emotion, "next persona (whose score the keys set)") { e, _ in
            e.switchPersona(by: 1)
        },
        Command("previous-persona", keys: [.character("P")], section: .emotion, "previous persona") { e, _ in
            e.switchPersona(by: -1)
        },
    ]

    /// The items of the cell whose list is open.
    static let cellItemsList = ListRows(
        noun: "item", count: { e in e.itemList.flatMap { e.items($0) }?.count ?? 0 },
        selected: { e in e.itemList.flatMap { e.itemIndex($0) } ?? 0 }, select: { $0.selectItem($1) })

    static let items: [Command] = cellItemsList.commands(prefix: "item-", scope: .items, section: .items) + [
        Command("item-link", keys: [.character("L")], scope: .items, section: .items, changesMap: true, typable: false,
                "an opportunity: tick the pain points it addresses (its touchpoint's first)") { e, _ in e.linkSelectedItem() },
        Command("item-edit", keys: [.enter, .character("i")], scope: .items, section: .items, changesMap: true,
                typable: false, "edit the selected item's text") { e, _ in e.editItem() },
        Command("item-add", keys: [.character("a"), .character("o")], scope: .items, section: .items, hint: Hint("add"),
                changesMap: true, typable: false, "add an item after the selected one") { e, _ in e.addItem() },
        Command("item-delete", keys: [.character("x")], scope: .items, section: .items, hint: Hint("delete"),
                changesMap: true, typable: false,
                "delete the selected item") { e, _ in e.deleteItem() },
        Command("item-move-up", keys: [.character("K")], scope: .items, section: .items, changesMap: true, typable: false,
                "move the item up") { e, _ in e.moveItem(by: -1) },
        Command("item-move-down", keys: [.character("J")], scope: .items, section: .items, changesMap: true,
                typable: false, "move the item down") { e, _ in e.moveItem(by: 1) },
        Command("item-vote", keys: [.character("+"), .character("=")], scope: .items, section: .items,
                hint: Hint("vote", keys: "+-"), changesMap: true, typable: false, "one vote more") { e, _ in e.vote(by: 1) },
        Command("item-unvote", keys: [.character("-")], scope: .items, section: .items, changesMap: true, typable: false,
                "one vote less") { e, _ in e.vote(by: -1) },
        Command("impact", keys: [.character("I")], scope: .items, section: .items, hint: Hint("rate", keys: "I E"),
                changesMap: true, typable: false,
                "then 1-5: the item's impact (0 clears)") { e, _ in e.startRating(.impact) },
        Command("effort", keys: [.character("E")], scope: .items, section: .items, changesMap: true, typable: false,
                "then 1-5: the item's effort (0 clears)") { e, _ in e.startRating(.effort) },
        Command("items-done", keys: [.escape, .character("q")], scope: .items, section: .items, hint: Hint("done"),
                typable: false, "back to the grid") { e, _ in e.closeItems() },
    ]

    static let structure: [Command] = [
        Command("new-touchpoint", keys: [.character("o")], section: .structure, takes: [.text("NAME").optional],
                changesMap: true, "new touchpoint after this one (NAME @channel sets its channel, made if new)") { e, a in
            e.addTouchpoint(before: false, a.text("NAME"))
        },
        Command("new-touchpoint-before", keys: [.character("O")], section: .structure, takes: [.text("NAME").optional],
                changesMap: true, "new touchpoint before this one") { e, a in e.addTouchpoint(before: true, a.text("NAME")) },
        Command("delete", keys: [.character("x")], section: .structure, changesMap: true, "delete the touchpoint") { e, _ in
            e.deleteTouchpoint()
        },
        Command("duplicate", keys: [.character("y")], section: .structure, changesMap: true,
                "duplicate the touchpoint (named \"… (copy)\")") { e, _ in e.duplicateTouchpoint() },
        Command("move-left", keys: [.character("<")], section: .structure, changesMap: true,
                "move the touchpoint left (across stage borders too)") { e, _ in e.moveTouchpoint(by: -1) },
        Command("move-right", keys: [.character(">")], section: .structure, changesMap: true,
                "move the touchpoint right") { e, _ in e.moveTouchpoint(by: 1) },
        Command("move-to", aliases: ["move"], keys: [.character("M")], section: .structure,
                takes: [.text("STAGE", completing: .stages).optional], changesMap: true,
                "move the touchpoint to the end of another stage") { e, a in e.moveTouchpoint(toStage: a.text("STAGE")) },
        Command("new-stage", keys: [.character("S")], section: .structure, takes: [.text("NAME").optional], changesMap: true,
                "new stage after this one") { e, a in e.addStage(a.text("NAME")) },
        Command("delete-stage", keys: [.character("X")], section: .structure, changesMap: true,
                "delete the stage and its touchpoints") { e, _ in e.deleteStage() },
        Command("stage-left", keys: [.character("{")], section: .structure, changesMap: true, "move the stage left") { e, _ in
            e.moveStage(by: -1)
        },
        Command("stage-right", keys: [.character("}")], section: .structure, changesMap: true, "move the stage right") { e, _ in
            e.moveStage(by: 1)
        },
        Command("new-lane", keys: [.character("L")], section: .structure, takes: [.text("NAME").optional], changesMap: true,
                "new lane of your own, below this one") { e, a in e.addLane(a.text("NAME")) },
        Command("rename-lane", section: .structure, takes: [.text("NAME").optional], changesMap: true,
                "rename the lane") { e, a in e.renameLane(a.text("NAME")) },
        Command("hide-lane", keys: [.character("z")], section: .structure, changesMap: true,
                "hide the lane, or unhide a hidden one shown by Z") { e, _ in e.toggleLaneHidden() },
        Command("show-hidden", keys: [.character("Z")], section: .structure, "show or stop showing hidden lanes") { e, _ in
            e.toggleShowHidden()
        },
        Command("lane-up", keys: [.character("K")], section: .structure, changesMap: true, "move the lane up") { e, _ in
            e.moveLane(by: -1)
        },
        Command("lane-down", keys: [.character("J")], section: .structure, changesMap: true, "move the lane down") { e, _ in
            e.moveLane(by: 1)
        },
    ]

    static let mapWide: [Command] = [
        Command("purpose", section: .map, takes: [.text("TEXT").optional], changesMap: true,
                "why the map exists; no TEXT clears it") { e, a in e.setObjective(\.purpose, "purpose", a.text("TEXT")) },
        Command("scope", section: .map, takes: [.text("TEXT").optional], changesMap: true,
                "what the map covers; no TEXT clears it") { e, a in e.setObjective(\.scope, "scope", a.text("TEXT")) },
        Command("objective", section: .map, takes: [.text("TEXT")], changesMap: true, "add an objective") { e, a in
            e.addObjective(a.text("TEXT"))
        },
        Command("goal", section: .map, takes: [.text("TEXT").optional], changesMap: true,
                "the current stage's goal; no TEXT clears it") { e, a in e.setStageGoal(a.text("TEXT")) },
        Command("metric", section: .map, takes: Self.figure, changesMap: true,
                "a figure of this touchpoint: " + Metric.typedList + "; no VALUE clears it") { e, a in
            e.setMetric(a.text("NAME"), a.text("VALUE"), stageWide: false)
        },
        Command("stage-metric", section: .map, takes: Self.figure, changesMap: true,
                "a figure of the current stage (names as :metric)") { e, a in
            e.setMetric(a.text("NAME"), a.text("VALUE"), stageWide: true)
        },
        Command("channel", section: .map, takes: Self.channel, changesMap: true, "add a channel to the map") { e, a in
            _ = e.addChannel(a, settingOn: nil)
        },
        Command("persona", section: .map, takes: [.text("NAME")], changesMap: true,
                "add a persona (p then switches to it)") { e, a in e.addPersona(a.text("NAME")) },
        Command("set", section: .map, takes: [.choice("PERSONA", of: .personas).optional, .choice("NAME", of: .settable),
                                                .text("VALUE").optional],
                "a field of a persona (the current one unless named first): " + PersonaFields.names
                    + " (goal and challenge add one; channels takes the map's channel names, e.g. Website, Store); "
                    + "or a setting: " + ToggleSetting.names + " (noNAME turns one off; curve takes braille or cells)") {
            e, a in e.setCommand(persona: a["PERSONA"], a.text("NAME"), a.text("VALUE"))
        },
        Command("remove-persona", section: .map, changesMap: true, "remove the current persona and its scores") { e, _ in
            e.removePersona()
        },
        Command("share", section: .map, takes: [.choice("PERSONA", of: .personas).optional], changesMap: true,
                "share the current persona (and the channels it prefers) with the workspace's maps: saving puts it in "
                    + "journey-library.json, and each map that shares it takes its edits on opening") { e, a in
            e.sharePersona(a["PERSONA"])
        },
        Command("scale", section: .map, takes: [.number("MIN"), .number("MAX")], changesMap: true,
                "the emotion scale, e.g. 1 5 or -3 3") { e, a in e.setScale(a.number("MIN") ?? 0, a.number("MAX") ?? 0) },
        Command("conflicts", section: .map, "the merge conflicts `journey merge` left: take ours, theirs, or edit") { e, _ in
            e.showConflicts()
        },
    ]

    /// `:metric`, `:stage-metric` and `:target`, and the line t asks for in the metrics view.
    static let figure: Signature = [.word("NAME", completing: .metrics), .word("VALUE").optional]
    /// `:channel`, and the line that adds a channel from the picker or the channels view.
    static let channel: Signature = [.text("NAME"), .choice("KIND", "offline").optional]

    static let history: [Command] = [
        Command("undo", keys: [.character("u")], alsoIn: [.items, .views], section: .file,
                "undo (the cursor goes back to where it was)") { e, _ in e.undo() },
        Command("redo", keys: [.control("r"), .control("y")], alsoIn: [.items, .views], section: .file, "redo") { e, _ in
            e.redo()
        },
        // Not [ and ]: they continue escape sequences (ESC [, ESC ]), and a sequence a link cut must never take work back.
        Command("earlier", keys: [.character("U")], alsoIn: [.views], section: .file, takes: [.number("N").optional],
                "N changes back in time, across undone branches") { e, a in e.travel(earlier: true, a.number("N")) },
        Command("later", section: .file, takes: [.number("N").optional], "N changes forward in time") { e, a in
            e.travel(earlier: false, a.number("N"))
        },
        Command("write", aliases: ["w"], keys: [.control("s")], alsoIn: [.items, .views], section: .file,
                takes: [.text("PATH").optional], "save (to PATH: save as)") { e, a in e.save(a.text("PATH"), checks: .all) },
        Command("write!", aliases: ["w!"], section: .file, takes: [.text("PATH").optional],
                "save, even over a read-only or existing file") { e, a in e.save(a.text("PATH"), checks: .none) },
        Command("save-as", keys: [.character("W")], alsoIn: [.views], section: .file, "save as another file") { e, _ in
            e.askSaveAs()
        },
        Command("wq", aliases: ["x"], section: .file, takes: [.text("PATH").optional], "save and quit") { e, a in
            e.save(a.text("PATH"), checks: .all, thenQuit: true)
        },
        Command("quit", aliases: ["q"], keys: [.character("q")], alsoIn: [.views, .tooSmall], section: .file,
                hint: Hint("quit", order: 1), "quit; with unsaved changes it asks first") { e, _ in e.requestQuit() },
        Command("quit!", aliases: ["q!"], section: .file, "quit without saving") { e, _ in e.quitDiscarding() },
        Command("interrupt", keys: [.control("c")], alsoIn: [.items, .views, .tooSmall], section: .file, typable: false,
                "quit (always asks)") { e, _ in
            // A screen too small to draw a question quits as q does: only with unsaved changes would it ask.
            e.requestQuit(askEvenIfSaved: !e.isTooSmall)
        },
        Command("command-line", keys: [.character(":")], alsoIn: [.items, .views, .present], section: .file,
                typable: false, "the command line (Tab completes, ↑ ↓ recall)") { e, _ in e.openCommandLine() },
        Command("help", aliases: ["h"], keys: [.character("?")], alsoIn: [.items, .views, .present], section: .file,
                hint: Hint("help"), "all keys and commands") { e, _ in e.push(.help(scroll: 0)) },
        Command("keys", section: .file, "show what each key sends, to report one that misbehaves (q ends)") { e, _ in
            e.startKeyTest()
        },
        Command("redraw", keys: [.control("l")], alsoIn: [.items, .views], section: .file, "redraw the screen") { e, _ in
            e.effects.append(.redraw)
        },
        Command("suspend", keys: [.control("z")], alsoIn: [.items, .views], section: .file,
                "suspend to the shell; fg comes back") { e, _ in e.effects.append(.suspend) },
    ]

    // MARK: finding commands

    /// The keys of a place: the commands that belong there first, then those
    /// that also work there, for keys not taken. Two commands of one rank
    /// claiming a key is a mistake in the table (`claims` finds it; a test fails).
    static func keymap(_ scope: CommandScope) -> [Key: Command] {
        var map: [Key: Command] = [:]
        for rank in claims(scope) {
            for (key, commands) in rank where map[key] == nil { map[key] = commands[0] }
        }
        return map
    }

    /// The commands claiming each key in a place: those that belong there, then those that also work there.
    static func claims(_ scope: CommandScope) -> [[Key: [Command]]] {
        let home = all.filter { $0.scope == scope }
        let also = all.filter { command in
            command.scope != scope && command.scopes.contains { $0 == scope || ($0 == .views && scope.isView) }
        }
        return [home, also].map { commands in
            var claims: [Key: [Command]] = [:]
            for command in commands {
                for key in command.keys { claims[key, default: []].append(command) }
            }
            return claims
        }
    }

    /// The status line's hints in each place, made once from its commands (a
    /// view's end with the way to another view and back to the grid).
    static let hints: [CommandScope: [KeyHint]] = {
        var hints = Dictionary(uniqueKeysWithValues: [CommandScope.grid, .items, .present].map { ($0, ownHints($0)) })
        for screen in MapScreen.allCases where screen != .grid {
            hints[.screen(screen)] = ownHints(.screen(screen)) + [KeyHint("v", "view"), KeyHint("Esc", "grid")]
        }
        return hints
    }()

    private static func ownHints(_ scope: CommandScope) -> [KeyHint] {
        all.enumerated().filter { $0.element.scope == scope && $0.element.hint != nil }
            .sorted { ($0.element.hint!.order, $0.offset) < ($1.element.hint!.order, $1.offset) }
            .map { _, command in KeyHint(command.hint!.keys ?? command.keys[0].label, command.hint!.word) }
    }

    static let gridKeys = keymap(.grid)
    static let itemKeys = keymap(.items)
    static let presentKeys = keymap(.present)
    static let tooSmallKeys = keymap(.tooSmall)
    static let watcherKeys = keymap(.watcher)
    static let screenKeys = Dictionary(uniqueKeysWithValues: MapScreen.allCases.map { ($0, keymap(.screen($0))) })

    /// A `:` command by its name or an alias.
    public static func named(_ name: String) -> Command? {
        all.first { $0.typable && ($0.name == name || $0.aliases.contains(name)) }
    }

    /// Every name a `:` command answers to, for completion.
    static let typedNames: [String] = all.filter(\.typable).flatMap { [$0.name] + $0.aliases }
}
