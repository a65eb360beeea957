import FoundationEssentials
import JourneyApp
import JourneyCore
import JourneyView
import Dispatch
import Synchronization

/// `journey FOLDER`'s loop: reads the workspace on other threads while it
/// draws how far it has got, then lists the maps; a map opened runs the
/// editor on the same terminal (`openMap`), and when it closes the
/// workspace is read again (only what changed, thanks to the cache).
public final class PortfolioLoop {
    public private(set) var portfolio: Portfolio
    let terminal: Terminal
    let theme: Theme
    let root: String
    /// Reads the workspace: (folder, what for, progress).
    let read: Read
    public typealias Read = @Sendable (String, ReadRequest, @escaping @Sendable (Int, Int) -> Void) -> Result<Workspace, Workspace.Failure>
    /// Runs the editor on the map at this path (relative to the folder), at an item when one is given, and
    /// returns when it closes; or says why the map cannot be opened.
    let openMap: (String, ClaimAddress?) -> String?

    /// Reads on another thread, drawing progress meanwhile; tests read in line, for a fixed order of events.
    let readsAlongside: Bool

    public init(folder: String, shownAs shown: String, terminal: Terminal, theme: Theme, today: Date = Date(), readsAlongside: Bool = true,
                read: @escaping Read,
                openMap: @escaping (String, ClaimAddress?) -> String?) {
        root = folder
        portfolio = Portfolio(folder: shown, today: today, height: terminal.height)
        self.terminal = terminal
        self.theme = theme
        self.read = read
        self.openMap = openMap
        self.readsAlongside = readsAlongside
    }

    public func run() {
        send(.resize(width: terminal.width, height: terminal.height))
        // The first frame takes what the cache knows, even checked on an earlier day; then the maps checked
        // before today are checked again, and the list follows.
        start(ReadRequest(earlierChecks: true, withRecords: false))
        let day = CalendarDay.text(portfolio.state.today)
        while !portfolio.isFinished {
            if let job = reading {
                if let result = job.result {
                    reading = nil
                    switch result {
                    case .success(let workspace) where job.request.withRecords: send(.readRecords(workspace))
                    case .success(let workspace):
                        send(.read(workspace))
                        if workspace.maps.contains(where: { $0.summary.map { $0.checkedOn != day } ?? false }) {
                            start(ReadRequest(earlierChecks: false, withRecords: false))
                        }
                    case .failure(let failure): send(.unreadable(failure.description))
                    }
                    if let asked = next {
                        next = nil
                        start(asked)
                    }
                } else {
                    let (done, of) = job.progress
                    send(.reading(done: done, of: of))
                }
            }
            terminal.present(PortfolioScreen.render(portfolio.state, theme: theme, width: terminal.width, height: terminal.height))
            switch terminal.nextInput(timeout: reading == nil ? nil : 0.1) {
            case .keys(let keys):
                for key in keys where !portfolio.isFinished { perform(portfolio.update(.key(key))) }
            case .resize(let width, let height): send(.resize(width: width, height: height))
            case .paste, .mouse, .timeout: break
            case .end: return
            }
        }
    }

    private var reading: Reading?
    /// A read asked for while another was under way: that one may have read a map before it was edited.
    private var next: ReadRequest?

    /// Reads the workspace, or once the read under way is done.
    private func start(_ request: ReadRequest) {
        guard reading == nil else {
            next = ReadRequest(earlierChecks: false, withRecords: request.withRecords || next?.withRecords == true)
            return
        }
        reading = Reading(root, request, read, alongside: readsAlongside)
    }

    private func perform(_ effects: [Portfolio.Effect]) {
        for effect in effects {
            switch effect {
            case .quit: break
            case .reload: start(ReadRequest(earlierChecks: false, withRecords: false))
            case .readRecords: start(ReadRequest(earlierChecks: false, withRecords: true))
            case .open(let path, let address):
                let refusal = openMap(path, address)
                terminal.invalidate()
                send(.resize(width: terminal.width, height: terminal.height))
                perform(portfolio.update(.cameBack(refusal)))
            }
        }
    }

    private func send(_ event: Portfolio.Event) { _ = portfolio.update(event) }

    /// What a read of the workspace is for: the list (health checked on an earlier day will do for a first
    /// frame), or the backlog (every map's records).
    public struct ReadRequest: Sendable, Equatable {
        public var earlierChecks: Bool
        public var withRecords: Bool
    }

    /// The workspace read on another thread, and how far it has got.
    final class Reading: Sendable {
        let request: ReadRequest
        private let state = Mutex<(done: Int, of: Int, result: Result<Workspace, Workspace.Failure>?)>((0, 0, nil))

        init(_ root: String, _ request: ReadRequest, _ read: @escaping Read, alongside: Bool) {
            self.request = request
            let work = { @Sendable [self] in
                let result = read(root, request) { done, of in self.state.withLock { $0.done = done; $0.of = of } }
                state.withLock { $0.result = result }
            }
            if alongside { DispatchQueue.global().async(execute: work) } else { work() }
        }

        var progress: (Int, Int) { state.withLock { ($0.done, $0.of) } }
        var result: Result<Workspace, Workspace.Failure>? { state.withLock { $0.result } }
    }
}
