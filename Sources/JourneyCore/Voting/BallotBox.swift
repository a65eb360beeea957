import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyJSON

/// The facilitator's voting folder beside a map: the open round
/// (`round.json`), one ballot file per participant and `vote.sock`, through
/// which voters reach the facilitator's journey (see `BallotServer`). Only the
/// facilitator's account writes in it or reads its files; a folder that is not
/// the facilitator's (`VotingFolder`) is never used. Every file is written
/// whole to a new name and renamed into place, so a crash on any side leaves
/// each ballot as last submitted. Nothing is read or written through a link
/// planted in the folder. The map itself is never touched, nor its lock.
public final class BallotBox {
    public let folder: String
    /// The map's name, for messages.
    public let mapName: String
    /// The map's real path: who may read it may vote.
    let map: String
    let fs: FileSystem

    public static let roundFile = "round.json"
    public static let socketFile = "vote.sock"
    /// The round lists the map's items; a ballot holds at most a budget's worth of dots.
    static let roundLimit = 64 << 20
    static let ballotLimit = 1 << 20
    /// The most ballot files read: far more people than a room holds.
    static let mostBallots = 10_000

    public init(paths: MapPaths, fileSystem: FileSystem = PosixFileSystem.shared) {
        folder = paths.votes
        mapName = paths.given
        map = paths.real
        fs = fileSystem
    }

