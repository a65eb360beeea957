import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyJSON

/// A map as the journey editing it sees it, for `journey watch`: the saved
/// file plus the edits of the journals beside it, replayed by id as
/// recovery does (`Recovery`), read again as they grow. It only reads: no
/// lock, no journal of its own, nothing written, nothing deleted.
///
/// `poll` is cheap when nothing changed (a `stat` of the file, the lock and
/// the lead, and of each journal found in the folder); a journal that grew
/// is read from where the last look stopped, a line at a time, and a last
/// line not yet whole waits for the next look. Anything else (a save, a
/// journal made or removed, a restart recovering an old journal into a new
/// one) replays the file and every journal again, oldest first; edits
/// already in the file or in an earlier journal are found there and not
/// applied twice, as recovery finds them.
public final class LiveMap {
    public let paths: MapPaths
    private let fs: FileSystem

    /// A journal being followed: where reading got to, and what its header says.
    private struct Followed {
        var path: String
        var inode: UInt64
        /// The account that owns it, whose file it must stay.
        var owner: uid_t
        /// Bytes read and applied: up to the end of its last whole line.
        var consumed = 0
        /// Bytes looked at: a last line not yet whole is read again only once the file grows past them.
        var looked = 0
        var lines = 0
        var started: Date?
        var writer: MapLock.Holder?
        /// The map before this journal's edits, where a save marker naming the file starts again.
        var base: JourneyMap?
    }

    private var fileStamp: FileStamp?
    private var fileMap: JourneyMap?
    private var fingerprint: String?
    /// Why the file, which is there, cannot be shown; nil when it loads.
    public private(set) var fileError: MapLoadError?
    /// The journals replayed, oldest first: those of running journeys when
    /// there are any (a restarted editor holds what it recovered of the
    /// others in its own), else every one left.
    private var journals: [Followed] = []
    /// Every journal beside the map, and which of them a running journey writes.
    private var seen: (all: [String], running: [String]) = ([], [])
    private var replayer: Replayer?
    private var damagedSeen = 0
    /// What was said of files that cannot be read or are not journey's: each is said once.
    private var said: Set<String> = []
    private var shown: JourneyMap?
    /// Whose files are believed, as of this look.
    private var trust: FileTrust
    private var lockStamp: FileStamp?
    private var lockHolder: MapLock.Holder?
    private var leadStamps: [String: FileStamp] = [:]
    private var leads: [LeadPosition] = []
    private var last: (editor: WatchedEditor, lead: LeadPosition?)?

    public init(_ path: String, fileSystem: FileSystem = PosixFileSystem.shared) {
        fs = fileSystem
        paths = MapPaths(path, fileSystem: fileSystem)
        trust = FileTrust(paths, fileSystem: fileSystem)
    }

    /// What changed since the last look; nil when nothing did. The first look always answers.
    public func poll() -> WatchUpdate? {
        var notes: [String] = []
        let before = fingerprint
        let fileChanged = lookAtFile(&notes)
        trust = FileTrust(paths, fileSystem: fs)
        var rebuild = fileChanged
        let found = journalStamps(&notes)
        if found.map(\.path) != seen.all || runningJournals() != seen.running
            || found.contains(where: { stamp in journals.contains { $0.path == stamp.path && ($0.inode != stamp.inode || stamp.size < $0.consumed) } }) {
            rebuild = true
        }
        var read = rebuild
        if rebuild {
            replayAll(&notes)
        } else if let grown = found.first(where: { stamp in journals.contains { $0.path == stamp.path && stamp.size > $0.looked } }) {
            read = true
            if grown.path == journals.last?.path {
                readOn(journals.count - 1, &notes)
            } else {
                replayAll(&notes)
            }
        }
        if let replayer, replayer.damaged.count > damagedSeen {
            let count = replayer.damaged.count - damagedSeen
            notes.append("\(count) damaged record\(count == 1 ? "" : "s") in the journal skipped (\(replayer.damaged.last!))")
        }
        damagedSeen = replayer?.damaged.count ?? 0
        // Only what was read again is compared: a look that found nothing new costs a few stats.
        var changed: JourneyMap?
        if read {
            var map = fileMap ?? shown
            if var replayer {
                replayer.flush()
                self.replayer = replayer
                map = replayer.map
            }
            if map != shown {
                changed = map
                shown = map
            }
        }
        let editor = editorState(&notes)
        let lead = currentLead(&notes)
        let saved = fileChanged && before != nil && fingerprint != nil && before != fingerprint
        defer { last = (editor, lead) }
        guard last == nil || changed != nil || last!.editor != editor || last!.lead != lead || saved || !notes.isEmpty else {
            return nil
        }
        return WatchUpdate(map: changed, editor: editor, lead: lead, saved: saved, notes: notes)
    }

