import FoundationEssentials
import JourneyApp
import JourneyCore

/// The editor's side of the voting folder beside the map: performs its
/// voting requests, answers voters on `vote.sock` (`BallotServer`, on threads
/// of its own) and looks for ballots that arrived, cheaply (the folder's stat
/// first; its own small files only when it moved, or moved lately).
public final class VotingEffects {
    private let files: FileEffects
    private var watch = FolderWatch()
    private var last: VotingReport?
    private var server: BallotServer?

    public init(files: FileEffects) {
        self.files = files
    }

    deinit { server?.stop() }

    private var box: BallotBox? { files.votingPaths.map { BallotBox(paths: $0) } }

    /// How often to look for ballots while a round is open.
    static let pollInterval = 0.5

    public func perform(_ request: VotingRequest) -> Event? {
        guard let box else { return .voting(.failed("this map has no file yet; save it first")) }
        do {
            switch request {
            case .open(let round):
                do {
                    try box.open(round)
                    try serve(round, from: box)
                } catch {
                    return .voting(.notOpened(error.message))
                }
                return look(box, force: true)
            case .adopt(let round):
                try serve(round, from: box)
                return nil
            case .submit(let ballot):
                try box.submit(ballot)
                return nil
            case .update(let round):
                try box.update(round)
                server?.set(round)
                return nil
            case .reveal(let round):
                // The server first: a ballot being written lands before the count, none after it.
                server?.set(round)
                try box.update(round)
                return .voting(.revealed(round, box.ballots()))
            case .close:
                stopServing()
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

    private func serve(_ round: VoteRound, from box: BallotBox) throws(BallotBox.Failure) {
        if let server {
            server.set(round)
        } else {
            server = try BallotServer(box: box, round: round)
        }
    }

    private func stopServing() {
        server?.stop()
        server = nil
    }

    private func look(_ box: BallotBox, force: Bool) -> Event? {
        let report: VotingReport
        if case .untrusted(let what) = box.trust {
            report = .failed("a round beside the map is ignored: \(box.folder) is \(what), not made by your journey; "
                + "move it away to vote on this map")
        } else {
            guard watch.shouldLook(at: box.stamp()) || force else { return nil }
            switch box.round() {
            case .none: report = .found(nil, BallotReport())
            case .damaged(let why): report = .failed(why)
            case .open(let round): report = .found(round, box.ballots())
            }
        }
        if case .found(nil, _) = report { stopServing() }
        guard report != last else { return nil }
        last = report
        return .voting(report)
    }
}
