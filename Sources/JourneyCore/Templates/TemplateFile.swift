import Glibc

/// A user template's bytes. Only a regular file is read: the folder is
/// listed whole, so a link to a terminal or a FIFO in it would hang every
/// `journey templates` on its read, and a device may act on a read. Opened
/// without blocking and checked on the open descriptor (no race with a
/// rename), bounded as a map is.
enum TemplateFile {
    static func read(path: String, fileSystem fs: FileSystem = PosixFileSystem.shared) throws(MapLoadError) -> [UInt8] {
        func unreadable(_ error: FileSystemError) -> MapLoadError {
            switch error.code {
            case ENOENT: MapLoadError(file: path, kind: .missing)
            case EFBIG: MapLoadError(file: path, kind: .tooLarge(MapStore.maxFileSize + 1))
            default: MapLoadError(file: path, kind: .unreadable(error.reason))
            }
        }
        let fd: Int32
        let info: stat
        do {
            fd = try fs.open(path, O_RDONLY | O_NONBLOCK, 0)
        } catch {
            throw unreadable(error)
        }
        defer { try? fs.close(fd, path: path) }
        do {
            info = try fs.fstat(fd, path: path)
        } catch {
            throw unreadable(error)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw MapLoadError(file: path, kind: info.st_mode & S_IFMT == S_IFDIR ? .folder : .notAFile)
        }
        if Int(info.st_size) > MapStore.maxFileSize { throw MapLoadError(file: path, kind: .tooLarge(Int(info.st_size))) }
        do {
            return try fs.readAll(fd, path: path, limit: MapStore.maxFileSize, expected: Int(info.st_size))
        } catch {
            throw unreadable(error)
        }
    }
}
