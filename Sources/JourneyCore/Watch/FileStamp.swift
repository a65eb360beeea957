import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says of a file, enough to notice it was replaced or rewritten
/// without reading it: a cheap look before the full one.
public struct FileStamp: Equatable, Sendable {
    public var inode: UInt64
    public var size: Int64
    public var modified: Int
    public var modifiedNanos: Int

    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    public init(_ info: stat) {
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = info.st_mtim.tv_sec
        modifiedNanos = info.st_mtim.tv_nsec
    }
}
