import FoundationEssentials
import JourneyApp
import JourneyCore

/// The effects that touch files, for one open map, done through its
/// `MapFile` (lock, this session's journal, saves, recovery). The editor
/// decides; this does, and reports back.
public final class FileEffects {
    private let file: MapFile
    /// Whether the map has a file yet (the built-in sample has none until saved).
    private var attached: Bool
    /// The file's stat as last read or written: a cheap look before the full one.
    private var seen: FileStamp?
    private var reportedChange = false
    /// Recovered journals waiting for this session's journal to hold their edits.
    private var toRetire: [RecoveryResult] = []
    /// Where this editor publishes its position while it leads (`:lead`).
    private var leadFile: LeadFile?

    public init(file: MapFile, attached: Bool) {
        self.file = file
        self.attached = attached
        seen = attached ? FileStamp(path: file.paths.real) : nil
    }

    /// For a map with no file and nothing to lock (tests, benchmarks).
    public convenience init() {
        self.init(file: .detached(), attached: false)
    }

    /// The map's file without links, once it has one: two links reaching one file find it open already.
    var realPath: String? { attached ? file.paths.real : nil }

    /// Where the map's voting folder is, once the map has a file.
    var votingPaths: MapPaths? { attached ? file.paths : nil }

    /// How often to look at the file for changes made by others.
    var pollInterval: Double? { attached ? 2 : nil }

    func journal(_ step: JournalStep) -> JournalReport? {
        guard attached else { return nil }
        switch file.journal(step.applied, after: step.after) {
        case .success(.upToDate):
            retireWhenSafe()
            return .upToDate
        case .success(.behind(let edits, let reason)): return .behind(edits: edits, reason: reason)
        case .failure(let error): return .refused(reason: "\(error.path): \(error.message)", step: step)
        }
    }

    func endJournal() {
        file.journalWriter.discard()
    }

    func recover(_ journals: [FoundJournal], onto map: JourneyMap, choices: [String: RecoverySide],
                 otherwise: RecoverySide?) -> [RecoveryResult] {
        var onto = map
        return journals.map { journal in
            let result = file.recover(journal, onto: onto, choices: choices, otherwise: otherwise)
            onto = result.map
            return result
        }
    }

    func discard(_ journals: [FoundJournal]) {
        journals.forEach(file.discard)
    }

    /// Old journals go once their edits are safe in this session's journal (or saved).
    func retire(_ results: [RecoveryResult]) {
        toRetire += results
        retireWhenSafe()
    }

    private func retireWhenSafe() {
        guard !toRetire.isEmpty, file.journalWriter.status == .upToDate else { return }
        toRetire.forEach { file.retire($0) }
        toRetire = []
    }

    /// Publishes (or, nil, withdraws) this editor's position beside its map.
    /// Publishes or withdraws the lead; returns why it could not be published.
    func lead(_ position: LeadPosition?) -> String? {
        guard attached else { return nil }
        if leadFile?.paths != file.paths {
            leadFile?.withdraw()
            leadFile = LeadFile(paths: file.paths)
        }
        guard let position else {
            leadFile?.withdraw()
            return nil
        }
        return leadFile?.publish(position)
    }

    func save(_ request: SaveRequest) -> SaveResult {
        let force = request.checks == .none
        let outcome = request.isSaveAs || !attached
            ? file.saveAs(request.map, to: request.path, force: force)
            : file.save(request.map, force: force)
        switch outcome {
        case .saved:
            attached = true
            seen = FileStamp(path: file.paths.real)
            reportedChange = false
            retireWhenSafe()
            return .saved(path: request.path, revision: request.revision, thenQuit: request.thenQuit)
        case .readOnlyFile: return .readOnlyFile(request)
        case .exists: return .exists(request)
        case .changedOnDisk: return .changedOnDisk(request)
        case .lockedElsewhere(let holder):
            return .lockedByOther(request, holder: holder.who)
        case .failed(let error): return .failed(request, message: error.description)
        }
    }

    func writeLibrary(_ update: LibraryUpdate) -> LibraryWriteReport {
        LibraryFile.write(update, mapOwner: attached ? (try? PosixFileSystem.shared.lstat(file.paths.real))?.st_uid : nil)
    }

    func reload() -> Result<JourneyMap, ReloadFailure> {
        guard attached else { return .failure(ReloadFailure(message: "this map has no file")) }
        switch file.reload() {
        case .success(let map):
            seen = FileStamp(path: file.paths.real)
            reportedChange = false
            return .success(map)
        case .failure(let error): return .failure(ReloadFailure(message: error.description))
        }
    }

    /// Whether another program saved over the file since it was last seen
    /// (said once per change): a stat first, the whole file only if that moved.
    func fileChangedOnDisk() -> Bool {
        guard attached, !reportedChange, let now = FileStamp(path: file.paths.real), now != seen else { return false }
        seen = now
        guard file.changedOnDisk() else { return false }
        reportedChange = true
        return true
    }

    /// On the way out: the lock goes; the journal stays while it holds unsaved edits.
    func close(keepJournal: Bool) {
        leadFile?.withdraw()
        file.close(keepJournal: keepJournal)
    }
}
