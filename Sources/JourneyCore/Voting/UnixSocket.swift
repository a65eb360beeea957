import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unix stream sockets in the voting folder. The socket is bound and reached
/// through `/proc/self/fd/N/NAME`, N the folder opened without following a
/// link, so a deep map path stays within `sun_path`'s 108 bytes and the
/// socket is the one in that folder. Sends never raise SIGPIPE.
enum UnixSocket {
    /// O_PATH, which Glibc's Swift module leaves out: a folder opened to reach into, needing no read permission.
    static let pathOnly: Int32 = 0o10_000_000

    /// struct ucred, which Glibc's Swift module leaves out.
    struct Credentials {
        var pid: pid_t = 0
        var uid: uid_t = 0
        var gid: gid_t = 0
    }

    /// The folder, opened for reaching into only (no read permission needed), never through a link.
    static func openFolder(_ path: String) throws(FileSystemError) -> Int32 {
        let fd = Glibc.open(path, pathOnly | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError(code: errno, operation: "open", path: path) }
        return fd
    }

    static func folderInfo(_ fd: Int32) -> stat? {
        var info = stat()
        return fstat(fd, &info) == 0 ? info : nil
    }

    /// A listening socket `name` in the folder, with `mode`; one left there by a journey that ended is replaced.
    static func listen(in folder: Int32, _ name: String, mode: mode_t, path: String) throws(FileSystemError) -> Int32 {
        let fd = try stream(path)
        do {
            unlinkat(folder, name, 0)
            try call("bind", path, withAddress(folder, name) { bind(fd, $0, $1) })
            try call("chmod", path, fchmodat(folder, name, mode, 0))
            try call("listen", path, Glibc.listen(fd, 64))
        } catch {
            close(fd)
            throw error
        }
        return fd
    }

    static func connect(in folder: Int32, _ name: String, path: String) throws(FileSystemError) -> Int32 {
        let fd = try stream(path)
        do { try call("connect", path, withAddress(folder, name) { Glibc.connect(fd, $0, $1) }) } catch {
            close(fd)
            throw error
        }
        return fd
    }

    /// The account of the process at the other end, as the kernel knows it.
    static func peerUID(_ fd: Int32) -> uid_t? {
        var credentials = Credentials()
        var length = socklen_t(MemoryLayout<Credentials>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0 else { return nil }
        return credentials.uid
    }

    /// Each read and write waits at most this long.
    static func setPatience(_ fd: Int32, seconds: Int) {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Everything up to the other end's shutdown, or nil when more than `limit` bytes come or `deadline` passes first.
    static func readToEnd(_ fd: Int32, limit: Int, deadline: Date) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while Date() < deadline {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n == 0 { return bytes }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            bytes += chunk[..<n]
            if bytes.count > limit { return nil }
        }
        return nil
    }

    static func accept(_ listener: Int32) -> Int32? {
        let fd = Glibc.accept(listener, nil, nil)
        guard fd >= 0 else { return nil }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        return fd
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }

    private static func stream(_ path: String) throws(FileSystemError) -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw FileSystemError(code: errno, operation: "socket", path: path) }
        return fd
    }

    private static func call(_ operation: String, _ path: String, _ result: Int32) throws(FileSystemError) {
        guard result == 0 else { throw FileSystemError(code: errno, operation: operation, path: path) }
    }

    private static func withAddress(_ folder: Int32, _ name: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Int32) -> Int32 {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let path = Array("/proc/self/fd/\(folder)/\(name)".utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in path.prefix(raw.count - 1).enumerated() { raw[i] = byte }
        }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
    }
}
