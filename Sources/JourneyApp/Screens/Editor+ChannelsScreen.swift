import JourneyCore
import JourneyView

/// What the channels view asks for (a name) and offers (a touchpoint to go
/// to, a channel to merge into), channels and touchpoints by id.
enum ChannelsField: ScreenFieldTarget {
    case rename(channel: String)
    case add
    case jump(touchpoint: String)
    case merge(channel: String, into: String)

    static var screen: MapScreen { .channels }
}

/// The channels view's keys, fields and options: moving over the stage ×
/// channel matrix, going to a cell's touchpoints in the grid, and renaming,
/// regrouping, merging, removing, reordering and adding channels, each one
/// undoable step.
extension Editor {
    mutating func answerChannels(_ field: ChannelsField, _ text: String) -> Bool {
        let name = text.trimmingSpaces()
        switch field {
        case .rename(let channel): return renameChannel(id: channel, to: name)
        case .add:
            let before = map.channels.count
            guard addChannel(name, settingOn: nil) else { return false }
            if map.channels.count > before, let added = map.channels.last { selectChannelRow(.channel(added.id)) }
            return true
        case .jump, .merge: return true
        }
    }

    mutating func pickChannels(_ option: ChannelsField) {
        switch option {
        case .jump(let touchpoint):
            popToGrid()
            moveCursor(toTouchpoint: touchpoint)
        case .merge(let channel, let into): mergeChannel(channel, into: into)
        case .rename, .add: break
        }
    }

    func channelsStatus() -> String {
        let state = screens.channels
        guard let row = selectedChannelRow else { return "no channels yet: a adds one" }
        let name: String
        switch row {
        case .channel(let id): name = map.channel(id: id).map { DisplayText.singleLine($0.name) } ?? id
        case .noChannel: name = "(no channel)"
        }
        guard !state.onName, let s = selectedChannelStage else { return name }
        return DisplayText.singleLine(map.stages[s].name) + " × " + name + "  \(s + 1)/\(map.stages.count)"
    }

    // MARK: the selection

    /// The channel rows in the view's order, online first; the "no channel" row is found only when needed.
    var channelRows: [ChannelMatrix.Row] {
        (map.channels.filter { $0.kind == .online } + map.channels.filter { $0.kind == .offline }).map { .channel($0.id) }
    }

    /// The selected row, made valid: a channel that is gone falls back to the first.
    var selectedChannelRow: ChannelMatrix.Row? {
        switch screens.channels.row {
        case .channel(let id)? where map.channel(id: id) != nil: .channel(id)
        case .noChannel?: .noChannel
        default: channelRows.first ?? (hasNoChannelRow ? .noChannel : nil)
        }
    }

    /// Whether any touchpoint lacks a channel, from the counts the view keeps.
    var hasNoChannelRow: Bool { screens.channels.cache.matrix(for: map).rows.last == .noChannel }

    var selectedChannelStage: Int? {
        guard !map.stages.isEmpty else { return nil }
        return screens.channels.stage.flatMap { map.stageIndex(id: $0) } ?? 0
    }

    /// The selected channel, or a message saying why there is none.
    mutating func requireSelectedChannel(_ doing: String) -> Channel? {
        switch selectedChannelRow {
        case .channel(let id)?: return map.channel(id: id)
        case .noChannel?:
            refuse("this row is the touchpoints without a channel: nothing to \(doing); C in the grid gives one a channel")
        case nil: refuse("no channels yet: a adds one (NAME, or NAME offline)")
        }
        return nil
    }

    /// The rows the list keys move through: the channels, then the touchpoints without one.
    var channelListRows: [ChannelMatrix.Row] { channelRows + (hasNoChannelRow ? [.noChannel] : []) }

    mutating func moveChannelSelection(stages step: Int) {
        guard let s = selectedChannelStage else { return }
        if screens.channels.onName {
            if step > 0 { screens.channels.onName = false }
        } else if s + step < 0 {
            screens.channels.onName = true
        } else if map.stages.indices.contains(s + step) {
            screens.channels.stage = map.stages[s + step].id
        }
        if screens.channels.stage == nil { screens.channels.stage = map.stages[s].id }
        revealChannelSelection()
    }

    mutating func selectChannelRow(_ row: ChannelMatrix.Row?) {
        screens.channels.row = row
        if screens.channels.stage == nil, let s = selectedChannelStage { screens.channels.stage = map.stages[s].id }
        revealChannelSelection()
    }

