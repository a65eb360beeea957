import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whose files beside a map journey believes. A lock, a journal or a lead
/// is believed only when the kernel says it belongs to the map's owner, to
/// the account running this journey or to root (who needs no file to do
/// harm): the pid, user and host a file names are its own words, which
/// anyone could write. Each is opened without following a link or waiting
/// on a pipe, and checked on the descriptor opened: a regular file,
/// writable by its owner alone, no larger than it may be.
public struct FileTrust: Sendable {
    /// The accounts whose files are believed.
    public let owners: Set<uid_t>

    public init(_ paths: MapPaths, fileSystem fs: FileSystem = PosixFileSystem.shared) {
        var owners: Set<uid_t> = [geteuid(), 0]
        if let map = try? fs.lstat(paths.real) { owners.insert(map.st_uid) }
        self.owners = owners
    }

    init(owners: Set<uid_t>) {
        self.owners = owners
    }

    /// Only this account's files: what it wrote itself.
    static var mine: FileTrust { FileTrust(owners: [geteuid()]) }

    /// Why a file beside the map is not believed.
    public struct Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String

        public var description: String { "\(path) is ignored: \(reason)" }
    }

    /// Opens `path` for reading if it is a file to believe; nil when there is
    /// none. The caller closes the descriptor.
    func open(_ path: String, limit: Int, fileSystem fs: FileSystem) throws(Refusal) -> (fd: Int32, info: stat)? {
        let fd: Int32
        do {
            fd = try fs.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK, 0)
        } catch {
            if error.code == ENOENT { return nil }
            throw Refusal(path: path, reason: error.code == ELOOP ? Self.link : error.reason)
        }
        do throws(Refusal) {
            let info: stat
            do {
                info = try fs.fstat(fd, path: path)
            } catch {
                throw Refusal(path: path, reason: error.reason)
            }
            if let reason = refusal(of: info, limit: limit) { throw Refusal(path: path, reason: reason) }
            return (fd, info)
        } catch {
            try? fs.close(fd, path: path)
            throw error
        }
    }

    /// Why a file with this `stat` (or `lstat`) is not believed; nil when it is.
    func refusal(of info: stat, limit: Int) -> String? {
        if info.st_mode & S_IFMT == S_IFLNK { return Self.link }
        if info.st_mode & S_IFMT == S_IFDIR { return "it is a folder" }
        if info.st_mode & S_IFMT != S_IFREG { return "it is not a regular file" }
        if !owners.contains(info.st_uid) {
            return "it belongs to \(ThisProcess.accountLabel(info.st_uid)), not to the map's owner or to you"
        }
        if info.st_mode & (S_IWGRP | S_IWOTH) != 0 { return "others may write it" }
        if Int(info.st_size) > limit { return "\(info.st_size) bytes is more than such a file may be" }
        return nil
    }

    private static let link = "it is a link, not a file journey wrote"
}

/// Whether a process a trusted file names still runs, as the kernel tells:
/// it exists, is not a zombie, and runs as the account that owns the file.
/// A process of another account (kill's EPERM) is not proof of anything:
/// pid 1 always runs.
enum RunningProcess {
    static func runs(_ pid: Int, as owner: uid_t) -> Bool {
        guard pid > 0, pid <= Int(Int32.max) else { return false }
        var info = stat()
        guard stat("/proc/\(pid)", &info) == 0, info.st_uid == owner else { return false }
        // A zombie (dead, not yet collected by its parent) is not running.
        if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") {
            return !stat[close...].hasPrefix(") Z")
        }
        return true
    }
}
