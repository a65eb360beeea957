import JourneyCore
import JourneyView

/// Maps linked to this one: the map a touchpoint opens into (`Ctrl-]`
/// follows it, `Ctrl-O` comes back) and the current state of a future-state
/// map (read for the compare view and `:removes`). The runtime opens and
/// reads the files; this keeps what it reported.
enum LinkedMaps: EditorFeature {
    struct State {
        /// The map `Ctrl-O` (or quitting) comes back to, when a link opened this one.
        var backTo: String?
        /// The `futureOf` last asked for, so that a change of it reads the current state again.
        var asked: String?
    }

    static func report(in event: Event) -> LinkReport? {
        if case .linked(let report) = event { report } else { nil }
    }

    static func receive(_ report: LinkReport, _ editor: inout Editor) {
        switch report {
        case .arrived(let from):
            editor.linkedMaps.backTo = from
            // What opening found (a journal to recover, a lock) speaks first.
            if editor.message == nil { editor.say("opened \(editor.file.name), linked from \(from) · Ctrl-O goes back") }
        case .cameBack(let from):
            editor.say("back from \(from)")
            // The map come back from may be the current state, changed there.
            if editor.map.futureOf != nil { editor.readCurrentState() }
        case .followFailed(let why): editor.refuse(why)
        case .currentState(let link, let result):
            guard link == editor.map.futureOf else { return }
            editor.linkedMaps.asked = link
            editor.screens.compare.link = link
            switch result {
            case .success(let current):
                editor.screens.compare.current = current
                editor.screens.compare.problem = nil
            case .failure(let failure):
                editor.screens.compare.current = nil
                editor.screens.compare.problem = failure.message
            }
        }
    }

    /// A `futureOf` set, changed or cleared (an edit, an undo): the current state is read again.
    static func mapChanged(_ editor: inout Editor) {
        guard editor.map.futureOf != editor.linkedMaps.asked else { return }
        editor.readCurrentState()
    }
}

extension Editor {
    var linkedMaps: LinkedMaps.State {
        get { featureStates[LinkedMaps.self] ?? LinkedMaps.State() }
        set { featureStates[LinkedMaps.self] = newValue }
    }

    /// The name of the file the status line shows, which the runtime gives a map it comes back from.
    public var displayName: String { file.name }

    /// Carries what the user chose for the screen (detail pane, slow link, curve, mouse) to a map a link opened.
    public mutating func keepSettings(of other: Editor) {
        settings = other.settings
        mouseSetting = other.mouseSetting
        commandHistory = other.commandHistory
    }

    /// Asks the runtime for the map this one is the future state of (nothing to ask when there is none).
    mutating func readCurrentState() {
        let wanted = map.futureOf
        linkedMaps.asked = wanted
        screens.compare.link = wanted
        screens.compare.current = nil
        screens.compare.problem = nil
        if let wanted { effects.append(.readCurrentState(wanted)) }
    }

    // MARK: commands

    /// `:link PATH`: the touchpoint opens into the map at PATH.
    mutating func setLink(_ typed: String) {
        guard let (s, i, _) = requireTouchpoint() else { return }
        let path = typed.trimmingSpaces()
        if let problem = MapLink.problem(with: path) { return refuse(problem) }
        let name = map.stages[s].touchpoints[i].name
        guard map.stages[s].touchpoints[i].link != path else { return refuse("“\(name)” links to \(path) already") }
        commit(Edits.updateTouchpoint(map, stage: s, index: i) { $0.link = path },
               message: "“\(name)” ↗ \(path) · Ctrl-] opens it")
    }

    /// `:unlink`: the touchpoint links to no map.
    mutating func removeLink() {
        guard let (s, i, _) = requireTouchpoint() else { return }
        let touchpoint = map.stages[s].touchpoints[i]
        guard let old = touchpoint.link else { return refuse("“\(touchpoint.name)” links to no map") }
        commit(Edits.updateTouchpoint(map, stage: s, index: i) { $0.link = nil },
               message: "“\(touchpoint.name)” no longer links to \(old) (u brings it back)")
    }

    /// `Ctrl-]`: opens the map the touchpoint links to; the runtime keeps this one to come back to.
    mutating func followLink() {
        guard let touchpoint = requireTouchpoint().map({ map.stages[$0.stage].touchpoints[$0.index] }) else { return }
        guard let link = touchpoint.link else {
            return refuse("“\(touchpoint.name)” links to no map: :link PATH makes it open one")
        }
        effects.append(.follow(link))
    }

    /// `Ctrl-O`: back to the map a link was followed from, the way `q` goes (asking first about unsaved changes).
    mutating func goBack() {
        guard linkedMaps.backTo != nil else {
            return refuse("this map was not opened by a link: nothing to go back to (Ctrl-] follows a touchpoint's link)")
        }
        requestQuit()
    }

