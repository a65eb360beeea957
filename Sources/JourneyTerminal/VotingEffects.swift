import Foundation
import JourneyApp
import JourneyCore

/// The editor's side of the voting folder beside the map: performs its
/// voting requests and looks for ballots that arrived, cheaply (the
/// folder's stat first; the files only when it moved, or moved lately).
public final class VotingEffects {
    private let files: FileEffects
    private var seen: FolderStamp?
    private var seenAt = Date.distantPast
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
            case .reveal(let round):
                try box.update(round)
                return .voting(.revealed(round, box.ballots()))
            case .close:
                box.close()
                last = nil
                seen = nil
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
        let stamp = box.stamp()
        let now = Date()
        // A file renamed in within the same tick of the folder's clock leaves the stamp as it was: look again for a while.
        let settled = now.timeIntervalSince(seenAt) > 2
        if !force, stamp == seen, settled || stamp == nil { return nil }
        if stamp != seen { seenAt = now }
        seen = stamp
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
