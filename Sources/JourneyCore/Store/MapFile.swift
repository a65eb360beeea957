import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One editor's hold on one map file: its lock, its own journal, its saves
/// and the recovery of journals left by others. Every answer is a value for
/// the editor to show; nothing here asks the user anything.
public final class MapFile {
    /// A map read from its file.
    public struct Opened {
        public let file: MapFile
        /// The map as on disk; nil when there is no file yet.
        public let map: JourneyMap?
    }

    /// What taking the lock found.
    public struct Claim {
        /// Another running journey has the map open (offer read-only or "open anyway").
        public let heldBy: MapLock.Holder?
        /// Journals left by journeys no longer running (offer recovery).
        public let journals: [FoundJournal]
        /// Files named as this map's lock or journals that are not journey's: never adopted, said once.
        public let ignored: [FileTrust.Refusal]
    }

    public private(set) var paths: MapPaths
    public private(set) var lock: MapLock?
    /// The file as last read or written here; nil when there is none.
    private var disk: FileMarks?
    /// The journal's fingerprint of the file as last read or written; nil when there is none.
    public var diskFingerprint: String? { disk?.fingerprint }
    /// This session's journal (`journalWriter.status` says whether it is behind).
    public private(set) var journalWriter: JournalWriter
    private let fs: FileSystem

    private init(paths: MapPaths, disk: FileMarks?, fileSystem: FileSystem) {
        self.paths = paths
        self.disk = disk
        fs = fileSystem
        journalWriter = JournalWriter(paths: paths, base: disk?.fingerprint, fileSystem: fileSystem)
    }

    /// Reads the map (links resolved). Nothing is written: `claim` takes the lock.
    public static func open(_ path: String, fileSystem fs: FileSystem = PosixFileSystem.shared) -> Result<Opened, MapLoadError> {
        let paths = MapPaths(path, fileSystem: fs)
        // A device or a pipe (`journey edit /dev/stdin` on a terminal) is refused before it is read: it could block.
        if let info = try? fs.lstat(paths.real), info.st_mode & S_IFMT != S_IFREG {
            let kind: MapLoadError.Kind = info.st_mode & S_IFMT == S_IFDIR ? .folder : .notAFile
            return .failure(MapLoadError(file: path, kind: kind))
        }
        var map: JourneyMap?
        var disk: FileMarks?
        do {
            (map, disk) = try read(paths, given: path, fileSystem: fs)
        } catch let error where error.kind == .missing {
        } catch {
            return .failure(MapLoadError(file: path, kind: error.kind))
        }
        return .success(Opened(file: MapFile(paths: paths, disk: disk, fileSystem: fs), map: map))
    }

    /// The map and the file's marks, which are worked out on the other core
    /// while the map is parsed (the fingerprint takes 15 ms for 14 MB).
    private static func read(_ paths: MapPaths, given: String, fileSystem fs: FileSystem) throws(MapLoadError) -> (JourneyMap, FileMarks) {
        let bytes = try MapStore.readFile(path: paths.real, fileSystem: fs)
        let marks = Alongside { FileMarks(bytes) }
        let map = try MapStore.decode(bytes, file: given)
        return (map, marks.wait())
    }

    /// Takes the lock (by the real path) and lists the journals beside the
    /// map. When the lock is ours, save files left by a killed save are cleared.
    public func claim() -> Claim {
        let acquired = MapLock.acquire(paths, fileSystem: fs)
        let (journals, ignored) = FoundJournal.scan(paths, fileSystem: fs)
        switch acquired {
        case .success(let lock):
            self.lock = lock
            if lock.isHeld { clearLeftovers() }
            return Claim(heldBy: nil, journals: journals, ignored: (lock.ignored.map { [$0] } ?? []) + ignored)
        case .failure(let holder):
            return Claim(heldBy: holder, journals: journals, ignored: ignored)
        }
    }

    /// A map with no file yet (the built-in sample): its first save is a save-as.
    public static func detached(fileSystem fs: FileSystem = PosixFileSystem.shared) -> MapFile {
        MapFile(paths: MapPaths("/", fileSystem: fs), disk: nil, fileSystem: fs)
    }

    /// Save files and lock drafts left by a journey killed while writing them.
    private func clearLeftovers() {
        for name in (try? fs.contentsOfFolder(paths.folder)) ?? []
        where name.hasPrefix(paths.savePrefix) || name.hasPrefix(paths.lockPrefix) {
            let path = paths.folder + "/" + name
            if let info = try? fs.lstat(path), info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid() {
                try? fs.unlink(path)
            }
        }
    }

    // MARK: editing