    /// `:futureof [PATH]`: this map is the future state of the map at PATH; none clears it.
    mutating func setFutureOf(_ typed: String) {
        let path = typed.trimmingSpaces()
        if path.isEmpty {
            guard let old = map.futureOf else { return refuse("this map is the future state of no map; :futureof PATH sets one") }
            return commit(Edits.updateInfo(map) { $0.futureOf = nil }, message: "no longer the future state of \(old)")
        }
        if let problem = MapLink.problem(with: path) { return refuse(problem) }
        guard map.futureOf != path else { return refuse("this map is the future state of \(path) already") }
        commit(Edits.updateInfo(map) { $0.futureOf = path },
               message: "the future state of \(path) · v then f compares them")
    }

    /// `:removes PAIN`: the selected opportunity (or the touchpoint's only one) is meant to remove a pain
    /// point of the current state, named by its text or id; naming one it removes already takes it off.
    mutating func toggleRemoves(_ typed: String) {
        guard map.futureOf != nil else {
            return refuse("only a future-state map's opportunities remove pain points: :futureof CURRENT.json first")
        }
        guard let current = screens.compare.current else {
            return refuse(screens.compare.problem.map { "the current state did not load: " + $0 }
                          ?? "the current state is still being read; try again")
        }
        guard let (s, i, _) = requireTouchpoint() else { return }
        let opportunities = map.stages[s].touchpoints[i].opportunities
        let chosen: Int? = itemList.flatMap { list in
            list.kind == .opportunities ? opportunities.firstIndex { $0.id == list.selected } : nil
        } ?? (opportunities.count == 1 ? 0 : nil)
        guard let k = chosen else {
            return refuse(opportunities.isEmpty ? "this touchpoint has no opportunity: a on the Opportunities lane adds one"
                          : "select the opportunity first: Enter on the Opportunities lane, then :removes PAIN")
        }
        let pains = current.stages.flatMap { $0.touchpoints.flatMap(\.painPoints) }
        let wanted = typed.trimmingSpaces()
        guard let pain = pains.first(where: { $0.id == wanted }) ?? pains.first(where: { $0.text == wanted })
            ?? pains.first(where: { TextFold.folded($0.text).contains(TextFold.folded(wanted)) && !wanted.isEmpty }) else {
            return refuse("the current state (\(map.futureOf ?? "")) has no pain point “\(DisplayText.singleLine(wanted))”; Tab lists them")
        }
        let removing = !opportunities[k].removes.contains(pain.id)
        commit(Edits.updateItems(map, stage: s, index: i, kind: .opportunities) { items in
            if removing { items[k].removes.append(pain.id) } else { items[k].removes.removeAll { $0 == pain.id } }
        }, message: "“\(opportunities[k].text)” " + (removing ? "removes" : "no longer removes") + " “\(pain.text)”")
    }
}

extension Completer {
    /// The current state's pain points, by text, once it is read.
    static let currentPainPoints = Completer { editor in
        (editor.screens.compare.current?.stages ?? []).flatMap { $0.touchpoints.flatMap { $0.painPoints.map(\.text) } }
    }
}

extension HelpSection {
    public static let linked = HelpSection(title: "Linked maps and future state")
}

extension Commands {
    static let links: [Command] = [
        Command("link", section: .linked, takes: [.text("PATH")], changesMap: true,
                "link the touchpoint to a detailed map: a path from this map's folder, e.g. detail/checkout.json") { e, a in
            e.setLink(a.text("PATH"))
        },
        Command("unlink", section: .linked, changesMap: true, "take away the touchpoint's link") { e, _ in e.removeLink() },
        Command("open-link", keys: [.control("]")], section: .linked,
                "open the map the touchpoint links to (↗); Ctrl-O comes back") { e, _ in e.followLink() },
        Command("back", keys: [.control("o")], alsoIn: [.views], section: .linked,
                "back to the map a link was followed from, where the cursor was (asks about unsaved changes, as q)") { e, _ in
            e.goBack()
        },
        Command("futureof", section: .linked, takes: [.text("PATH").optional], changesMap: true,
                "this map is the future state of the map at PATH (no PATH: of none); the compare view shows both") { e, a in
            e.setFutureOf(a.text("PATH"))
        },
        Command("removes", section: .linked, takes: [.text("PAIN", completing: .currentPainPoints)], changesMap: true,
                "the selected opportunity removes this pain point of the current state (again: no longer)") { e, a in
            e.toggleRemoves(a.text("PAIN"))
        },
    ]
}
