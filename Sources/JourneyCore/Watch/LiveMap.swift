import FoundationEssentials
import Glibc

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
        /// Bytes read and applied: up to the end of its last whole line.
        var consumed = 0
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
    private var unreadable: Set<String> = []
    private var shown: JourneyMap?
    private var lockStamp: FileStamp?
    private var lockHolder: MapLock.Holder?
    private var leadStamp: FileStamp?
    private var leadReading: LeadFile.Reading?
    private var last: (editor: WatchedEditor, lead: LeadPosition?)?

    public init(_ path: String, fileSystem: FileSystem = PosixFileSystem.shared) {
        fs = fileSystem
        paths = MapPaths(path, fileSystem: fileSystem)
    }

    /// What changed since the last look; nil when nothing did. The first look always answers.
    public func poll() -> WatchUpdate? {
        var notes: [String] = []
        let before = fingerprint
        let fileChanged = lookAtFile(&notes)
        var rebuild = fileChanged
        let found = journalStamps()
        if found.map(\.path) != seen.all || runningJournals() != seen.running
            || found.contains(where: { stamp in journals.contains { $0.path == stamp.path && ($0.inode != stamp.inode || stamp.size < $0.consumed) } }) {
            rebuild = true
        }
        var read = rebuild
        if rebuild {
            replayAll(&notes)
        } else if let grown = found.first(where: { stamp in journals.contains { $0.path == stamp.path && stamp.size > $0.consumed } }) {
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
        let editor = editorState()
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
            fileMap = try MapStore.decode(bytes, file: paths.given)
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
        var size: Int
    }

    /// The journals beside the map now, by path.
    private func journalStamps() -> [Stamp] {
        let names = (try? fs.contentsOfFolder(paths.folder)) ?? []
        return names.filter(paths.isJournal).sorted().compactMap { name in
            let path = paths.folder + "/" + name
            guard let info = try? fs.lstat(path), info.st_mode & S_IFMT == S_IFREG else { return nil }
            return Stamp(path: path, inode: UInt64(info.st_ino), size: Int(info.st_size))
        }
    }

    /// The file, then every journal from its first line, oldest first.
    private func replayAll(_ notes: inout [String]) {
        var found: [Followed] = []
        for stamp in journalStamps() {
            var followed = Followed(path: stamp.path, inode: stamp.inode)
            if let header = read(stamp.path, from: 0, &notes).first(where: { $0.number == 1 })?.line,
               case .header(let members) = header {
                followed.started = Self.number(members["started"]).map(Date.init(timeIntervalSince1970:))
                if let pid = Self.number(members["pid"]) {
                    followed.writer = MapLock.Holder(pid: Int(pid), host: Self.text(members["host"]), user: Self.text(members["user"]),
                                                     since: nil)
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
        for (number, line) in read(journals[i].path, from: journals[i].consumed, firstLine: journals[i].lines + 1, &notes) {
            journals[i].lines = number
            switch line {
            case .header, .unfinished: break
            case .damaged(let record): replayer?.damaged.append(record)
            case .edit(let seq, let changes): replayer?.apply(seq: seq, changes: changes)
            case .saved(_, _, let print):
                // The file is the one this save wrote: it holds every edit so far.
                if print == fingerprint, let base = journals[i].base {
                    replayer = Replayer(map: base, choices: [:], otherwise: .mine, damaged: replayer?.damaged ?? [])
                }
            }
        }
        if let info = try? fs.lstat(journals[i].path) { journals[i].consumed = min(Int(info.st_size), consumedTo) }
    }

    /// Where the last `read` stopped: the end of its last whole line.
    private var consumedTo = 0

    /// The whole lines of a journal from `offset`, numbered from `firstLine`.
    private func read(_ path: String, from offset: Int, firstLine: Int = 1,
                      _ notes: inout [String]) -> [(number: Int, line: JournalLine)] {
        consumedTo = offset
        let bytes: [UInt8]
        do {
            let fd = try fs.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK, 0)
            defer { try? fs.close(fd, path: path) }
            if offset > 0 { guard lseek(fd, off_t(offset), SEEK_SET) == offset else { return [] } }
            bytes = try fs.readAll(fd, path: path, limit: MapStore.maxFileSize)
            unreadable.remove(path)
        } catch {
            if error.code != ENOENT, unreadable.insert(path).inserted {
                notes.append("cannot read the journal \(path) (\(error.reason)); its edits are not shown")
            }
            return []
        }
        var lines: [(Int, JournalLine)] = []
        var start = 0
        var number = firstLine
        while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            let line = bytes[start..<newline]
            let record = DamagedRecord(line: number, offset: offset + start, length: newline - start + 1)
            if let value = Journal.entry(line), case .object(let members) = value,
               let parsed = JournalReader.parse(members, line: number) {
                lines.append((number, parsed))
            } else {
                lines.append((number, .damaged(record)))
            }
            number += 1
            start = newline + 1
        }
        consumedTo = offset + start
        return lines
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

    private func editorState() -> WatchedEditor {
        let info = try? fs.lstat(paths.lock)
        let stamp = info.map(FileStamp.init)
        if stamp != lockStamp {
            lockStamp = stamp
            lockHolder = stamp == nil ? nil : MapLock.read(paths.lock, fileSystem: fs)
        }
        if lockHolder?.isRunning == true || !seen.running.isEmpty { return .editing }
        if !seen.all.isEmpty { return .stopped(unsaved: true) }
        if lockStamp != nil { return .stopped(unsaved: false) }
        return fileStamp == nil ? .missing : .closed
    }

    private func currentLead(_ notes: inout [String]) -> LeadPosition? {
        let stamp = (try? fs.lstat(paths.lead)).map(FileStamp.init)
        if stamp != leadStamp {
            leadStamp = stamp
            leadReading = stamp == nil ? nil : LeadFile.read(paths, fileSystem: fs)
            if case .refused(let why)? = leadReading {
                notes.append("\(paths.lead) is not a lead journey wrote (\(why)); ignored")
            }
        }
        guard case .found(let lead)? = leadReading, lead.writerIsRunning else { return nil }
        return lead
    }
}
