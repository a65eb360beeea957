import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyJSON
import Synchronization

/// The facilitator's journey answering voters on `vote.sock` beside the map,
/// on threads of its own, so the editor's loop never waits for a voter. Each
/// connection carries one ask of at most 1 MB, read within 2 s, and gets one
/// answer. Who asks is what the kernel says of the peer (SO_PEERCRED), never
/// what the ask says. A ballot is checked against the open round, written
/// (flushed, renamed in, the folder flushed) and only then acknowledged, so
/// an acknowledged ballot outlives a crash of the editor.
public final class BallotServer: @unchecked Sendable {
    // Unchecked: the box holds only its paths and the stateless file system; the round is behind the mutex.
    let box: BallotBox
    let listener: Int32
    /// The account the editor runs as.
    let facilitator: uid_t
    private let state: Mutex<State>

    struct State {
        var round: VoteRound?
        var stopped = false
    }

    static let askLimit = 1 << 20
    static let patience = 2

    /// Listens in the box's folder, which must be this account's (see `VotingFolder`).
    public init(box: BallotBox, round: VoteRound) throws(BallotBox.Failure) {
        self.box = box
        facilitator = geteuid()
        state = Mutex(State(round: round))
        do {
            let folder = try UnixSocket.openFolder(box.folder)
            defer { close(folder) }
            guard let info = UnixSocket.folderInfo(folder), VotingFolder.trust(of: info, owner: facilitator) == .trusted else {
                throw BallotBox.Failure(message: "\(box.folder) is not your journey's voting folder any more; :vote end, then :vote start")
            }
            listener = try UnixSocket.listen(in: folder, BallotBox.socketFile, mode: box.socketMode, path: box.folder)
        } catch let error as FileSystemError {
            throw BallotBox.Failure(message: "voters cannot reach this journey: \(error)")
        } catch let failure as BallotBox.Failure {
            throw failure
        } catch {
            throw BallotBox.Failure(message: "\(error)")
        }
        // A thread of its own: it waits for voters for as long as the round runs, which a dispatch worker should not.
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { server in
            Unmanaged<BallotServer>.fromOpaque(server!).takeRetainedValue().acceptVoters()
            return nil
        }, Unmanaged.passRetained(self).toOpaque())
        guard started == 0 else {
            close(listener)
            throw BallotBox.Failure(message: "voters cannot reach this journey: no thread to answer them (\(String(cString: strerror(started))))")
        }
        pthread_detach(thread)
    }

    /// The round voters are told of; nil refuses every ask (the round ended).
    public func set(_ round: VoteRound?) { state.withLock { $0.round = round } }

    /// Stops listening; the box's close removes the socket.
    public func stop() { state.withLock { $0.stopped = true } }

    private func acceptVoters() {
        defer { close(listener) }
        while !state.withLock({ $0.stopped }) {
            var ready = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 250) > 0 else { continue }
            guard let connection = UnixSocket.accept(listener) else { continue }
            DispatchQueue.global().async { self.serve(connection) }
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        UnixSocket.setPatience(connection, seconds: Self.patience)
        guard let peer = UnixSocket.peerUID(connection) else { return }
        let answer: VoteAnswer
        if let bytes = UnixSocket.readToEnd(connection, limit: Self.askLimit, deadline: Date() + Double(Self.patience)) {
            if let value = try? JSONParser.parse(bytes), let ask = try? VotingFiles.ask(value) {
                answer = self.answer(ask, from: peer)
            } else {
                answer = VoteAnswer(refused: "not an ask journey vote makes")
            }
        } else {
            answer = VoteAnswer(refused: "an ask of at most \(Self.askLimit >> 20) MB, sent within \(Self.patience) s, please")
        }
        if let bytes = try? JSONWriter.write(VotingFiles.json(answer)) { _ = UnixSocket.writeAll(connection, bytes) }
    }

    func answer(_ ask: VoteAsk, from peer: uid_t) -> VoteAnswer {
        let name = ask.participant
        if let problem = ParticipantName.problem(name) ?? VoterAccounts.problem(name, peer: peer, facilitator: facilitator) {
            return VoteAnswer(refused: problem)
        }
        // Held while a ballot is written: a reveal (set) waits for it, and no ballot lands after the reveal.
        return state.withLock { state -> VoteAnswer in
            guard let round = state.round else {
                if case .submit = ask { return VoteAnswer(refused: "no round is open") }
                return VoteAnswer()
            }
            guard case .submit(let ballot) = ask else { return VoteAnswer(round: round, mine: box.ballot(of: name)) }
            guard ballot.round == round.id, round.revealed == nil else {
                return VoteAnswer(round: round, mine: box.ballot(of: name), refused: "the round is closed or revealed; too late to change")
            }
            let broken = VoteRules.clipped(ballot, round: round).1
            guard broken.isEmpty else { return VoteAnswer(round: round, refused: "not within the round: " + broken.joined(separator: ", ")) }
            do throws(BallotBox.Failure) { try box.submit(ballot) } catch { return VoteAnswer(round: round, refused: error.message) }
            return VoteAnswer(round: round, mine: ballot)
        }
    }
}
