import Foundation
@testable import JourneyCore

/// The real file system, with a fault at a chosen call: an error instead of
/// the call (ENOSPC, EIO, EACCES), or a "crash" right after it, after which
/// every call fails, as if the process had been killed there. Also a disk
/// that is full for a while (`diskFull`), and a count of the calls made.
final class FaultyFileSystem: FileSystem {
    enum Fault: Equatable, CustomStringConvertible {
        case error(Int32)
        case crash

        var description: String {
            switch self {
            case .error(ENOSPC): "ENOSPC"
            case .error(EIO): "EIO"
            case .error(EACCES): "EACCES"
            case .error(let code): "errno \(code)"
            case .crash: "crash"
            }
        }

        static let all: [Fault] = [.error(ENOSPC), .error(EIO), .error(EACCES), .crash]
    }

    private let real = PosixFileSystem()
    private(set) var calls: [String] = []
    var faultAt: Int?
    var fault: Fault = .crash
    private(set) var crashed = false
    /// While set, every call that would write data fails with ENOSPC.
    var diskFull = false

    init(faultAt: Int? = nil, fault: Fault = .crash) {
        self.faultAt = faultAt
        self.fault = fault
    }

    private func call<T>(_ operation: String, _ path: String, writes: Bool = false,
                         _ body: () throws(FileSystemError) -> T) throws(FileSystemError) -> T {
        if crashed { throw FileSystemError(code: EIO, operation: operation + " after the crash", path: path) }
        if diskFull && writes { throw FileSystemError(code: ENOSPC, operation: operation, path: path) }
        calls.append("\(operation) \(path)")
        let here = calls.count == faultAt
        if here, case .error(let code) = fault { throw FileSystemError(code: code, operation: operation, path: path) }
        let result = try body()
        if here && fault == .crash {
            crashed = true
            throw FileSystemError(code: EIO, operation: operation + " then the crash", path: path)
        }
        return result
    }

    /// Descriptors opened and not yet closed, and closes of a descriptor not open.
    private(set) var openDescriptors: [Int32: String] = [:]
    private(set) var strayCloses: [String] = []

    func open(_ path: String, _ flags: Int32, _ mode: mode_t) throws(FileSystemError) -> Int32 {
        let fd = try call("open", path, writes: flags & O_CREAT != 0) { () throws(FileSystemError) in try real.open(path, flags, mode) }
        openDescriptors[fd] = path
        return fd
    }

    func read(_ fd: Int32, _ count: Int, path: String) throws(FileSystemError) -> [UInt8] {
        try call("read", path) { () throws(FileSystemError) in try real.read(fd, count, path: path) }
    }

    func write(_ fd: Int32, _ bytes: [UInt8], at offset: Int, path: String) throws(FileSystemError) {
        try call("write", path, writes: true) { () throws(FileSystemError) in try real.write(fd, bytes, at: offset, path: path) }
    }

    func fsync(_ fd: Int32, path: String) throws(FileSystemError) {
        try call("fsync", path) { () throws(FileSystemError) in try real.fsync(fd, path: path) }
    }

    func truncate(_ fd: Int32, _ length: Int, path: String) throws(FileSystemError) {
        try call("truncate", path) { () throws(FileSystemError) in try real.truncate(fd, length, path: path) }
    }

    func fchown(_ fd: Int32, _ owner: uid_t, _ group: gid_t, path: String) throws(FileSystemError) {
        try call("fchown", path) { () throws(FileSystemError) in try real.fchown(fd, owner, group, path: path) }
    }

    func fchmod(_ fd: Int32, _ mode: mode_t, path: String) throws(FileSystemError) {
        try call("fchmod", path) { () throws(FileSystemError) in try real.fchmod(fd, mode, path: path) }
    }

    func fstat(_ fd: Int32, path: String) throws(FileSystemError) -> stat {
        try call("fstat", path) { () throws(FileSystemError) in try real.fstat(fd, path: path) }
    }

    func close(_ fd: Int32, path: String) throws(FileSystemError) {
        if openDescriptors.removeValue(forKey: fd) == nil { strayCloses.append(path) }
        // A crash closes every descriptor all the same: do it, so no test leaks them.
        if crashed { try? real.close(fd, path: path) }
        try call("close", path) { () throws(FileSystemError) in try real.close(fd, path: path) }
    }

    func rename(_ from: String, _ to: String) throws(FileSystemError) {
        try call("rename", to, writes: true) { () throws(FileSystemError) in try real.rename(from, to) }
    }

    func link(_ from: String, _ to: String) throws(FileSystemError) {
        try call("link", to, writes: true) { () throws(FileSystemError) in try real.link(from, to) }
    }

    func unlink(_ path: String) throws(FileSystemError) {
        try call("unlink", path) { () throws(FileSystemError) in try real.unlink(path) }
    }

    func mkdir(_ path: String, _ mode: mode_t) throws(FileSystemError) {
        try call("mkdir", path, writes: true) { () throws(FileSystemError) in try real.mkdir(path, mode) }
    }

    func lstat(_ path: String) throws(FileSystemError) -> stat {
        try call("lstat", path) { () throws(FileSystemError) in try real.lstat(path) }
    }

    func readlink(_ path: String) throws(FileSystemError) -> String {
        try call("readlink", path) { () throws(FileSystemError) in try real.readlink(path) }
    }

    func realpath(_ path: String) throws(FileSystemError) -> String {
        try call("realpath", path) { () throws(FileSystemError) in try real.realpath(path) }
    }

    func contentsOfFolder(_ path: String) throws(FileSystemError) -> [String] {
        try call("list", path) { () throws(FileSystemError) in try real.contentsOfFolder(path) }
    }
}
