import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether every committed edit is safe in the journal: the editor shows
/// `.behind` in its status line until a later edit or a save catches up.
public enum JournalStatus: Equatable, Sendable {
    case upToDate
    /// This many edits are only in memory: writing the journal failed (`reason`); each edit tries again.
    case behind(edits: Int, reason: String)
}

/// One session's journal. The file is made at the first edit after a save,
/// as `.NAME.journal-SESSION` (O_EXCL, O_NOFOLLOW, an unpredictable name),
/// and reached only through its descriptor, so a link planted by its name
/// later is never followed. A failed write is retried at each later edit:
/// everything not yet durable is written again from the last durable byte,
/// and the file cut there, so a journal that fell behind catches up whole.
public final class JournalWriter {
    public let paths: MapPaths
    private let fs: FileSystem
    /// The fingerprint of the file the journal's edits apply to.
    private var base: String?
    public private(set) var path: String?
    private var fd: Int32 = -1
    private var durableLength = 0
    private var pending: [[UInt8]] = []
    private var pendingEdits = 0
    private var sequence = 0
    private var lastEdit = 0
    private var failure: String?

    public init(paths: MapPaths, base: String?, fileSystem: FileSystem = PosixFileSystem.shared) {
        self.paths = paths
        self.base = base
        fs = fileSystem
    }

    deinit { if fd >= 0 { try? fs.close(fd, path: path ?? "") } }

    public var status: JournalStatus {
        failure.map { .behind(edits: pendingEdits, reason: $0) } ?? .upToDate
    }

    /// Journals an edit that was just applied and gave `map`. An edit
    /// holding a value the loader would refuse is not written: the result
    /// says why, and the caller should not keep the edit.
    public func append(_ transaction: Transaction, after map: JourneyMap) -> Result<JournalStatus, MapDecodingError> {
        guard !transaction.isEmpty else { return .success(status) }
        let changes: [JournalChange]
        do {
            changes = try JournalChange.record(transaction, after: map)
        } catch {
            return .failure(error)
        }
        sequence += 1
        lastEdit = sequence
        pending.append(Journal.line(Journal.editRecord(seq: sequence, changes: changes.map(\.json))))
        pendingEdits += 1
        flush()
        return .success(status)
    }

    /// Before a save's rename: records that the new file, with this
    /// fingerprint, holds every edit so far. Returns whether that is durable.
    @discardableResult
    public func markSaving(fingerprint: String) -> Bool {
        guard fd >= 0 || !pending.isEmpty else { return true }
        sequence += 1
        pending.append(Journal.line(Journal.saveMarker(seq: sequence, through: lastEdit, fingerprint: fingerprint)))
        flush()
        return failure == nil
    }

    /// After a save: the file holds every edit, so the journal goes; the
    /// next edit starts a new one on the saved file. Should the journal
    /// not go away, it stays in use: its save marker tells recovery what is saved.
    public func saved(fingerprint: String) {
        base = fingerprint
        pending = []
        pendingEdits = 0
        failure = nil
        guard let path, fd >= 0 else {
            self.path = nil
            return
        }
        do {
            try fs.unlink(path)
        } catch {
            return
        }
        try? fs.close(fd, path: path)
        fd = -1
        self.path = nil
        durableLength = 0
    }

    /// The edits are given up (or the journal is handed to recovery): the file goes.
    public func discard() {
        if let path {
            if fd >= 0 { try? fs.close(fd, path: path) }
            try? fs.unlink(path)
        }
        fd = -1
        path = nil
        durableLength = 0
        pending = []
        pendingEdits = 0
        failure = nil
    }

    /// Ends writing and leaves the journal for recovery (quitting with unsaved edits).
    public func close() {
        if fd >= 0, let path { try? fs.close(fd, path: path) }
        fd = -1
    }

    /// A new journal's name must survive a power cut too, as SQLite syncs the folder of a new journal.
    private func syncFolder() {
        guard let folder = try? fs.open(paths.folder, O_RDONLY | O_DIRECTORY, 0) else { return }
        try? fs.fsync(folder, path: paths.folder)
        try? fs.close(folder, path: paths.folder)
    }

    private func flush() {
        do {
            if fd < 0 {
                let made = try fs.createUnique(in: paths.folder, prefix: paths.journalPrefix, mode: 0o600)
                fd = made.fd
                path = made.path
                durableLength = 0
                let session = String(made.path.dropFirst(paths.folder.count + 1 + paths.journalPrefix.count))
                pending.insert(Journal.line(Journal.header(session: session, file: paths.name, base: base)), at: 0)
            }
            let bytes = Array(pending.joined())
            try fs.write(fd, bytes, at: durableLength, path: path!)
            if failure != nil { try fs.truncate(fd, durableLength + bytes.count, path: path!) }
            try fs.fsync(fd, path: path!)
            if durableLength == 0 { syncFolder() }
            durableLength += bytes.count
            pending = []
            pendingEdits = 0
            failure = nil
        } catch {
            failure = "cannot write the recovery journal (\(error.reason))"
        }
    }
}
