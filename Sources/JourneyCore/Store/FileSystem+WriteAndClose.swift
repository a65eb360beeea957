extension FileSystem {
    /// Writes a new file's bytes, flushes them (unless `sync` is false) and
    /// closes it: the descriptor is closed exactly once whatever fails, since
    /// a second close could close one another thread has just been given.
    func writeAndClose(_ fd: Int32, _ bytes: [UInt8], path: String, sync: Bool = true) throws(FileSystemError) {
        do throws(FileSystemError) {
            try write(fd, bytes, at: 0, path: path)
            if sync { try fsync(fd, path: path) }
        } catch {
            try? close(fd, path: path)
            throw error
        }
        try close(fd, path: path)
    }
}
