import FoundationEssentials
import JourneyCore
import JourneyView

/// `journey FOLDER`: every map of a workspace in one list, as state and a
/// pure update step. Events in (keys, the workspace as read, progress),
/// effects out (open a map in the editor, read the workspace again, quit)
/// for a small loop to do.
public struct Portfolio {
    public enum Event: Sendable {
        case key(Key)
        case reading(done: Int, of: Int)
        case read(Workspace)
        /// The workspace read with every map's records, for the backlog.
        case readRecords(Workspace)
        case unreadable(String)
        case resize(width: Int, height: Int)
        /// The editor opened from here has closed, or the map could not be opened (why).
        case cameBack(String?)
    }

    public enum Effect: Sendable, Equatable {
        /// Open the map at this path, relative to the workspace folder; at an item, from the backlog.
        case open(String, at: ClaimAddress?)
        case reload
        /// Read the workspace with every map's records, for the backlog.
        case readRecords
        case quit
    }

    public private(set) var state: PortfolioState
    public private(set) var isFinished = false
    private var height: Int

    public init(folder: String, today: Date = Date(), height: Int) {
        state = PortfolioState(folder: folder, today: today)
        self.height = height
    }

    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .key(let key):
            if state.typingFilter { return typeFilter(key) }
            return state.showingBacklog ? handleInBacklog(key) : handle(key)
        case .reading(let done, let of): state.reading = (done, of)
        case .read(let workspace):
            state.reading = nil
            state.maps = workspace.maps
            if state.selected == nil { state.selected = state.rows.first?.entry.path }
            keepInSight()
        case .readRecords(let workspace):
            state.maps = workspace.maps
            state.backlog = Backlog.rows(workspace)
            keepBacklogInSight()
        case .unreadable(let why):
            state.reading = nil
            state.message = why
        case .resize(_, let height):
            self.height = height
            keepInSight()
            keepBacklogInSight()
        case .cameBack(let refusal):
            state.message = refusal
            // What was edited there may have changed the backlog too: it is read again when next shown.
            state.backlog = nil
            return state.showingBacklog ? [.readRecords] : [.reload]
        }
        return []
    }

    mutating func handle(_ key: Key) -> [Effect] {
        state.message = nil
        switch key {
        case .character("q"), .control("c"):
            isFinished = true
            return [.quit]
        case .escape where !state.filter.isEmpty:
            state.filter = ""
            keepInSight()
        case .character("j"), .down: move(by: 1)
        case .character("k"), .up: move(by: -1)
        case .pageDown, .control("f"): move(by: PortfolioScreen.listHeight(height: height))
        case .pageUp, .control("b"): move(by: -PortfolioScreen.listHeight(height: height))
        case .home, .character("g"): move(by: -Int.max / 2)
        case .end, .character("G"): move(by: Int.max / 2)
        case .character("/"):
            state.typingFilter = true
        case .character("b"):
            state.showingBacklog = true
            if state.backlog == nil { return [.readRecords] }
        case .character("s"):
            state.sort = state.sort.next
            state.message = "sorted by " + state.sort.words
            keepInSight()
        case .character("r"), .control("l"):
            state.message = "reading the folder again"
            return [.reload]
        case .enter, .character("l"), .right:
            guard let row = state.selectedRow else { return [] }
            let entry = state.rows[row].entry
            if let failure = entry.failure {
                state.message = failure
                return []
            }
            return [.open(entry.path, at: nil)]
        default:
            state.message = "j k move · Enter opens · b backlog · / filters · s sorts · r reads again · q quits"
        }
        return []
    }

    mutating func handleInBacklog(_ key: Key) -> [Effect] {
        state.message = nil
        let page = PortfolioScreen.listHeight(height: height)
        switch key {
        case .character("q"), .control("c"):
            isFinished = true
            return [.quit]
        case .escape where !state.filter.isEmpty: state.filter = ""
        case .character("b"), .escape: state.showingBacklog = false
        case .character("j"), .down: state.backlogSelected += 1
        case .character("k"), .up: state.backlogSelected -= 1
        case .pageDown, .control("f"): state.backlogSelected += page
        case .pageUp, .control("b"): state.backlogSelected -= page
        case .home, .character("g"): state.backlogSelected = 0
        case .end, .character("G"): state.backlogSelected = Int.max / 2
        case .character("/"): state.typingFilter = true
        case .character("r"), .control("l"):
            state.backlog = nil
            return [.readRecords]
        case .enter, .character("l"), .right:
            let rows = state.backlogRows
            guard let backlog = state.backlog, rows.indices.contains(state.backlogSelected),
                  let item = backlog[rows[state.backlogSelected]].item else { return [] }
            let row = backlog[rows[state.backlogSelected]]
            return [.open(row.path, at: ClaimAddress(touchpoint: row.touchpoint.id, item: item.id))]
        default:
            state.message = "j k move · Enter opens the item in its map · b the maps · / filters · q quits"
        }
        keepBacklogInSight()
        return []
    }

    mutating func keepBacklogInSight() {
        let count = state.backlogRows.count
        state.backlogSelected = max(0, min(state.backlogSelected, count - 1))
        let visible = PortfolioScreen.listHeight(height: height)
        if state.backlogSelected < state.backlogTop { state.backlogTop = state.backlogSelected }
        if state.backlogSelected >= state.backlogTop + visible { state.backlogTop = state.backlogSelected - visible + 1 }
        state.backlogTop = max(0, min(state.backlogTop, count - visible))
    }

    mutating func typeFilter(_ key: Key) -> [Effect] {
        switch key {
        case .enter: state.typingFilter = false
        case .escape, .control("c"):
            state.typingFilter = false
            state.filter = ""
        case .backspace: if !state.filter.isEmpty { state.filter.removeLast() }
        case .control("u"): state.filter = ""
        case .character(let c) where !c.isNewline: state.filter.append(c)
        default: break
        }
        keepInSight()
        keepBacklogInSight()
        return []
    }

    mutating func move(by delta: Int) {
        let rows = state.rows
        guard !rows.isEmpty else { return }
        let now = state.selectedRow ?? 0
        let next = delta > 0 ? min(rows.count - 1, now + min(delta, rows.count)) : max(0, now + max(delta, -rows.count))
        state.selected = rows[next].entry.path
        keepInSight()
    }

    /// The selected row within the list's rows; the filter or a new order may have moved it.
    mutating func keepInSight() {
        let rows = state.rows
        guard let row = state.selectedRow else {
            state.top = 0
            return
        }
        state.selected = rows[row].entry.path
        let visible = PortfolioScreen.listHeight(height: height)
        if row < state.top { state.top = row }
        if row >= state.top + visible { state.top = row - visible + 1 }
        state.top = max(0, min(state.top, rows.count - visible))
    }
}
