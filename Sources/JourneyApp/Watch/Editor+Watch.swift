import FoundationEssentials
import JourneyCore
import JourneyView

/// What a watcher (`journey watch`) knows of the editor it watches.
struct WatchState {
    var editor: WatchedEditor = .closed
    var lead: LeadPosition?
    /// Whether it goes where the lead goes; a key that moves it away stops that, `f` starts it again.
    var following = true
}

/// What a leading editor (`:lead`) last published.
struct Leader {
    var published: LeadPosition?
}

/// `journey watch FILE`: this editor shows a map another journey is
/// editing, read-only, updated as the edits land (`Event.watched`), and goes
/// where that editor goes while it leads (`:lead`), until moved away. Nothing
/// here can write the map: the runtime gives a watcher no file to write, and
/// every path to a save, a journal or a question about one stops first.
extension Editor {
    static let watchingNote = "watching: this screen only shows the map; the editor makes the changes"

    /// Makes this editor a watcher, showing `first` (the first look at the map).
    public mutating func startWatching(_ first: WatchUpdate) {
        watching = WatchState(editor: first.editor, lead: nil)
        readOnly = true
        journaling = false
        pendingJournals = []
        readOnlyNote = Self.watchingNote
        watched(first, announce: true)
        settle()
    }

    public var isWatching: Bool { watching != nil }

    mutating func watched(_ update: WatchUpdate) { watched(update, announce: false) }

    private mutating func watched(_ update: WatchUpdate, announce: Bool) {
        guard var state = watching else { return }
        if let fresh = update.map {
            // As a reload: the cursor stays on the same things, by id.
            let place = location
            let before = map
            document = Document(map: fresh, path: nil, isSaved: true)
            mapChanged(before: before, keeping: place, journaled: false)
        }
        var said: [String] = []
        let leadCame = state.lead == nil && update.lead != nil
        let leadWent = state.lead != nil && update.lead == nil
        if leadCame { state.following = true }
        state.lead = update.lead
        if announce || state.editor != update.editor || leadCame || (leadWent && update.editor == .editing) {
            let back = !announce && update.editor == .editing && state.editor != .editing
            state.editor = update.editor
            said.append((back ? "the editor is back; " : "") + Self.words(update.editor, lead: update.lead, following: state.following))
        } else if update.saved {
            said.append("the editor saved the map")
        }
        watching = state
        followTimer(update.lead?.timer)
        said += update.notes
        if !said.isEmpty { say(said.joined(separator: "; ")) }
    }

    /// What the status line says of the editor being watched.
    static func words(_ editor: WatchedEditor, lead: LeadPosition?, following: Bool) -> String {
        switch editor {
        case .editing:
            guard lead != nil else { return "the editor is not leading — move freely" }
            return following ? "following the editor" : "the editor leads; f follows it"
        case .stopped(unsaved: true): return "editor stopped: showing its unsaved edits from the journal; waiting"
        case .stopped(unsaved: false): return "editor stopped; showing the saved file; waiting"
        case .closed: return "editor closed; showing the saved file; waiting"
        case .missing: return "map file missing; waiting"
        }
    }

    /// The lead's timer, counted down here by its end time; the bell rings here too when it is up.
    private mutating func followTimer(_ lead: LeadPosition.Timer?) {
        guard let lead else {
            timer = nil
            return
        }
        var followed = WorkshopTimer(seconds: 1, now: clock())
        switch lead {
        case .running(let until): followed.state = .running(until: until)
        case .paused(let left): followed.state = .paused(left: left)
        }
        guard followed.state != timer?.state else { return }
        // A countdown already over when first seen does not ring.
        followed.rang = followed.isUp(at: clock())
        timer = followed
    }

    // MARK: keys

    /// A watcher's input: keys as in the editor but only to look around, no pastes.
    mutating func watcherInput(_ event: Event) {
        switch event {
        case .key(let key): watchKey(key)
        case .burst(let keys): keys.forEach { watchKey($0) }
        case .paste: say(Self.watchingNote)
        case .mouse(let event): watchMouse(event)
        default: break
        }
    }

    /// A watcher's key: `f` follows the editor again; any other key that
    /// takes the watcher elsewhere (another touchpoint, view or stage) stops following.
    mutating func watchKey(_ key: Key) {
        if showsAView, let command = Commands.watcherKeys[key] { return run(command) }
        let before = position(timer: false)
        handle(key)
        stopFollowing(ifMovedFrom: before)
    }

    /// A watcher's click or wheel: as a key, it stops following when it takes the watcher elsewhere.
    mutating func watchMouse(_ event: MouseEvent) {
        let before = position(timer: false)
        mouseEvent(event)
        stopFollowing(ifMovedFrom: before)
    }

    private mutating func stopFollowing(ifMovedFrom before: LeadPosition) {
        guard var state = watching, state.following, state.lead != nil, position(timer: false) != before else { return }
        state.following = false
        watching = state
        say("moved away from the editor; f follows it again")
    }

    /// The grid, a view or a presentation on top: no question, field or help open.
    private var showsAView: Bool {
        switch mode {
        case .grid, .screen, .present: true
        default: false
        }
    }

    mutating func follow() {
        guard var state = watching else {
            refuse("f follows a leading editor in journey watch; :lead lets watchers follow you")
            return
        }
        guard state.lead != nil else {
            say(Self.words(state.editor, lead: nil, following: false))
            return
        }
        state.following = true
        watching = state
        say("following the editor")
    }

    // MARK: after each event