    var channelsLayout: ChannelsLayout { ChannelsLayout(map: map, area: ScreenArea(top: 1, height: layout.statusY - 1, width: width)) }

    /// Scrolls the view just enough to show the selection.
    mutating func revealChannelSelection() {
        let geometry = channelsLayout
        let selected = selectedChannelRow
        var rows = channelRows
        // The "no channel" row, last, counts only when it is the one selected.
        if selected == .noChannel { rows.append(.noChannel) }
        let onlineCount = map.channels.filter { $0.kind == .online }.count
        let lines = ChannelsLayout.lines(rows: rows, onlineCount: onlineCount)
        if let selected, let line = lines.firstIndex(of: .row(selected)) {
            screens.channels.firstLine = ChannelsLayout.firstLine(screens.channels.firstLine, selected: line, lines: lines,
                                                               room: geometry.bodyHeight)
        }
        if let s = selectedChannelStage {
            screens.channels.firstStage = ChannelsLayout.first(screens.channels.firstStage, showing: s, count: map.stages.count,
                                                            room: geometry.stagesPerScreen)
        }
    }

    // MARK: acting on the selection

    /// Enter: on a cell with touchpoints, pick one to go to in the grid; on a channel's name, rename it.
    mutating func openChannelSelection() {
        guard let row = selectedChannelRow else {
            refuse("no channels yet: a adds one (NAME, or NAME offline)")
            return
        }
        guard !screens.channels.onName, let s = selectedChannelStage else { return askChannelName() }
        let touchpoints = ChannelMatrix.touchpoints(of: map, row: row, stage: s)
        guard !touchpoints.isEmpty else {
            refuse("no touchpoints here" + (row == .noChannel ? "" : "; r renames the channel, h goes to its name"))
            return
        }
        let options = touchpoints.map { touchpoint in
            Choice.Option(label: DisplayText.singleLine(DisplayText.visible(touchpoint.name, columns: 200)), hotkey: nil,
                          value: .screenOption(ScreenField(ChannelsField.jump(touchpoint: touchpoint.id))))
        }
        push(.picker(Choice(title: "Go to a touchpoint in the grid (type to filter)", options: options)))
    }

    mutating func askChannelName() {
        guard !readOnly else {
            refuse("read-only: nothing here changes the file (W saves a copy elsewhere)")
            return
        }
        guard let channel = requireSelectedChannel("rename") else { return }
        ask(.screenField(ScreenField(ChannelsField.rename(channel: channel.id))), label: "Channel name:", text: channel.name, renaming: true)
    }

    mutating func renameChannel(id: String, to name: String) -> Bool {
        guard let channel = map.channel(id: id) else { return true }
        if let other = map.channels.first(where: { $0.id != id && $0.name.lowercased() == name.lowercased() }) {
            refuse("there is a channel “\(other.name)” already: m merges into it; type another name or Esc")
            return false
        }
        return rename("channel", from: channel.name, to: name) { Edits.renameChannel($0, id: id, to: name) }
    }

    mutating func toggleChannelKind() {
        guard let channel = requireSelectedChannel("make offline") else { return }
        let kind: Channel.Kind = channel.kind == .online ? .offline : .online
        commit(Edits.setChannelKind(map, id: channel.id, to: kind), message: "“\(channel.name)” is now \(kind.rawValue)")
        revealChannelSelection()
    }

    mutating func chooseChannelToMergeInto() {
        guard let channel = requireSelectedChannel("merge") else { return }
        let others = map.channels.filter { $0.id != channel.id }
        guard !others.isEmpty else {
            refuse("“\(channel.name)” is the only channel: nothing to merge it into")
            return
        }
        let options = others.map { other in
            Choice.Option(label: DisplayText.singleLine(DisplayText.visible(other.name, columns: 200)) + " (\(other.kind.rawValue))",
                          hotkey: nil, value: .screenOption(ScreenField(ChannelsField.merge(channel: channel.id, into: other.id))))
        }
        var choice = Choice(title: "Merge “\(DisplayText.singleLine(DisplayText.visible(channel.name, columns: 40)))” into",
                            options: options)
        choice.notes = ["Its touchpoints and the personas that prefer it move to the channel you pick; it goes. u undoes."]
        push(.picker(choice))
    }

    mutating func mergeChannel(_ id: String, into target: String) {
        guard let channel = map.channel(id: id), let into = map.channel(id: target),
              let merge = Edits.mergeChannel(map, id: id, into: target) else { return }
        commit(merge.transaction, message: "merged “\(channel.name)” into “\(into.name)”: "
               + Self.touchpoints(merge.touchpoints) + " moved" + Self.personas(merge.personas, "now prefer", "it"))
        selectChannelRow(.channel(target))
    }

