import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed file-system call: which one, on what, and the errno it gave.
public struct FileSystemError: Error, Equatable, Sendable, CustomStringConvertible {
    public var code: Int32
    public var operation: String
    public var path: String

    public var reason: String { String(cString: strerror(code)) }
    public var description: String { "\(operation) \(path): \(reason)" }
}

/// Every call the store, the journal and the lock make to the disk goes
/// through here, so a test can fail any one of them (ENOSPC, EIO, EACCES)
/// or stop the world right after it, as a kill would. `PosixFileSystem` is
/// the real one. Paths are only for opening and naming; an open file is
/// reached by its descriptor, so nothing is looked up twice.
public protocol FileSystem: AnyObject {
    func open(_ path: String, _ flags: Int32, _ mode: mode_t) throws(FileSystemError) -> Int32
    /// Up to `count` bytes from the descriptor's position; empty at the end.
    func read(_ fd: Int32, _ count: Int, path: String) throws(FileSystemError) -> [UInt8]
    /// All of `bytes` at `offset` (pwrite, repeated until done).
    func write(_ fd: Int32, _ bytes: [UInt8], at offset: Int, path: String) throws(FileSystemError)
    func fsync(_ fd: Int32, path: String) throws(FileSystemError)
    func truncate(_ fd: Int32, _ length: Int, path: String) throws(FileSystemError)
    func fchown(_ fd: Int32, _ owner: uid_t, _ group: gid_t, path: String) throws(FileSystemError)
    func fchmod(_ fd: Int32, _ mode: mode_t, path: String) throws(FileSystemError)
    func fstat(_ fd: Int32, path: String) throws(FileSystemError) -> stat
    func close(_ fd: Int32, path: String) throws(FileSystemError)
    func rename(_ from: String, _ to: String) throws(FileSystemError)
    func link(_ from: String, _ to: String) throws(FileSystemError)
    func unlink(_ path: String) throws(FileSystemError)
    func mkdir(_ path: String, _ mode: mode_t) throws(FileSystemError)
    /// What is at `path` itself, a link not followed.
    func lstat(_ path: String) throws(FileSystemError) -> stat
    func readlink(_ path: String) throws(FileSystemError) -> String
    func realpath(_ path: String) throws(FileSystemError) -> String
    func contentsOfFolder(_ path: String) throws(FileSystemError) -> [String]
}

/// The real file system, through POSIX calls.
public final class PosixFileSystem: FileSystem, Sendable {
    public static let shared = PosixFileSystem()

    public init() {}

    private func fail(_ operation: String, _ path: String) -> FileSystemError {
        FileSystemError(code: errno, operation: operation, path: path)
    }

    public func open(_ path: String, _ flags: Int32, _ mode: mode_t) throws(FileSystemError) -> Int32 {
        while true {
            let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
            if fd >= 0 { return fd }
            if errno != EINTR { throw fail("open", path) }
        }
    }