    /// Journals an edit just applied, which gave `map`. A failure to write
    /// is `.behind`, retried at the next edit; an edit holding a value the
    /// loader would refuse is `.failure`, not journaled: undo it.
    public func journal(_ transaction: Transaction, after map: JourneyMap) -> Result<JournalStatus, MapDecodingError> {
        journalWriter.append(transaction, after: map)
    }

    /// Whether someone else saved over the file since it was read or written here.
    public func changedOnDisk() -> Bool {
        guard let fd = try? fs.open(paths.real, O_RDONLY | O_NONBLOCK, 0) else { return disk != nil }
        defer { try? fs.close(fd, path: paths.real) }
        let size = (try? fs.fstat(fd, path: paths.real)).map { Int($0.st_size) } ?? 0
        guard let bytes = try? fs.readAll(fd, path: paths.real, limit: MapStore.maxFileSize, expected: size) else {
            return true
        }
        return FileMarks.digest(bytes) != disk?.digest
    }

    // MARK: saving

    /// Saves to this map's file. Asks first (as an outcome) when the file is
    /// read-only or changed by someone else since; `force` is the answer yes.
    public func save(_ map: JourneyMap, force: Bool = false) -> SaveOutcome {
        if !force && changedOnDisk() { return .changedOnDisk }
        return write(map, to: paths, force: force, asNewName: false).outcome
    }

    /// Saves to another file, which becomes this map's file (lock and journal
    /// move with it). An existing file needs `force`; one open in another
    /// running journey is never saved over.
    public func saveAs(_ map: JourneyMap, to path: String, force: Bool = false) -> SaveOutcome {
        let target = MapPaths(path, fileSystem: fs)
        if target.real == paths.real { return save(map, force: force) }
        if let holder = MapLock.holder(of: target, fileSystem: fs) { return .lockedElsewhere(holder) }
        let (outcome, written) = write(map, to: target, force: force, asNewName: true)
        guard let written else { return outcome }
        lock?.release()
        lock = try? MapLock.acquire(target, fileSystem: fs).get()
        journalWriter.discard()
        paths = target
        disk = written
        journalWriter = JournalWriter(paths: target, base: written.fingerprint, fileSystem: fs)
        return outcome
    }

    /// Saves to `target`; `written` is what the file then holds, nil when it was not saved.
    private func write(_ map: JourneyMap, to target: MapPaths, force: Bool,
                       asNewName: Bool) -> (outcome: SaveOutcome, written: FileMarks?) {
        let save: AtomicSave
        switch MapStore.prepareSave(map, to: target, force: force, asNewName: asNewName, fileSystem: fs) {
        case .stopped(let outcome): return (outcome, nil)
        case .ready(let prepared): save = prepared
        }
        if target == paths { journalWriter.markSaving(fingerprint: save.fingerprint) }
        let outcome = save.commit()
        guard outcome.isSaved else { return (outcome, nil) }
        if target == paths {
            journalWriter.saved(fingerprint: save.fingerprint)
            disk = save.marks
        }
        return (outcome, save.marks)
    }

    /// The file as it is now, for a reload.
    public func reload() -> Result<JourneyMap, MapLoadError> {
        do {
            let (map, marks) = try Self.read(paths, given: paths.given, fileSystem: fs)
            journalWriter.saved(fingerprint: marks.fingerprint)
            disk = marks
            return .success(map)
        } catch {
            return .failure(error)
        }
    }

    // MARK: recovery

    /// Replays a journal found at opening onto `map` (the file as read). See `Recovery`.
    public func recover(_ found: FoundJournal, onto map: JourneyMap, choices: [String: RecoverySide] = [:],
                        otherwise: RecoverySide? = nil) -> RecoveryResult {
        Recovery.replay(found, onto: map, fileFingerprint: diskFingerprint, choices: choices, otherwise: otherwise, fileSystem: fs)
    }

    /// Once a recovery's result is safe (saved, or in this session's own
    /// journal): a journal fully applied goes; one refused (unreadable, an
    /// older format) stays as it is; one partly applied (damaged records,
    /// undecided conflicts) is kept aside as `….damaged`, never deleted.
    /// Returns where it was kept, if it was.
    @discardableResult
    public func retire(_ result: RecoveryResult) -> String? {
        if result.isComplete {
            try? fs.unlink(result.journal.path)
            return nil
        }
        if result.refusal != nil { return result.journal.path }
        let aside = result.journal.path + ".damaged"
        return (try? fs.rename(result.journal.path, aside)) == nil ? result.journal.path : aside
    }

    /// The user gave up the journal's edits.
    public func discard(_ found: FoundJournal) {
        try? fs.unlink(found.path)
    }

    // MARK: closing

    /// Quitting: the journal stays only while it holds unsaved edits.
    public func close(keepJournal: Bool) {
        if keepJournal { journalWriter.close() } else { journalWriter.discard() }
        lock?.release()
    }
}
