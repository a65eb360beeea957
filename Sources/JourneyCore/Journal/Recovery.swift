import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which side wins a collision between a journal and the file.
public enum RecoverySide: String, Sendable, CaseIterable {
    case mine, theirs
}

/// A value both the journal (mine) and the file now (theirs) changed, differently.
public struct RecoveryConflict: Equatable, Sendable, Identifiable {
    /// Stable across runs of the same recovery, to answer it by.
    public var id: String
    /// What it is, in words: "touchpoint 'Search ad' (tp-1): name".
    public var what: String
    public var mine: String
    public var theirs: String
    public var choice: RecoverySide?
}

/// What replaying one journal onto the file gives. Nothing is written:
/// the caller saves `map` (through `MapFile.finishRecovery`) when it is content.
public struct RecoveryResult: Sendable {
    public var journal: FoundJournal
    /// The file with the journal's edits; a collision not yet decided keeps theirs.
    public var map: JourneyMap
    public var editsRead = 0
    /// Edits a save marker shows the file already holds.
    public var alreadySaved = 0
    public var changesApplied = 0
    /// Changes whose target is already as the journal would make it.
    public var changesAlreadyThere = 0
    public var conflicts: [RecoveryConflict] = []
    public var damaged = DamagedRecords()
    /// Changes lost because they build on a damaged record, in words.
    public var lost: [String] = []
    /// Why the journal could not be used at all (an older format, unreadable, a result that would not load).
    public var refusal: String?

    public var unresolved: [RecoveryConflict] { conflicts.filter { $0.choice == nil } }
    /// Every record applied and every collision decided: the journal may go once the map is saved.
    public var isComplete: Bool { refusal == nil && damaged.isEmpty && lost.isEmpty && unresolved.isEmpty }
}

/// Replays a journal onto the map file as it is now, by id, three ways:
/// base = each change's `from`, mine = its `to`, theirs = that thing in the
/// file now. Different things merge cleanly; a thing already as the journal
/// would make it is skipped; the same thing changed both ways is a conflict,
/// decided by `choices` (by conflict id) or `otherwise`, else left as
/// theirs and listed. Never a duplicate id, never a map that would not load.
public enum Recovery {
    public static func replay(_ journal: FoundJournal, onto file: JourneyMap, fileFingerprint: String?,
                              choices: [String: RecoverySide] = [:], otherwise: RecoverySide? = nil,
                              fileSystem fs: FileSystem = PosixFileSystem.shared) -> RecoveryResult {
        var result = RecoveryResult(journal: journal, map: file)
        guard journal.version == Journal.version || journal.headerDamaged else {
            result.refusal = "\(journal.path) was written by an older journey (journal version \(journal.version ?? 0)) "
                + "and cannot be replayed safely by id; it is left as it is"
            return result
        }
        var replayer = Replayer(map: file, choices: choices, otherwise: otherwise)
        do throws(FileTrust.Refusal) {
            // Still the file of the account it was believed from when found.
            let read = try JournalReader.read(journal.path, trust: FileTrust(owners: [journal.owner]), fileSystem: fs) { _, line in
                switch line {
                case .header, .unfinished:
                    break
                case .damaged(let record):
                    replayer.damaged.append(record)
                case .saved(_, _, let fingerprint):
                    // The file is the one this save wrote: every edit up to `through` is in it.
                    if fingerprint == fileFingerprint {
                        replayer = Replayer(map: file, choices: choices, otherwise: otherwise,
                                            skippedThrough: replayer.alreadySaved + replayer.editsRead,
                                            damaged: replayer.damaged.header)
                    }
                case .edit(let seq, let changes):
                    replayer.apply(seq: seq, changes: changes)
                }
            }
            if read == nil { throw FileTrust.Refusal(path: journal.path, reason: String(cString: strerror(ENOENT))) }
        } catch {
            result.refusal = "\(journal.path) cannot be read (\(error.reason)); it is left as it is"
            return result
        }
        replayer.finish(into: &result)
        if case .failure(let error) = MapStore.checkedBytes(result.map, file: journal.path) {
            result.map = file
            result.refusal = "replaying \(journal.path) would give a map that does not load (\(error.reason)); it is left as it is"
        }
        return result
    }
}
