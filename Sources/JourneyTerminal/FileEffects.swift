import Foundation
import JourneyApp
import JourneyCore

/// The effects that touch files, for one open map: its lock, its journal,
/// saving and reloading. The editor decides; this does, and reports back.
public final class FileEffects {
    /// The map's file; nil for the built-in sample until it is saved somewhere.
    private(set) var mapPath: String?
    private var lock: MapLock?
    private var journal: JournalWriter?
    /// The file's state as last read or written, to notice another program's save.
    private var seen: FileStamp?
    private var reportedChange = false

    public init(mapPath: String?, lock: MapLock?) {
        self.mapPath = mapPath
        self.lock = lock
        seen = mapPath.flatMap(FileStamp.init(path:))
    }

    /// How often to look at the file for changes made by others.
    var pollInterval: Double? { mapPath == nil ? nil : 2 }

    /// Records a step before the screen shows it; a message when it could not be.
    func journal(_ step: JournalStep) -> String? {
        guard let mapPath else { return nil }
        do {
            if journal == nil { journal = try JournalWriter(mapPath: mapPath, base: step.fileFingerprint) }
            try journal?.append(step.applied)
            return nil
        } catch {
            journal = nil
            return error.description
        }
    }

    func endJournal() {
        journal?.remove()
        journal = nil
        if let mapPath { unlink(Journal.path(for: mapPath)) }
    }

    func save(_ request: SaveRequest) -> SaveResult {
        let path = request.path
        var info = stat()
        let exists = stat(path, &info) == 0
        if request.checks == .all {
            if request.isSaveAs && exists { return .exists(request) }
            if !request.isSaveAs, exists, let data = FileManager.default.contents(atPath: path),
               Journal.fingerprint([UInt8](data)) != request.expectedFingerprint {
                return .changedOnDisk(request)
            }
            if exists && access(path, W_OK) != 0 && errno == EACCES || exists && info.st_mode & 0o222 == 0 {
                return .readOnlyFile(request)
            }
        }
        var newLock: MapLock?
        if request.isSaveAs {
            switch MapLock.acquire(mapPath: path) {
            case .failure(let holder):
                return .lockedByOther(request, holder: "\(holder.user)@\(holder.host), process \(holder.pid)")
            case .success(let taken): newLock = taken
            }
        }
        do throws(MapSaveError) {
            let bytes = try MapStore.encode(request.map, savingTo: path)
            try MapStore.writeAtomically(bytes, to: path)
            if let newLock {
                endJournal()
                lock?.release()
                lock = newLock
                mapPath = path
            }
            // The file holds every edit now: the next edit starts a fresh journal on it.
            journal?.remove()
            journal = nil
            seen = FileStamp(path: path)
            reportedChange = false
            return .saved(path: path, revision: request.revision, fingerprint: Journal.fingerprint(bytes),
                          thenQuit: request.thenQuit)
        } catch {
            newLock?.release()
            return .failed(request, message: error.description)
        }
    }

    func reload() -> Result<LoadedFile, ReloadFailure> {
        guard let mapPath else { return .failure(ReloadFailure(message: "this map has no file")) }
        do {
            let bytes = try MapStore.readFile(path: mapPath)
            let map = try MapStore.decode(bytes, file: mapPath)
            seen = FileStamp(path: mapPath)
            reportedChange = false
            return .success(LoadedFile(map: map, bytes: bytes))
        } catch {
            return .failure(ReloadFailure(message: error.description))
        }
    }

    /// Whether another program saved over the file since it was last seen (said once per change).
    func fileChangedOnDisk() -> Bool {
        guard let mapPath, !reportedChange, let now = FileStamp(path: mapPath), let seen, now != seen else { return false }
        reportedChange = true
        return true
    }

    /// On the way out: the lock goes; the journal stays if it holds unsaved edits.
    func close() {
        lock?.release()
        lock = nil
        journal = nil
    }
}

/// What `stat` says of a file, enough to notice it was replaced or rewritten.
struct FileStamp: Equatable {
    var inode: UInt64
    var size: Int64
    var modified: Int
    var modifiedNanos: Int

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = info.st_mtim.tv_sec
        modifiedNanos = info.st_mtim.tv_nsec
    }
}