    // MARK: the file

    /// Reads the file again if its stat moved; returns whether what it holds changed.
    private func lookAtFile(_ notes: inout [String]) -> Bool {
        let info = try? fs.lstat(paths.real)
        let stamp = info.map(FileStamp.init)
        guard stamp != fileStamp else { return false }
        fileStamp = stamp
        guard info != nil else {
            defer { (fileMap, fingerprint, fileError) = (nil, nil, nil) }
            return fingerprint != nil
        }
        do throws(MapLoadError) {
            guard info!.st_mode & S_IFMT == S_IFREG else { throw MapLoadError(file: paths.given, kind: .notAFile) }
            let bytes = try MapStore.readFile(path: paths.real, fileSystem: fs)
            let print = Journal.fingerprint(bytes)
            guard print != fingerprint else { return false }
            // As its editor opened it: shared personas and channels as the workspace library has them.
            let map = try MapStore.decode(bytes, file: paths.given)
            fileMap = FoundLibrary.forMap(paths.given, fileSystem: fs)?.resolve(map)?.map ?? map
            fingerprint = print
            fileError = nil
            return true
        } catch {
            // Keep showing the last map that loaded; say why once.
            if fileError != error { notes.append(error.description + " (showing the last version that loaded)") }
            fileError = error
            return false
        }
    }

    // MARK: the journals

    private struct Stamp {
        var path: String
        var inode: UInt64
        var owner: uid_t
        var size: Int
    }

    /// The journals beside the map now, by path: those of an account whose
    /// files are believed (a look at the whole file, on reading, checks the rest).
    private func journalStamps(_ notes: inout [String]) -> [Stamp] {
        let names = (try? fs.contentsOfFolder(paths.folder)) ?? []
        return names.filter(paths.isJournal).sorted().compactMap { name in
            let path = paths.folder + "/" + name
            guard let info = try? fs.lstat(path) else { return nil }
            if let reason = trust.refusal(of: info, limit: JournalReader.limit) {
                say(FileTrust.Refusal(path: path, reason: reason), &notes)
                return nil
            }
            return Stamp(path: path, inode: UInt64(info.st_ino), owner: info.st_uid, size: Int(info.st_size))
        }
    }

    private func say(_ refusal: FileTrust.Refusal, _ notes: inout [String]) {
        if said.insert(refusal.path).inserted { notes.append(refusal.description) }
    }

    /// The file, then every journal from its first line, oldest first.
    private func replayAll(_ notes: inout [String]) {
        var found: [Followed] = []
        for stamp in journalStamps(&notes) {
            var followed = Followed(path: stamp.path, inode: stamp.inode, owner: stamp.owner)
            if let members = JournalReader.header(stamp.path, trust: FileTrust(owners: [stamp.owner]), fileSystem: fs) {
                followed.started = Self.number(members["started"]).map(Date.init(timeIntervalSince1970:))
                if let pid = Self.number(members["pid"]) {
                    followed.writer = MapLock.Holder(pid: Int(pid), host: Self.text(members["host"]), user: Self.text(members["user"]),
                                                     since: nil, owner: stamp.owner)
                }
            }
            found.append(followed)
        }
        journalWriters = Dictionary(found.compactMap { f in f.writer.map { (f.path, $0) } }, uniquingKeysWith: { a, _ in a })
        let running = found.filter { $0.writer?.isRunning == true }
        seen = (found.map(\.path), running.map(\.path))
        if !running.isEmpty { found = running }
        journals = found.sorted { ($0.started ?? .distantPast, $0.path) < ($1.started ?? .distantPast, $1.path) }
        damagedSeen = 0
        guard let start = fileMap ?? (journals.isEmpty ? nil : BlankMap.make()) else {
            replayer = nil
            return
        }
        replayer = Replayer(map: start, choices: [:], otherwise: .mine)
        for i in journals.indices {
            replayer!.flush()
            journals[i].base = replayer!.map
            readOn(i, &notes)
        }
    }

