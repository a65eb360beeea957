import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyJSON

/// A voter's side of `vote.sock`: one ask, one answer, and only from a
/// journey that owns the voting folder it listens in. A voter never reads
/// the folder's files.
public struct BallotClient: Sendable {
    public let folder: String

    /// The round lists the map's items, so its answer may be large.
    static let answerLimit = 64 << 20
    static let patience = 5

    public init(paths: MapPaths) {
        folder = paths.votes
    }

    public enum Outcome: Equatable, Sendable {
        case answered(VoteAnswer)
        /// No facilitator's journey answered: why, in words.
        case unanswered(String)
    }

    public func ask(_ ask: VoteAsk) -> Outcome {
        let folderFD: Int32
        do { folderFD = try UnixSocket.openFolder(folder) } catch {
            return .unanswered(error.code == ENOENT ? "no round has been opened on this map" : "cannot reach \(folder): \(error.reason)")
        }
        defer { close(folderFD) }
        let fd: Int32
        do { fd = try UnixSocket.connect(in: folderFD, BallotBox.socketFile, path: folder) } catch {
            return .unanswered("no journey has the map open with a round")
        }
        defer { close(fd) }
        // Nobody's socket but the folder owner's hears a ballot: another account may have made the folder.
        guard let info = UnixSocket.folderInfo(folderFD), let server = UnixSocket.peerUID(fd),
              VotingFolder.trust(of: info, owner: server) == .trusted else {
            return .unanswered("\(folder) is not a facilitator's voting folder; ask the facilitator to :vote start again")
        }
        UnixSocket.setPatience(fd, seconds: Self.patience)
        guard let request = try? JSONWriter.write(VotingFiles.json(ask)), UnixSocket.writeAll(fd, request) else {
            return .unanswered("the facilitator's journey took no ask")
        }
        shutdown(fd, Int32(SHUT_WR))
        guard let bytes = UnixSocket.readToEnd(fd, limit: Self.answerLimit, deadline: Date() + Double(Self.patience)),
              let value = try? JSONParser.parse(bytes), let answer = try? VotingFiles.answer(value) else {
            return .unanswered("the facilitator's journey did not answer")
        }
        return .answered(answer)
    }
}