    mutating func removeChannel() {
        guard let channel = requireSelectedChannel("remove") else { return }
        let rows = channelRows
        guard let removal = Edits.removeChannel(map, id: channel.id) else { return }
        // The selection goes to the channel after it, else the one before.
        let r = rows.firstIndex(of: .channel(channel.id)) ?? 0
        let next = rows.indices.contains(r + 1) ? rows[r + 1] : r > 0 ? rows[r - 1] : nil
        commit(removal.transaction, message: "removed “\(channel.name)”: " + Self.touchpoints(removal.touchpoints)
               + (removal.touchpoints == 1 ? " has" : " have") + " no channel now"
               + Self.personas(removal.personas, "no longer prefer", "it") + "; u brings it back")
        selectChannelRow(next ?? (removal.touchpoints > 0 ? .noChannel : nil))
    }

    mutating func moveChannel(by step: Int) {
        guard let channel = requireSelectedChannel("move") else { return }
        guard let edit = Edits.moveChannel(map, id: channel.id, by: step) else {
            refuse("“\(channel.name)” is already the \(step < 0 ? "first" : "last") \(channel.kind.rawValue) channel")
            return
        }
        commit(edit, message: "“\(channel.name)” moved \(step < 0 ? "up" : "down")")
        revealChannelSelection()
    }

    static func touchpoints(_ count: Int) -> String { "\(count) touchpoint" + (count == 1 ? "" : "s") }

    static func personas(_ count: Int, _ verb: String, _ object: String) -> String {
        count == 0 ? "" : count == 1 ? ", 1 persona " + verb.replacing("prefer", with: "prefers") + " " + object
            : ", \(count) personas \(verb) \(object)"
    }
}

extension Commands {
    static let channelsList = ListRows(
        noun: "channel", count: { $0.channelListRows.count },
        selected: { e in e.selectedChannelRow.flatMap { e.channelListRows.firstIndex(of: $0) } ?? 0 },
        select: { e, row in e.selectChannelRow(e.channelListRows[row]) },
        paged: { e, from, pages in from + pages * max(1, e.channelsLayout.bodyHeight - 2) })

    static let channels: [Command] = [back(.channels)] + listKeys(.channels, channelsList) + [
        key("left", [.left, .character("h")], "previous stage; from the first, the channel's name") { $0.moveChannelSelection(stages: -1) },
        key("right", [.right, .character("l")], "next stage") { $0.moveChannelSelection(stages: 1) },
        key("open", [.enter],
            hint: Hint("go"), "on a cell: pick one of its touchpoints and go to it in the grid; on a name: rename") {
            $0.openChannelSelection()
        },
        key("rename", [.character("r")], changes: true,
            hint: Hint("rename"), "rename the channel") { $0.askChannelName() },
        key("kind", [.character("o")], changes: true, "make the channel offline, or online") { $0.toggleChannelKind() },
        key("merge", [.character("m")], changes: true, "merge the channel into another: its touchpoints and personas move there") {
            $0.chooseChannelToMergeInto()
        },
        key("remove", [.character("x")], changes: true, "remove the channel: its touchpoints keep no channel (u brings it back)") {
            $0.removeChannel()
        },
        key("move-up", [.character("K")], changes: true, "move the channel up within its group") { $0.moveChannel(by: -1) },
        key("move-down", [.character("J")], changes: true, "move the channel down within its group") { $0.moveChannel(by: 1) },
        key("add", [.character("a")], changes: true, "add a channel: NAME, or NAME offline") { e in
            e.ask(.screenField(ScreenField(ChannelsField.add)), label: "New channel (NAME, or NAME offline):")
        },
    ]


    /// A key of the channels view.
    private static func key(_ name: String, _ keys: [Key], changes: Bool = false, hint: Hint? = nil, _ summary: String,
                            _ run: @escaping @Sendable (inout Editor) -> Void) -> Command {
        viewKey(.channels, name, keys, changesMap: changes, hint: hint, summary, run: run)
    }
}

extension ScreenController {
    static let channels = ScreenController(ChannelsField.self, commands: Commands.channels,
                                           status: { $0.channelsStatus() }, answer: { $0.answerChannels($1, $2) },
                                           pick: { $0.pickChannels($1) })
}
