import FoundationEssentials
import JourneyApp
import JourneyCore
import JourneyView

/// The editor's loop: draw, wait for input (or the clock), turn it into
/// events, let the editor update, perform the effects it returns and feed
/// their results back. The same loop runs on ncurses and headless.
public final class Runtime {
    public internal(set) var editor: Editor
    let terminal: Terminal
    var files: FileEffects
    lazy var voting = VotingEffects(files: files)
    /// The maps this session came from by following links, the nearest last:
    /// each editor as it was left, its file still held (lock, journal) until
    /// the session comes back to it (see `Trail`).
    var trail = Trail()
    /// A link to follow once the effects of the event that asked are all done.
    private var toFollow: String?
    /// `journey watch`: the map looked at every few milliseconds, its news sent as `.watched`.
    public var watch: WatchPoller?
    /// The screen shows the editor as it is: nothing was sent to it since the last frame.
    private var drawn = false
    public private(set) var theme: Theme
    /// Finds a theme by name or path for `:theme` (tests give their own).
    public var findTheme: (String) -> Result<Theme, Theme.LoadError> = { name in
        Result { () throws(Theme.LoadError) -> Theme in try ThemeCatalog.load(name, environment: .process) }
    }

    /// The user's config file, where `:set mouse` is remembered (nil: nowhere, as in tests).
    public var configPath: String?

    public init(editor: Editor, terminal: Terminal, files: FileEffects, theme: Theme) {
        self.editor = editor
        self.terminal = terminal
        self.files = files
        self.theme = theme
    }

    public func run() {
        send(.resize(width: terminal.width, height: terminal.height))
        if editor.mouse { send(switchMouse(on: true, remember: false)) }
        // A round left open (this editor crashed, say) is taken up again with every ballot submitted.
        if let found = voting.poll() { send(found) }
        readCurrentStateAtStart()
        repeat {
            guard edit() else {
                // Input is gone (the link dropped): keep every open map's journal for recovery.
                files.close(keepJournal: true)
                for left in trail.maps.reversed() { left.files.close(keepJournal: true) }
                if let first = trail.maps.first { editor = first.editor }
                return
            }
        } while comeBack()
        files.close(keepJournal: editor.document.isModified)
    }

    /// The editor's loop until it finishes (true) or input ends (false).
    private func edit() -> Bool {
        while !editor.isFinished {
            if let update = watch?.poll() { send(.watched(update)) }
            if !drawn { terminal.present(editor.frame(theme: theme)) }
            drawn = true
            let input = terminal.nextInput(timeout: timeout())
            switch input {
            case .keys(let keys) where editor.isTestingKeys:
                let bytes = terminal.lastKeyBytes
                for (i, key) in keys.enumerated() { send(.keyRead(key, bytes: i < bytes.count ? bytes[i] : "")) }
            case .keys(let keys):
                if keys.count == 1 { send(.key(keys[0])) } else if !keys.isEmpty { send(.burst(keys)) }
            case .paste(let text): send(.paste(text))
            case .mouse(let event): send(.mouse(event))
            case .resize(let width, let height): send(.resize(width: width, height: height))
            case .timeout:
                if files.fileChangedOnDisk() { send(.fileChanged) }
                if editor.isVoting, let found = voting.poll() { send(found) }
                // A watcher wakes every few milliseconds to look at the map: the clock only when the timer's face changes.
                if watch == nil || editor.nextTick.map({ $0 <= editor.clock().addingTimeInterval(0.005) }) == true {
                    send(.tick(editor.clock()))
                }
            case .end:
                return false
            }
        }
        return true
    }

    /// Until the file should be looked at again, or the timer's face changes,
    /// whichever comes first (nil: wait for input).
    func timeout() -> Double? {
        let untilTick = editor.nextTick.map { max(0.01, $0.timeIntervalSince(editor.clock())) }
        let poll = editor.isVoting ? VotingEffects.pollInterval : files.pollInterval
        return [poll, untilTick, watch?.untilNextPoll].compactMap { $0 }.min()
    }

    func send(_ event: Event) {
        drawn = false
        var pending = [event]
        while true {
            while !pending.isEmpty {
                for effect in editor.update(pending.removeFirst()) {
                    if let reply = perform(effect) { pending.append(reply) }
                }
            }
            // The editor that asked has heard every reply to its effects: only now may another take its place.
            guard let link = toFollow else { return }
            toFollow = nil
            pending.append(follow(link))
        }
    }

    func perform(_ effect: Effect) -> Event? {
        switch effect {
        case .save(let request): return .saveFinished(files.save(request))
        case .journal(let step): return files.journal(step).map(Event.journaled)
        case .endJournal:
            files.endJournal()
            return nil
        case .recover(let journals, let map, let choices, let otherwise):
            return .recovered(files.recover(journals, onto: map, choices: choices, otherwise: otherwise))
        case .discardJournals(let journals):
            files.discard(journals)
            return nil
        case .retire(let results):
            files.retire(results)
            return nil
        case .reload: return .reloaded(files.reload())
        case .suspend:
            terminal.suspend()
            return .resize(width: terminal.width, height: terminal.height)
        case .quit:
            return nil
        case .redraw:
            terminal.invalidate()
            return nil
        case .alert:
            terminal.alert()
            return nil
        case .mouse(let on, let remember): return switchMouse(on: on, remember: remember)
        case .lead(let position):
            return files.lead(position).map(Event.leadFailed)
        case .theme(let name):
            return .themeSwitched(findTheme(name).map { found in
                theme = found
                return found.name
            })
        case .voting(let request): return voting.perform(request)
        case .follow(let link):
            toFollow = link
            return nil
        case .readCurrentState(let link): return .linked(.currentState(link: link, readLinked(link)))
        case .writeLibrary(let update): return .libraryWritten(update, files.writeLibrary(update))
        }
    }

    func switchMouse(on: Bool, remember: Bool) -> Event {
        let granted = terminal.mouseReporting(on)
        var problem = granted ? nil : "this terminal cannot report the mouse"
        if remember {
            let failed = configPath.map { path in UserConfig.update(at: path) { $0.mouse = on } } ?? "no HOME to keep it in"
            problem = failed.map { "not remembered: " + $0 } ?? problem
        }
        return .mouseSwitched(on: on && granted, problem: problem)
    }
}