    /// The journals of running journeys among those followed (their headers as read).
    private func runningJournals() -> [String] {
        journalWriters.filter { $0.value.isRunning }.map(\.key).sorted()
    }

    private var journalWriters: [String: MapLock.Holder] = [:]

    /// Applies the whole lines journal `i` gained since it was last read.
    private func readOn(_ i: Int, _ notes: inout [String]) {
        let path = journals[i].path
        do {
            let reached = try JournalReader.read(path, trust: FileTrust(owners: [journals[i].owner]), from: journals[i].consumed,
                                                 firstLine: journals[i].lines + 1, fileSystem: fs) { number, line in
                switch line {
                case .unfinished: return
                case .header: break
                case .damaged(let record): replayer?.damaged.append(record)
                case .edit(let seq, let changes): replayer?.apply(seq: seq, changes: changes)
                case .saved(_, _, let print):
                    // The file is the one this save wrote: it holds every edit so far.
                    if print == fingerprint, let base = journals[i].base {
                        replayer = Replayer(map: base, choices: [:], otherwise: .mine, damaged: replayer?.damaged ?? DamagedRecords())
                    }
                }
                journals[i].lines = number
            }
            if let reached { (journals[i].consumed, journals[i].looked) = (reached.whole, reached.end) }
            said.remove(path)
        } catch {
            say(FileTrust.Refusal(path: path, reason: "its edits are not shown: \(error.reason)"), &notes)
        }
    }

    private static func number(_ value: JSONValue?) -> Double? {
        if case .number(let text)? = value { return Double(text) }
        return nil
    }

    private static func text(_ value: JSONValue?) -> String {
        if case .string(let text)? = value { return text }
        return ""
    }

    // MARK: the editor and its lead

    private func editorState(_ notes: inout [String]) -> WatchedEditor {
        let info = try? fs.lstat(paths.lock)
        let stamp = info.map(FileStamp.init)
        if stamp != lockStamp {
            lockStamp = stamp
            lockHolder = nil
            do {
                if stamp != nil { lockHolder = try MapLock.read(paths.lock, trust: trust, fileSystem: fs) }
            } catch {
                say(error, &notes)
            }
        }
        if lockHolder?.isRunning == true || !seen.running.isEmpty { return .editing }
        if !seen.all.isEmpty { return .stopped(unsaved: true) }
        if lockHolder != nil { return .stopped(unsaved: false) }
        return fileStamp == nil ? .missing : .closed
    }

    /// The lead of a running journey that journey believes, the newest when there are several.
    private func currentLead(_ notes: inout [String]) -> LeadPosition? {
        let names = ((try? fs.contentsOfFolder(paths.folder)) ?? []).filter { $0.hasPrefix(paths.leadPrefix) }
        var stamps: [String: FileStamp] = [:]
        for name in names {
            if let info = try? fs.lstat(paths.folder + "/" + name) { stamps[name] = FileStamp(info) }
        }
        if stamps != leadStamps {
            leadStamps = stamps
            let reading = LeadFile.read(paths, fileSystem: fs)
            leads = reading.leads
            for refusal in reading.ignored { say(refusal, &notes) }
        }
        return leads.first { $0.writerIsRunning }
    }
}
