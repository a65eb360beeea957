import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file the way a half-written map never replaces a good one:
/// a new file beside it (O_EXCL, O_NOFOLLOW, an unpredictable name), the
/// old file's owner, group and mode (a new file follows the umask), flushed,
/// then renamed over the real file, never over a link to it.
struct AtomicSave {
    let paths: MapPaths
    let fs: FileSystem
    let fd: Int32
    let temporary: String
    let marks: FileMarks
    var fingerprint: String { marks.fingerprint }

    /// Runs a whole save: prepare, then commit.
    static func run(_ bytes: [UInt8], to paths: MapPaths, force: Bool, asNewName: Bool = false,
                    fileSystem fs: FileSystem) -> SaveOutcome {
        switch prepare(bytes, to: paths, force: force, asNewName: asNewName, fileSystem: fs) {
        case .stopped(let outcome): return outcome
        case .ready(let save): return save.commit()
        }
    }

    enum Prepared {
        case ready(AtomicSave)
        case stopped(SaveOutcome)
    }

    /// Writes and flushes the new file beside the map; the map itself is untouched until `commit`.
    static func prepare(_ bytes: [UInt8], to paths: MapPaths, force: Bool, asNewName: Bool,
                        fileSystem fs: FileSystem) -> Prepared {
        func failed(_ what: String, _ error: FileSystemError) -> Prepared {
            .stopped(.failed(MapSaveError(file: paths.given, reason: "\(what): \(error.reason)")))
        }
        if let refused = paths.refusedLink {
            return .stopped(.failed(MapSaveError(file: paths.given, reason: refused.description)))
        }
        var existing: stat?
        do {
            let info = try fs.lstat(paths.real)
            guard info.st_mode & S_IFMT == S_IFREG else {
                let what = info.st_mode & S_IFMT == S_IFDIR ? "it is a folder" : "it is not a regular file"
                return .stopped(.failed(MapSaveError(file: paths.given, reason: what)))
            }
            existing = info
        } catch where error.code == ENOENT {
        } catch {
            return failed("cannot look at \(paths.real)", error)
        }
        if let existing, !force {
            if asNewName { return .stopped(.exists) }
            if !isWritable(existing) { return .stopped(.readOnlyFile) }
        }
        let fd: Int32
        let temporary: String
        do {
            (fd, temporary) = try fs.createUnique(in: paths.folder, prefix: paths.savePrefix, mode: existing == nil ? 0o666 : 0o600)
        } catch {
            return failed("cannot create a file in \(paths.folder)", error)
        }
        // Worked out on the other core while the bytes are written and flushed.
        let marks = Alongside { FileMarks(bytes) }
        do {
            try fs.write(fd, bytes, at: 0, path: temporary)
            if let existing {
                keepOwner(existing, fd: fd, path: temporary, fs: fs)
                try fs.fchmod(fd, existing.st_mode & 0o7777, path: temporary)
            }
            try fs.fsync(fd, path: temporary)
        } catch {
            try? fs.close(fd, path: temporary)
            try? fs.unlink(temporary)
            return failed(error.operation == "write" ? "writing" : "flushing", error)
        }
        return .ready(AtomicSave(paths: paths, fs: fs, fd: fd, temporary: temporary, marks: marks.wait()))
    }

    /// The owner and group of the file it replaces, where permitted: root
    /// saving a user's map leaves it theirs; a user may at least keep the group.
    private static func keepOwner(_ existing: stat, fd: Int32, path: String, fs: FileSystem) {
        guard existing.st_uid != geteuid() || existing.st_gid != getegid() else { return }
        if (try? fs.fchown(fd, existing.st_uid, existing.st_gid, path: path)) == nil {
            try? fs.fchown(fd, uid_t.max, existing.st_gid, path: path)
        }
    }

    /// Whether the mode lets this user write the file. Root may write
    /// anything, but a file with no write bit at all is read-only to it too.
    static func isWritable(_ info: stat) -> Bool {
        if geteuid() == 0 { return info.st_mode & 0o222 != 0 }
        if info.st_uid == geteuid() { return info.st_mode & S_IWUSR != 0 }
        if info.st_gid == getegid() { return info.st_mode & S_IWGRP != 0 }
        return info.st_mode & S_IWOTH != 0
    }

    /// Puts the new file in place and flushes the folder.
    func commit() -> SaveOutcome {
        TestHook.pause(.beforeRename, in: paths.folder)
        do {
            try fs.close(fd, path: temporary)
            try fs.rename(temporary, paths.real)
        } catch {
            try? fs.unlink(temporary)
            return .failed(MapSaveError(file: paths.given, reason: "renaming: \(error.reason)"))
        }
        TestHook.pause(.afterRename, in: paths.folder)
        if let folder = try? fs.open(paths.folder, O_RDONLY | O_DIRECTORY, 0) {
            try? fs.fsync(folder, path: paths.folder)
            try? fs.close(folder, path: paths.folder)
        }
        return .saved(fingerprint: fingerprint)
    }

    /// Gives up: the map stays as it was.
    func abandon() {
        try? fs.close(fd, path: temporary)
        try? fs.unlink(temporary)
    }
}

/// Points where a test can hold journey still to kill it at a chosen
/// moment: with `JOURNEY_TEST_PAUSE=before-rename` (or `after-rename`) a
/// save makes `.journey-test-paused` in the map's folder there and waits
/// for ever. Unset, nothing happens. (A stop signal would not do: tmux
/// continues a stopped pane.)
enum TestHook: String {
    case beforeRename = "before-rename"
    case afterRename = "after-rename"

    static let chosen = Environment.process["JOURNEY_TEST_PAUSE"].flatMap(TestHook.init(rawValue:))

    static func pause(_ point: TestHook, in folder: String) {
        guard chosen == point else { return }
        close(open(folder + "/.journey-test-paused", O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600))
        while true { Glibc.pause() }
    }
}
