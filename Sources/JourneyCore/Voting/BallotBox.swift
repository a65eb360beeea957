import FoundationEssentials
import Glibc

/// The folder beside a map that holds an open voting round (`round.json`)
/// and one ballot file per participant. Every file is written whole to a
/// new name and renamed into place, so many voters at once lose nothing and
/// a crash on any side leaves each ballot as last submitted. Nothing is read
/// or written through a link planted in the folder. The map itself is never
/// touched, nor its lock.
public final class BallotBox {
    public let folder: String
    /// The map's name, for messages.
    public let mapName: String
    /// The map's real path: who may read it may vote.
    let map: String
    let fs: FileSystem

    public static let roundFile = "round.json"
    static let limit = 64 << 20

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

    // MARK: the round

    /// Opens a round: the folder (made if needed, refused if something else
    /// is there), old ballots cleared, then `round.json`.
    public func open(_ round: VoteRound) throws(Failure) {
        do {
            let info = try fs.lstat(folder)
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw Failure(message: "\(folder) is in the way: it is not a folder; move it away and start the round again")
            }
        } catch let error as FileSystemError where error.code == ENOENT {
            do {
                try fs.mkdir(folder, 0o700)
                try shareWithTheMapsReaders()
            } catch {
                throw Failure(message: "cannot make the voting folder \(folder): \(error.reason)")
            }
        } catch let error as FileSystemError {
            throw Failure(message: "cannot look at \(folder): \(error.reason)")
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(message: "\(error)")
        }
        for name in ballotFiles() { try? fs.unlink(folder + "/" + name) }
        try write(VotingFiles.json(round), to: Self.roundFile)
    }

    /// Participants on a shared host are often other accounts: whoever may
    /// read the map may write a ballot (the umask aside). The sticky bit, as
    /// on /tmp, keeps each account's ballots its own; the facilitator, who
    /// owns the folder, may still clear it.
    func shareWithTheMapsReaders() throws(FileSystemError) {
        let fd = try fs.open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW, 0)
        defer { try? fs.close(fd, path: folder) }
        let readers = mapReaders
        try fs.fchmod(fd, S_ISVTX | 0o700 | readers | (readers >> 1) | (readers >> 2), path: folder)
    }

    /// The map's read bits for its group and others.
    var mapReaders: mode_t { ((try? fs.lstat(map).st_mode) ?? 0o600) & 0o044 }

    /// Rewrites `round.json` (to mark it revealed).
    public func update(_ round: VoteRound) throws(Failure) {
        try write(VotingFiles.json(round), to: Self.roundFile)
    }

    public func round() -> RoundState {
        switch readJSON(Self.roundFile) {
        case .missing: return .none
        case .damaged(let why): return .damaged(why)
        case .value(let value):
            do { return .open(try VotingFiles.round(value)) } catch {
                return .damaged("\(folder)/\(Self.roundFile): \(error)")
            }
        }
    }

    /// Ends the round: the ballots and `round.json` go, then the folder if empty.
    public func close() {
        for name in ballotFiles() { try? fs.unlink(folder + "/" + name) }
        try? fs.unlink(folder + "/" + Self.roundFile)
        _ = rmdir(folder)
    }

    // MARK: ballots

    /// Writes the participant's ballot whole, replacing the one before.
    public func submit(_ ballot: Ballot) throws(Failure) {
        if let problem = ParticipantName.problem(ballot.participant) { throw Failure(message: problem) }
        let name = ParticipantName.fileName(ballot.participant)
        // A name so long it shares a file name with another: never overwrite someone else.
        if case .value(let value) = readJSON(name), let other = try? VotingFiles.ballot(value), other.participant != ballot.participant {
            throw Failure(message: "another participant's ballot has this file; vote under another name")
        }
        try write(VotingFiles.json(ballot), to: name)
    }

    /// The participant's ballot, if one was submitted.
    public func ballot(of participant: String) -> Ballot? {
        guard case .value(let value) = readJSON(ParticipantName.fileName(participant)),
              let ballot = try? VotingFiles.ballot(value), ballot.participant == participant else { return nil }
        return ballot
    }

    /// Every ballot in the folder, and the files that could not be read (in words).
    public func ballots() -> BallotReport {
        var report = BallotReport()
        for name in ballotFiles().sorted() {
            switch readJSON(name) {
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

    func readJSON(_ name: String) -> Read {
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
            let bytes = try fs.readAll(fd, path: path, limit: Self.limit)
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
            // Readable by the map's readers whatever the umask: the round by voters, a ballot by the facilitator.
            try? fs.fchmod(fd, 0o600 | mapReaders, path: temporary)
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
            // In the sticky voting folder only its owner may replace a file.
            if error.code == EPERM || error.code == EACCES {
                throw Failure(message: "another account owns \(name) in \(folder); vote under your own name")
            }
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
