import FoundationEssentials
import JourneyApp
import JourneyCore

/// The editor's side of the voting folder beside the map: performs its
/// voting requests and looks for ballots that arrived, cheaply (the
/// folder's stat first; the files only when it moved, or moved lately).
public final class VotingEffects {
    private let files: FileEffects
    private var watch = FolderWatch()
    private var last: VotingReport?

    public init(files: FileEffects) {
        self.files = files
    }

    private var box: BallotBox? { files.votingPaths.map { BallotBox(paths: $0) } }

    /// How often to look for ballots while a round is open.
    static let pollInterval = 0.5

    public func perform(_ request: VotingRequest) -> Event? {
        guard let box else { return .voting(.failed("this map has no file yet; save it first")) }
        do {
            switch request {
            case .open(let round):
                try box.open(round)
                return look(box, force: true)
            case .submit(let ballot):
                try box.submit(ballot)
                return nil
            case .update(let round):
                try box.update(round)
                return nil
            case .reveal(let round):
                try box.update(round)
                return .voting(.revealed(round, box.ballots()))
            case .close:
                box.close()
                last = nil
                watch.forget()
                return nil
            }
        } catch {
            return .voting(.failed(error.message))
        }
    }

    /// What changed in the folder since the last look, if anything.
    public func poll() -> Event? {
        guard let box else { return nil }
        return look(box, force: false)
    }

    private func look(_ box: BallotBox, force: Bool) -> Event? {
        guard watch.shouldLook(at: box.stamp()) || force else { return nil }
        let report: VotingReport
        switch box.round() {
        case .none: report = .found(nil, BallotReport())
        case .damaged(let why): report = .failed(why)
        case .open(let round): report = .found(round, box.ballots())
        }
        guard report != last else { return nil }
        last = report
        return .voting(report)
    }
}
