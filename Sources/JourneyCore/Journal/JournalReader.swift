import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyJSON

/// A line of a journal as read back: each stands alone, so a damaged one
/// is reported and the reading goes on.
enum JournalLine {
    case header([String: JSONValue])
    case edit(seq: Int, changes: [JSONValue])
    case saved(seq: Int, through: Int, fingerprint: String)
    case damaged(DamagedRecord)
    /// A last line cut short: an edit whose write a kill interrupted, never confirmed.
    case unfinished
}

/// Reads a journal a chunk at a time: memory stays bounded by the longest
/// line, whatever the journal's length, and each byte is looked at once.
/// Only a journal `FileTrust` believes is read.
enum JournalReader {
    static let chunk = 1 << 16
    /// No bound on a journal's size: read a line at a time, it costs time
    /// in proportion, and memory only for its longest line.
    static let limit = Int.max

    /// How far a reading got: the end of its last whole line, and of what it read.
    struct Reach {
        var whole: Int
        var end: Int
    }

    /// Each whole line from `offset` (numbered from `firstLine`), read; a last
    /// line without its newline is `.unfinished`. Nil when there is no such file.
    @discardableResult
    static func read(_ path: String, trust: FileTrust, from offset: Int = 0, firstLine: Int = 1, fileSystem fs: FileSystem,
                     _ body: (Int, JournalLine) -> Void) throws(FileTrust.Refusal) -> Reach? {
        guard let (fd, _) = try trust.open(path, limit: limit, fileSystem: fs) else { return nil }
        defer { try? fs.close(fd, path: path) }
        return try lines(fd, path: path, from: offset, firstLine: firstLine, fileSystem: fs) { number, start, line, complete in
            let damage = DamagedRecord(line: number, offset: start, length: line.count + (complete ? 1 : 0))
            guard complete else { return body(number, .unfinished) }
            guard let value = Journal.entry(line), case .object(let members) = value else { return body(number, .damaged(damage)) }
            body(number, parse(members, line: number) ?? .damaged(damage))
        }
    }

    /// Each line of the open journal `fd` (numbered from `firstLine`) with the
    /// offset it starts at, without its newline, and whether it had one.
    @discardableResult
    static func lines(_ fd: Int32, path: String, from offset: Int = 0, firstLine: Int = 1, fileSystem fs: FileSystem,
                      _ body: (Int, Int, ArraySlice<UInt8>, Bool) -> Void) throws(FileTrust.Refusal) -> Reach {
        if offset > 0, lseek(fd, off_t(offset), SEEK_SET) != offset {
            throw FileTrust.Refusal(path: path, reason: String(cString: strerror(errno)))
        }
        var carry: [UInt8] = []
        // Where `carry` was searched to its end: a partial line is never searched twice.
        var searched = 0
        var lineOffset = offset
        var number = firstLine - 1
        while true {
            let bytes: [UInt8]
            do {
                bytes = try fs.read(fd, chunk, path: path)
            } catch {
                throw FileTrust.Refusal(path: path, reason: error.reason)
            }
            if bytes.isEmpty { break }
            carry += bytes
            var start = carry.startIndex
            while let newline = carry[max(start, searched)...].firstIndex(of: UInt8(ascii: "\n")) {
                number += 1
                body(number, lineOffset, carry[start..<newline], true)
                lineOffset += newline + 1 - start
                start = newline + 1
            }
            if start > 0 { carry.removeSubrange(..<start) }
            searched = carry.count
        }
        if !carry.isEmpty { body(number + 1, lineOffset, carry[...], false) }
        return Reach(whole: lineOffset, end: lineOffset + carry.count)
    }

    /// The header of a journal, read from its first chunk alone; nil when it has none that holds.
    static func header(_ path: String, trust: FileTrust, fileSystem fs: FileSystem) -> [String: JSONValue]? {
        guard let (fd, _) = try? trust.open(path, limit: limit, fileSystem: fs) else { return nil }
        defer { try? fs.close(fd, path: path) }
        guard let bytes = try? fs.read(fd, chunk, path: path), let newline = bytes.firstIndex(of: UInt8(ascii: "\n")),
              let value = Journal.entry(bytes[..<newline]), case .object(let members) = value,
              case .header(let header)? = parse(members, line: 1) else { return nil }
        return header
    }

