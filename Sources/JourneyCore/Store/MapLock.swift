import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Who has a map open: a small file `.NAME.lock` beside the real file (links
/// resolved, so every name of one file shares one lock). As git's lock files:
/// the holder's line is written to a file of its own, flushed, then linked to
/// the lock's name, which fails if the lock exists; so nobody ever sees a
/// half-written lock. A lock left by a process no longer running is stale and
/// cleared; one that is not journey's (`FileTrust`) is never believed.
public final class MapLock {
    public struct Holder: Error, Equatable, Sendable {
        public var pid: Int
        public var host: String
        public var user: String
        public var since: Date?
        /// The account that owns the file naming this holder, as the kernel says.
        public var owner: uid_t = geteuid()

        /// Whether that process still runs as the file's owner (on another host there is no telling, so yes).
        public var isRunning: Bool {
            guard host == ThisProcess.host else { return true }
            guard pid != ThisProcess.pid else { return false }
            return RunningProcess.runs(pid, as: owner)
        }

        /// Who, for a message: "ana@host, process 4242".
        public var who: String { "\(user)@\(host), process \(pid)" }

        static var me: Holder {
            Holder(pid: ThisProcess.pid, host: ThisProcess.host, user: ThisProcess.user,
                   since: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded()))
        }

        var line: String {
            "\(pid) \(since?.timeIntervalSince1970 ?? 0) \(host) \(user)\n"
        }
    }

    public let path: String
    private let fs: FileSystem
    private var held: Bool

    /// The lock this process holds, as a C string a signal handler can unlink
    /// (`TerminalRestore`): a hangup or SIGTERM then leaves no lock behind,
    /// which from another host would look held. Each string is made once and
    /// never freed, so a handler can never read freed memory. Kept as the
    /// string's address (0 for none): an Atomic of a pointer is not Sendable.
    public static let heldPath = Atomic<Int>(0)
    private var signalPath = 0

    private init(path: String, held: Bool, fileSystem: FileSystem) {
        self.path = path
        self.held = held
        fs = fileSystem
        if held {
            signalPath = Int(bitPattern: strdup(path))
            Self.heldPath.store(signalPath, ordering: .releasing)
        }
    }

    /// Takes the lock, clearing a stale one; or says who holds it. In a
    /// folder where no lock can be made, nobody can take one: that counts as
    /// taken. A file at the lock's name that is not journey's is cleared
    /// where the folder allows; where it does not (another account's, in a
    /// sticky folder), the map opens without a lock and `ignored` says why.
    public static func acquire(_ paths: MapPaths, fileSystem fs: FileSystem = PosixFileSystem.shared) -> Result<MapLock, Holder> {
        let me = Holder.me
        guard let (fd, own) = try? fs.createUnique(in: paths.folder, prefix: paths.lockPrefix, mode: 0o644) else {
            return .success(MapLock(path: paths.lock, held: false, fileSystem: fs))
        }
        defer { try? fs.unlink(own) }
        do {
            try fs.writeAndClose(fd, Array(me.line.utf8), path: own)
        } catch {
            return .success(MapLock(path: paths.lock, held: false, fileSystem: fs))
        }
        var refusal: FileTrust.Refusal?
        for _ in 0..<3 {
            do {
                try fs.link(own, paths.lock)
                return .success(MapLock(path: paths.lock, held: true, fileSystem: fs))
            } catch where error.code == EEXIST {
                do {
                    if let holder = try read(paths.lock, trust: FileTrust(paths, fileSystem: fs), fileSystem: fs),
                       holder.isRunning {
                        return .failure(holder)
                    }
                } catch {
                    refusal = error
                }
                try? fs.unlink(paths.lock)  // stale, unreadable, or not journey's
            } catch {
                break
            }
        }
        let lock = MapLock(path: paths.lock, held: false, fileSystem: fs)
        lock.ignored = refusal
        return .success(lock)
    }

    public static func acquire(mapPath: String) -> Result<MapLock, Holder> {
        acquire(MapPaths(mapPath))
    }

    /// The most a lock's line may be.
    static let limit = 4096

    /// Who holds the lock at `path`: nil when there is none or its line
    /// cannot be read; a refusal when the file is not journey's.
    static func read(_ path: String, trust: FileTrust, fileSystem fs: FileSystem) throws(FileTrust.Refusal) -> Holder? {
        guard let (fd, info) = try trust.open(path, limit: limit, fileSystem: fs) else { return nil }
        defer { try? fs.close(fd, path: path) }
        guard let bytes = try? fs.readAll(fd, path: path, limit: limit) else { return nil }
        let words = String(decoding: bytes, as: UTF8.self).split(separator: " ", maxSplits: 3)
            .map { $0.trimmingWhitespace() }
        guard words.count == 4, let pid = Int(words[0]) else { return nil }
        return Holder(pid: pid, host: words[2], user: words[3], since: Double(words[1]).map(Date.init(timeIntervalSince1970:)),
                      owner: info.st_uid)
    }

    /// Who holds the lock of this map now, if anyone running does.
    public static func holder(of paths: MapPaths, fileSystem fs: FileSystem = PosixFileSystem.shared) -> Holder? {
        (try? read(paths.lock, trust: FileTrust(paths, fileSystem: fs), fileSystem: fs))?.flatMap { $0.isRunning ? $0 : nil }
    }

    public var isHeld: Bool { held }
    /// A file at the lock's name that is not journey's and could not be cleared.
    public private(set) var ignored: FileTrust.Refusal?

    public func release() {
        guard held else { return }
        held = false
        _ = Self.heldPath.compareExchange(expected: signalPath, desired: 0, ordering: .acquiringAndReleasing)
        if let holder = try? Self.read(path, trust: .mine, fileSystem: fs), holder.pid == ThisProcess.pid,
           holder.host == ThisProcess.host {
            try? fs.unlink(path)
        }
    }
}
