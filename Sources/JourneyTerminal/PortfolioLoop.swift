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
    /// Reads the workspace: (folder, whether a health check of an earlier day will do, progress).
    let read: Read
    public typealias Read = @Sendable (String, Bool, @escaping @Sendable (Int, Int) -> Void) -> Result<Workspace, Workspace.Failure>
    /// Runs the editor on the map at this path (relative to the folder) and returns when it closes;
    /// or says why the map cannot be opened.
    let openMap: (String) -> String?

    /// Reads on another thread, drawing progress meanwhile; tests read in line, for a fixed order of events.
    let readsAlongside: Bool

    public init(folder: String, shownAs shown: String, terminal: Terminal, theme: Theme, today: Date = Date(), readsAlongside: Bool = true,
                read: @escaping Read,
                openMap: @escaping (String) -> String?) {
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
        var reading: Reading? = Reading(root, earlierChecks: true, read, alongside: readsAlongside)
        let day = CalendarDay.text(portfolio.state.today)
        while !portfolio.isFinished {
            if let job = reading {
                if let result = job.result {
                    reading = nil
                    switch result {
                    case .success(let workspace):
                        send(.read(workspace))
                        if workspace.maps.contains(where: { $0.summary.map { $0.checkedOn != day } ?? false }) {
                            reading = Reading(root, earlierChecks: false, read, alongside: readsAlongside)
                        }
                    case .failure(let failure): send(.unreadable(failure.description))
                    }
                } else {
                    let (done, of) = job.progress
                    send(.reading(done: done, of: of))
                }
            }
            terminal.present(PortfolioScreen.render(portfolio.state, theme: theme, width: terminal.width, height: terminal.height))
            switch terminal.nextInput(timeout: reading == nil ? nil : 0.1) {
            case .keys(let keys):
                for key in keys where !portfolio.isFinished {
                    for effect in portfolio.update(.key(key)) {
                        switch effect {
                        case .quit: break
                        case .reload: reading = reading ?? Reading(root, earlierChecks: false, read, alongside: readsAlongside)
                        case .open(let path):
                            let refusal = openMap(path)
                            terminal.invalidate()
                            send(.resize(width: terminal.width, height: terminal.height))
                            if portfolio.update(.cameBack(refusal)).contains(.reload) { reading = reading ?? Reading(root, earlierChecks: false, read, alongside: readsAlongside) }
                        }
                    }
                }
            case .resize(let width, let height): send(.resize(width: width, height: height))
            case .paste, .mouse, .timeout: break
            case .end: return
            }
        }
    }

    private func send(_ event: Portfolio.Event) { _ = portfolio.update(event) }

    /// The workspace read on another thread, and how far it has got.
    final class Reading: Sendable {
        private let state = Mutex<(done: Int, of: Int, result: Result<Workspace, Workspace.Failure>?)>((0, 0, nil))

        init(_ root: String, earlierChecks: Bool, _ read: @escaping Read, alongside: Bool) {
            let work = { @Sendable [self] in
                let result = read(root, earlierChecks) { done, of in self.state.withLock { $0.done = done; $0.of = of } }
                state.withLock { $0.result = result }
            }
            if alongside { DispatchQueue.global().async(execute: work) } else { work() }
        }

        var progress: (Int, Int) { state.withLock { ($0.done, $0.of) } }
        var result: Result<Workspace, Workspace.Failure>? { state.withLock { $0.result } }
    }
}