    static func parse(_ members: [String: JSONValue], line: Int) -> JournalLine? {
        if line == 1 || members["journal"] != nil { return members["journal"] == .string(Journal.format) ? .header(members) : nil }
        guard case .number(let text)? = members["seq"], let seq = Int(text) else { return nil }
        if case .array(let changes)? = members["changes"] { return .edit(seq: seq, changes: changes) }
        if case .object(let saved)? = members["saved"], case .number(let through)? = saved["through"],
           let last = Int(through), case .string(let fingerprint)? = saved["fingerprint"] {
            return .saved(seq: seq, through: last, fingerprint: fingerprint)
        }
        return nil
    }
}

/// A journal found beside a map, as its header tells (read without the rest).
public struct FoundJournal: Equatable, Sendable {
    public var path: String
    public var version: Int?
    public var base: String?
    /// The account that owns the file, by name: the kernel's word, not the header's.
    public var user: String
    public var host: String
    public var pid: Int?
    public var started: Date?
    /// Lines after the header: edits and save markers.
    public var records: Int
    public var headerDamaged: Bool
    /// The account that owns the file.
    public var owner: uid_t

    /// Whether the journey writing it still runs: then it is not for recovery.
    public var writerIsRunning: Bool {
        guard let pid else { return false }
        return MapLock.Holder(pid: pid, host: host, user: user, since: nil, owner: owner).isRunning
    }

    /// Every journal beside the map, oldest first, those of running journeys left out.
    public static func all(_ paths: MapPaths, fileSystem fs: FileSystem = PosixFileSystem.shared) -> [FoundJournal] {
        scan(paths, fileSystem: fs).journals
    }

    /// As `all`, and the files named as journals that are not journey's, which are left alone.
    public static func scan(_ paths: MapPaths, fileSystem fs: FileSystem = PosixFileSystem.shared)
        -> (journals: [FoundJournal], ignored: [FileTrust.Refusal]) {
        let trust = FileTrust(paths, fileSystem: fs)
        let names = (try? fs.contentsOfFolder(paths.folder)) ?? []
        var found: [FoundJournal] = []
        var ignored: [FileTrust.Refusal] = []
        for name in names.sorted() where paths.isJournal(name) || paths.folder + "/" + name == paths.legacyJournal {
            do {
                if let journal = try FoundJournal(path: paths.folder + "/" + name, trust: trust, fileSystem: fs),
                   !journal.writerIsRunning {
                    found.append(journal)
                }
            } catch {
                ignored.append(error)
            }
        }
        return (found.sorted { ($0.started ?? .distantPast, $0.path) < ($1.started ?? .distantPast, $1.path) }, ignored)
    }

    /// Nil when the file is gone.
    init?(path: String, trust: FileTrust, fileSystem fs: FileSystem) throws(FileTrust.Refusal) {
        self.path = path
        user = ""
        host = ""
        records = 0
        headerDamaged = false
        guard let (fd, info) = try trust.open(path, limit: JournalReader.limit, fileSystem: fs) else { return nil }
        defer { try? fs.close(fd, path: path) }
        owner = info.st_uid
        user = ThisProcess.accountLabel(owner)
        var header: [String: JSONValue]?
        try JournalReader.lines(fd, path: path, fileSystem: fs) { number, _, line, complete in
            if number == 1, complete, let value = Journal.entry(line), case .object(let members) = value,
               members["journal"] == .string(Journal.format) {
                header = members
            } else if complete {
                records += 1
            }
        }
        guard let header else {
            headerDamaged = true
            records = max(0, records - 1)
            return
        }
        if case .number(let v)? = header["version"] { version = Int(v) }
        if case .string(let b)? = header["base"] { base = b }
        if case .string(let h)? = header["host"] { host = h }
        if case .number(let p)? = header["pid"] { pid = Int(p) }
        if case .number(let t)? = header["started"] { started = Double(t).map(Date.init(timeIntervalSince1970:)) }
    }
}
