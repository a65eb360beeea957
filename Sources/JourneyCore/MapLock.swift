import Foundation

/// Who has a map open: a small file `.NAME.lock` beside it, made with
/// O_EXCL so two journeys cannot both take it. A lock left by a process that
/// is no longer running (a crash, a kill -9) is stale and is cleared.
public final class MapLock {
    public struct Holder: Error, Equatable, Sendable {
        public var pid: Int
        public var host: String
        public var user: String
        public var since: Date?

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
    }

    public let path: String
    private var held = true

    private init(path: String) { self.path = path }

    public static func path(for mapPath: String) -> String {
        let url = URL(fileURLWithPath: mapPath)
        return url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".lock").path
    }

    /// Takes the lock, clearing a stale one; or says who holds it.
    public static func acquire(mapPath: String) -> Result<MapLock, Holder> {
        let path = path(for: mapPath)
        for _ in 0..<3 {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 {
                let text = "\(ThisProcess.pid) \(Date().timeIntervalSince1970.rounded()) \(ThisProcess.host) \(ThisProcess.user)\n"
                _ = text.withCString { write(fd, $0, strlen($0)) }
                fsync(fd)
                close(fd)
                return .success(MapLock(path: path))
            }
            guard errno == EEXIST else { break }
            guard let holder = read(path: path) else {
                unlink(path)  // unreadable or empty: left by a journey killed while writing it
                continue
            }
            if holder.isRunning { return .failure(holder) }
            unlink(path)  // stale
        }
        // A folder we cannot write in: no lock to take, and nobody else can take one either.
        return .success(MapLock(path: path))
    }

    static func read(path: String) -> Holder? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let words = text.split(separator: " ", maxSplits: 3).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard words.count == 4, let pid = Int(words[0]) else { return nil }
        return Holder(pid: pid, host: words[2], user: words[3], since: Double(words[1]).map(Date.init(timeIntervalSince1970:)))
    }

    public func release() {
        guard held else { return }
        held = false
        if let holder = Self.read(path: path), holder.pid == ThisProcess.pid { unlink(path) }
    }
}