    /// A following watcher goes where the lead is (unless a question, a field or the help is open).
    mutating func followLead() {
        guard let state = watching, state.following, let lead = state.lead, showsAView else { return }
        var target = lead
        target.timer = nil
        (target.pid, target.host, target.session) = (0, "", "")
        guard position(timer: false) != target else { return }
        popToGrid()
        moveCursor(to: EditLocation(stage: lead.stage, touchpoint: lead.touchpoint, lane: lead.lane))
        if let screen = MapScreen(rawValue: lead.screen), screen != .grid { push(.screen(screen)) }
        if let query = lead.insights { screens.insights.query = query }
        if let shown = lead.presenting, map.stages.contains(where: { $0.id == shown.stage }) {
            push(.present(PresentState(stage: shown.stage, spotlight: shown.spotlight, scroll: shown.scroll)))
        }
    }

    /// The status line's word for watching, its keys, and a waiting state said until something else is.
    func watchBadge(on view: inout ViewState) {
        guard let state = watching else { return }
        let following = state.following && state.lead != nil
        view.sharing = following ? "following" : "watching"
        if case .grid = mode {
            view.hints = state.lead != nil ? [KeyHint("f", "follow"), KeyHint("q", "quit")] : [KeyHint("?", "help"), KeyHint("q", "quit")]
        }
        if view.message == nil, state.editor != .editing {
            view.message = StatusMessage(Self.words(state.editor, lead: state.lead, following: state.following))
        }
    }

    /// A leader publishes where it is whenever that changes.
    mutating func publishLead() {
        guard var leader else { return }
        let now = position(timer: true)
        guard now != leader.published else { return }
        leader.published = now
        self.leader = leader
        effects.append(.lead(now))
    }

    /// Where this editor is, as a lead: the view, the cursor by id, the presentation and (for a leader) the timer.
    func position(timer withTimer: Bool) -> LeadPosition {
        var screen = MapScreen.grid
        var presenting: LeadPosition.Presenting?
        for mode in modes {
            switch mode {
            case .screen(let shown): screen = shown
            case .present(let shown):
                presenting = LeadPosition.Presenting(stage: shown.stage, spotlight: shown.spotlight, scroll: shown.scroll)
            default: break
            }
        }
        let here = location
        var lead = LeadPosition(screen: screen.rawValue, stage: here.stage, touchpoint: here.touchpoint, lane: here.lane,
                                presenting: presenting)
        if screen == .insights { lead.insights = screens.insights.query }
        if withTimer, let timer {
            switch timer.state {
            case .running(let until): lead.timer = .running(until: until)
            case .paused(let left): lead.timer = .paused(left: left)
            }
        }
        return lead
    }

    // MARK: leading

    /// Watchers cannot see this editor: it stops leading rather than claim it does.
    mutating func leadFailed(_ reason: String) {
        leader = nil
        warn("not leading: " + reason)
    }

    /// `:lead on`, `:lead off`, or `:lead` alone to switch.
    mutating func leadCommand(_ wanted: Bool?) {
        guard watching == nil else {
            refuse("a watcher follows; the editor that has the map open leads (:lead there)")
            return
        }
        let on = wanted ?? (leader == nil)
        guard on else {
            if leader != nil { effects.append(.lead(nil)) }
            leader = nil
            say("not leading: watchers move freely")
            return
        }
        guard journaling, document.path != nil else {
            say(readOnly ? "read-only here: the journey that has the map open can lead"
                : "save the map to a file first (:w FILE): watchers follow a file")
            return
        }
        if leader == nil { leader = Leader() }
        say("leading: journey watch \(DisplayText.singleLine(file.name)) follows your view, cursor and timer; :lead off stops")
    }
}

extension Commands {
    static let watch: [Command] = [
        Command("lead", section: .workshop, takes: [.onOff.optional],
                "let `journey watch` follow your view, cursor and timer (published beside the map)") { e, a in
            e.leadCommand(a.on)
        },
        Command("follow", keys: [.character("f")], alsoIn: [.watcher], section: .workshop,
                "in `journey watch`: follow the leading editor again after moving away") { e, _ in e.follow() },
    ]
}

/// `journey watch`: going where the leading editor goes.
enum Following: EditorFeature {
    typealias State = WatchState
    static func report(in event: Event) -> WatchUpdate? { if case .watched(let update) = event { update } else { nil } }
    static func receive(_ update: WatchUpdate, _ editor: inout Editor) { editor.watched(update) }
    static func settle(_ editor: inout Editor) { editor.followLead() }
    static func badge(_ editor: Editor, on view: inout ViewState) { editor.watchBadge(on: &view) }
}

/// `:lead`: publishing where this editor is, for watchers.
enum Leading: EditorFeature {
    typealias State = Leader
    static func report(in event: Event) -> String? { if case .leadFailed(let reason) = event { reason } else { nil } }
    static func receive(_ reason: String, _ editor: inout Editor) { editor.leadFailed(reason) }
    static func settle(_ editor: inout Editor) { editor.publishLead() }
    static func badge(_ editor: Editor, on view: inout ViewState) {
        if editor.leader != nil { view.sharing = "leading" }
    }
}

extension Editor {
    /// `journey watch`: this editor follows another.
    var watching: WatchState? {
        get { featureStates[Following.self] }
        set { featureStates[Following.self] = newValue }
    }
}

extension Editor {
    /// `:lead`: this editor publishes its position, last as published.
    var leader: Leader? {
        get { featureStates[Leading.self] }
        set { featureStates[Leading.self] = newValue }
    }
}