    public func read(_ fd: Int32, _ count: Int, path: String) throws(FileSystemError) -> [UInt8] {
        while true {
            var failed = false
            let buffer = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
                let n = Glibc.read(fd, buffer.baseAddress!, count)
                initialized = max(n, 0)
                failed = n < 0
            }
            if !failed { return buffer }
            if errno != EINTR { throw fail("read", path) }
        }
    }

    public func write(_ fd: Int32, _ bytes: [UInt8], at offset: Int, path: String) throws(FileSystemError) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, $0.count - done, off_t(offset + done)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw fail("write", path)
            }
            done += n
        }
    }

    public func fsync(_ fd: Int32, path: String) throws(FileSystemError) {
        if Glibc.fsync(fd) != 0 { throw fail("fsync", path) }
    }

    public func truncate(_ fd: Int32, _ length: Int, path: String) throws(FileSystemError) {
        if ftruncate(fd, off_t(length)) != 0 { throw fail("truncate", path) }
    }

    public func fchown(_ fd: Int32, _ owner: uid_t, _ group: gid_t, path: String) throws(FileSystemError) {
        if Glibc.fchown(fd, owner, group) != 0 { throw fail("fchown", path) }
    }

    public func fchmod(_ fd: Int32, _ mode: mode_t, path: String) throws(FileSystemError) {
        if Glibc.fchmod(fd, mode) != 0 { throw fail("fchmod", path) }
    }

    public func fstat(_ fd: Int32, path: String) throws(FileSystemError) -> stat {
        var info = stat()
        if Glibc.fstat(fd, &info) != 0 { throw fail("fstat", path) }
        return info
    }

    public func close(_ fd: Int32, path: String) throws(FileSystemError) {
        // After a failed close the descriptor is gone all the same (Linux): never retry.
        if Glibc.close(fd) != 0 { throw fail("close", path) }
    }

    public func rename(_ from: String, _ to: String) throws(FileSystemError) {
        if Glibc.rename(from, to) != 0 { throw fail("rename", to) }
    }

    public func link(_ from: String, _ to: String) throws(FileSystemError) {
        if Glibc.link(from, to) != 0 { throw fail("link", to) }
    }

    public func unlink(_ path: String) throws(FileSystemError) {
        if Glibc.unlink(path) != 0 { throw fail("unlink", path) }
    }

    public func mkdir(_ path: String, _ mode: mode_t) throws(FileSystemError) {
        if Glibc.mkdir(path, mode) != 0 { throw fail("mkdir", path) }
    }

    public func lstat(_ path: String) throws(FileSystemError) -> stat {
        var info = stat()
        if Glibc.lstat(path, &info) != 0 { throw fail("lstat", path) }
        return info
    }

    public func readlink(_ path: String) throws(FileSystemError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = Glibc.readlink(path, &buffer, buffer.count - 1)
        if n < 0 { throw fail("readlink", path) }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public func realpath(_ path: String) throws(FileSystemError) -> String {
        guard let resolved = Glibc.realpath(path, nil) else { throw fail("realpath", path) }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public func contentsOfFolder(_ path: String) throws(FileSystemError) -> [String] {
        guard let folder = opendir(path) else { throw fail("opendir", path) }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}

extension FileSystem {
    /// Reads a whole open file, refusing more than `limit` bytes. With the
    /// size `fstat` gave, a regular file comes in one read (and one more to
    /// see its end) instead of growing the buffer a chunk at a time.
    func readAll(_ fd: Int32, path: String, limit: Int, expected: Int = 0) throws(FileSystemError) -> [UInt8] {
        var bytes = expected > 0 ? try read(fd, min(expected, limit) + 1, path: path) : []
        if bytes.count > limit { throw FileSystemError(code: EFBIG, operation: "read", path: path) }
        if expected > 0 && bytes.isEmpty { return bytes }
        while true {
            let chunk = try read(fd, 1 << 16, path: path)
            if chunk.isEmpty { return bytes }
            bytes += chunk
            if bytes.count > limit { throw FileSystemError(code: EFBIG, operation: "read", path: path) }
        }
    }

    /// Makes a new file `folder/prefix<random>` that no one else can have
    /// prepared: O_EXCL and O_NOFOLLOW, an unpredictable name (as mkstemp),
    /// and a check that what was opened is a regular file with one link.
    func createUnique(in folder: String, prefix: String, mode: mode_t) throws(FileSystemError) -> (fd: Int32, path: String) {
        var lastError = FileSystemError(code: EEXIST, operation: "open", path: folder + "/" + prefix)
        for _ in 0..<16 {
            let path = folder + "/" + prefix + RandomName.make()
            do {
                let fd = try createExclusive(path, mode: mode)
                return (fd, path)
            } catch {
                lastError = error
                if error.code != EEXIST { throw error }
            }
        }
        throw lastError
    }

    /// Opens a new file at exactly `path`, never through a link, never one that was there.
    func createExclusive(_ path: String, mode: mode_t) throws(FileSystemError) -> Int32 {
        let fd = try open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW, mode)
        do throws(FileSystemError) {
            let info = try fstat(fd, path: path)
            guard info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1 else {
                throw FileSystemError(code: EEXIST, operation: "open", path: path)
            }
            return fd
        } catch {
            try? close(fd, path: path)
            throw error
        }
    }
}

/// Unpredictable file-name parts, so nobody can plant a link where journey will write.
enum RandomName {
    static let alphabet = Array("abcdefghijkmnopqrstuvwxyz23456789".utf8)

    static func make(length: Int = 12) -> String {
        var generator = SystemRandomNumberGenerator()
        return String(decoding: (0..<length).map { _ in alphabet.randomElement(using: &generator)! }, as: UTF8.self)
    }
}
