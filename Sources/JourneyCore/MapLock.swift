import FoundationEssentials
import Glibc
import Synchronization

/// Who has a map open: a small file `.NAME.lock` beside the real file (links
/// resolved, so every name of one file shares one lock). As git's lock files:
/// the holder's line is written to a file of its own, flushed, then linked to
/// the lock's name, which fails if the lock exists; so nobody ever sees a
/// half-written lock. A lock left by a process no longer running is stale and cleared.
public final class MapLock {
    public struct Holder: Error, Equatable, Sendable {
        public var pid: Int
        public var host: String
        public var user: String
        public var since: Date?

        public init(pid: Int, host: String, user: String, since: Date?) {
            self.pid = pid
            self.host = host
            self.user = user
            self.since = since
        }

        /// Whether that process still runs (on another host there is no telling, so yes).
        public var isRunning: Bool {
            guard host == ThisProcess.host else { return true }
            guard pid != ThisProcess.pid else { return false }
            guard kill(pid_t(pid), 0) == 0 || errno == EPERM else { return false }
            // A zombie (dead, not yet collected by its parent) is not running.
            if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") {
                return !stat[close...].hasPrefix(") Z")
            }
            return true
        }

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
    /// folder where no lock can be made, nobody can take one: that counts as taken.
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
        for _ in 0..<3 {
            do {
                try fs.link(own, paths.lock)
                return .success(MapLock(path: paths.lock, held: true, fileSystem: fs))
            } catch where error.code == EEXIST {
                if let holder = read(paths.lock, fileSystem: fs), holder.isRunning { return .failure(holder) }
                try? fs.unlink(paths.lock)  // stale, or unreadable
            } catch {
                break
            }
        }
        return .success(MapLock(path: paths.lock, held: false, fileSystem: fs))
    }

    public static func acquire(mapPath: String) -> Result<MapLock, Holder> {
        acquire(MapPaths(mapPath))
    }

    /// Who holds the lock at `path`, if it can be read.
    static func read(_ path: String, fileSystem fs: FileSystem) -> Holder? {
        guard let fd = try? fs.open(path, O_RDONLY | O_NOFOLLOW, 0) else { return nil }
        defer { try? fs.close(fd, path: path) }
        guard let bytes = try? fs.readAll(fd, path: path, limit: 4096) else { return nil }
        let words = String(decoding: bytes, as: UTF8.self).split(separator: " ", maxSplits: 3)
            .map { $0.trimmingWhitespace() }
        guard words.count == 4, let pid = Int(words[0]) else { return nil }
        return Holder(pid: pid, host: words[2], user: words[3], since: Double(words[1]).map(Date.init(timeIntervalSince1970:)))
    }

    /// Who holds the lock of this map now, if anyone running does.
    public static func holder(of paths: MapPaths, fileSystem fs: FileSystem = PosixFileSystem.shared) -> Holder? {
        read(paths.lock, fileSystem: fs).flatMap { $0.isRunning ? $0 : nil }
    }

    public var isHeld: Bool { held }

    public func release() {
        guard held else { return }
        held = false
        _ = Self.heldPath.compareExchange(expected: signalPath, desired: 0, ordering: .acquiringAndReleasing)
        if let holder = Self.read(path, fileSystem: fs), holder.pid == ThisProcess.pid, holder.host == ThisProcess.host {
            try? fs.unlink(path)
        }
    }
}