    /// Why a voting file could not be written or read: what, where, and what to do.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
        public init(message: String) { self.message = message }
    }

    /// What the folder says of the round.
    public enum RoundState: Equatable, Sendable {
        case none
        case open(VoteRound)
        case damaged(String)
    }

    public var trust: VotingFolder.Trust { VotingFolder.trust(at: folder, fileSystem: fs) }

    /// Whether the folder is there and this account's; nothing is read from any other.
    var isTrusted: Bool { trust == .trusted }

    // MARK: the round

    /// Opens a round: the folder (made if needed, refused if anything not
    /// this account's is there), old ballots cleared, then `round.json`.
    public func open(_ round: VoteRound) throws(Failure) {
        switch trust {
        case .trusted: break
        case .untrusted(let what):
            throw Failure(message: "\(folder) is in the way: it is \(what), not made by your journey; "
                + "move it away (its owner or root can) and :vote start again")
        case .absent:
            do {
                try fs.mkdir(folder, 0o700)
                let fd = try fs.open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW, 0)
                defer { try? fs.close(fd, path: folder) }
                // Whatever the umask: voters pass through to vote.sock, nobody else lists or writes.
                try fs.fchmod(fd, VotingFolder.mode, path: folder)
            } catch {
                throw Failure(message: "cannot make the voting folder \(folder): \(error.reason)")
            }
        }
        for name in ballotFiles() { try? fs.unlink(folder + "/" + name) }
        try write(VotingFiles.json(round), to: Self.roundFile)
    }

    /// The socket's mode: whoever may read the map may vote (read and write on a socket is connect).
    var socketMode: mode_t {
        let readers = ((try? fs.lstat(map).st_mode) ?? 0o600) & 0o044
        return 0o600 | readers | (readers >> 1)
    }

    /// Rewrites `round.json` (to mark it revealed).
    public func update(_ round: VoteRound) throws(Failure) {
        try write(VotingFiles.json(round), to: Self.roundFile)
    }

    public func round() -> RoundState {
        guard isTrusted else { return .none }
        switch readJSON(Self.roundFile, limit: Self.roundLimit) {
        case .missing: return .none
        case .damaged(let why): return .damaged(why)
        case .value(let value):
            do { return .open(try VotingFiles.round(value)) } catch {
                return .damaged("\(folder)/\(Self.roundFile): \(error)")
            }
        }
    }

    /// Ends the round: the ballots, `round.json` and `vote.sock` go, then the folder.
    public func close() {
        guard isTrusted else { return }
        for name in ballotFiles() + [Self.roundFile, Self.socketFile] { try? fs.unlink(folder + "/" + name) }
        _ = rmdir(folder)
    }

    // MARK: ballots

    /// Writes the participant's ballot whole, replacing the one before.
    public func submit(_ ballot: Ballot) throws(Failure) {
        if let problem = ParticipantName.problem(ballot.participant) { throw Failure(message: problem) }
        let name = ParticipantName.fileName(ballot.participant)
        // A name so long it shares a file name with another: never overwrite someone else.
        if case .value(let value) = readJSON(name, limit: Self.ballotLimit), let other = try? VotingFiles.ballot(value), other.participant != ballot.participant {
            throw Failure(message: "another participant's ballot has this file; vote under another name")
        }
        try write(VotingFiles.json(ballot), to: name)
    }

    /// The participant's ballot, if one was submitted.
    public func ballot(of participant: String) -> Ballot? {
        guard isTrusted, case .value(let value) = readJSON(ParticipantName.fileName(participant), limit: Self.ballotLimit),
              let ballot = try? VotingFiles.ballot(value), ballot.participant == participant else { return nil }
        return ballot
    }

    /// Every ballot in the folder, and the files that could not be read (in words).
    public func ballots() -> BallotReport {
        var report = BallotReport()
        guard isTrusted else { return report }
        let names = ballotFiles().sorted()
        if names.count > Self.mostBallots {
            report.damaged.append("\(folder): \(names.count) ballots, more than \(Self.mostBallots); the rest are not read")
        }
        for name in names.prefix(Self.mostBallots) {
            switch readJSON(name, limit: Self.ballotLimit) {
            case .missing: continue
            case .damaged(let why): report.damaged.append(why)
            case .value(let value):
                do {
                    let ballot = try VotingFiles.ballot(value)
                    guard ParticipantName.fileName(ballot.participant) == name else {
                        report.damaged.append("\(folder)/\(name): it names \(ballot.participant.debugDescription), whose ballot is another file")
                        continue
                    }
                    report.ballots.append(ballot)
                } catch {
                    report.damaged.append("\(folder)/\(name): \(error)")
                }
            }
        }
        return report
    }

    /// A cheap look at the folder: it changes when a ballot or the round is renamed in.
    public func stamp() -> FolderStamp? {
        guard let info = try? fs.lstat(folder), info.st_mode & S_IFMT == S_IFDIR else { return nil }
        return FolderStamp(inode: UInt64(info.st_ino), seconds: info.st_mtim.tv_sec, nanos: info.st_mtim.tv_nsec)
    }

    // MARK: files

    func ballotFiles() -> [String] {
        ((try? fs.contentsOfFolder(folder)) ?? []).filter { $0.hasPrefix("ballot-") && $0.hasSuffix(".json") }
    }

    enum Read {
        case missing
        case damaged(String)
        case value(JSONValue)
    }

    func readJSON(_ name: String, limit: Int) -> Read {
        let path = folder + "/" + name
        let fd: Int32
        do {
            fd = try fs.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK, 0)
        } catch {
            if error.code == ENOENT || error.code == ENOTDIR { return .missing }
            if error.code == ELOOP { return .damaged("\(path) is a link, not a file journey wrote; it is ignored") }
            return .damaged("cannot read \(path): \(error.reason)")
        }
        defer { try? fs.close(fd, path: path) }
        do {
            let info = try fs.fstat(fd, path: path)
            guard info.st_mode & S_IFMT == S_IFREG else { return .damaged("\(path) is not a regular file; it is ignored") }
            let bytes = try fs.readAll(fd, path: path, limit: limit)
            do { return .value(try JSONParser.parse(bytes)) } catch {
                return .damaged("\(path) is damaged (\(error)); it is ignored")
            }
        } catch {
            return .damaged("cannot read \(path): \(error.reason)")
        }
    }

    /// A new file beside the old one, flushed, then renamed over it (never
    /// through a link: rename replaces the link itself), then the folder flushed.
    func write(_ value: JSONValue, to name: String) throws(Failure) {
        let target = folder + "/" + name
        guard let bytes = try? JSONWriter.write(value) else { throw Failure(message: "cannot write \(target): not JSON") }
        let fd: Int32, temporary: String
        do {
            (fd, temporary) = try fs.createUnique(in: folder, prefix: ".tmp-", mode: 0o600)
        } catch {
            let hint = error.code == ENOENT ? "; no round is open" : ""
            throw Failure(message: "cannot write in \(folder): \(error.reason)\(hint)")
        }
        do {
            try fs.writeAndClose(fd, bytes, path: temporary)
        } catch {
            try? fs.unlink(temporary)
            throw Failure(message: "cannot write \(target): \(error.reason)")
        }
        do { try fs.rename(temporary, target) } catch {
            try? fs.unlink(temporary)
            throw Failure(message: "cannot write \(target): \(error.reason)")
        }
        if let dir = try? fs.open(folder, O_RDONLY | O_DIRECTORY, 0) {
            try? fs.fsync(dir, path: folder)
            try? fs.close(dir, path: folder)
        }
    }
}

/// The ballots read from the folder, and what could not be read.
public struct BallotReport: Equatable, Sendable {
    public var ballots: [Ballot] = []
    /// One line per file ignored: where and why.
    public var damaged: [String] = []

    public init(ballots: [Ballot] = [], damaged: [String] = []) {
        self.ballots = ballots
        self.damaged = damaged
    }
}

/// What `lstat` says of the voting folder, enough to notice a file renamed in.
public struct FolderStamp: Equatable, Sendable {
    var inode: UInt64
    var seconds: Int
    var nanos: Int
}
