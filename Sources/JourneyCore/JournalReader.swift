import FoundationEssentials
import Glibc

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

/// A journal line whose checksum or content does not hold.
public struct DamagedRecord: Equatable, Sendable, CustomStringConvertible {
    /// 1 for the header.
    public var line: Int
    public var offset: Int
    public var length: Int

    public var description: String {
        (line == 1 ? "the header" : "record \(line - 1)") + " (bytes \(offset)–\(offset + length))"
    }
}

/// Reads a journal a chunk at a time: memory stays bounded by the longest
/// line, whatever the journal's length.
enum JournalReader {
    static let chunk = 1 << 16

    static func read(_ path: String, fileSystem fs: FileSystem, _ body: (JournalLine) -> Void) throws(FileSystemError) {
        var offset = 0
        try lines(path, fileSystem: fs) { number, line, complete in
            let damage = DamagedRecord(line: number, offset: offset, length: line.count + (complete ? 1 : 0))
            offset += damage.length
            guard complete else { return body(.unfinished) }
            guard let value = Journal.entry(line), case .object(let members) = value else { return body(.damaged(damage)) }
            body(parse(members, line: number) ?? .damaged(damage))
        }
    }

    /// Each line (numbered from 1) without its newline, and whether it had one.
    static func lines(_ path: String, fileSystem fs: FileSystem,
                      _ body: (Int, ArraySlice<UInt8>, Bool) -> Void) throws(FileSystemError) {
        let fd = try fs.open(path, O_RDONLY | O_NOFOLLOW, 0)
        defer { try? fs.close(fd, path: path) }
        var carry: [UInt8] = []
        var number = 0
        while true {
            let bytes = try fs.read(fd, chunk, path: path)
            if bytes.isEmpty { break }
            carry += bytes
            var start = carry.startIndex
            while let newline = carry[start...].firstIndex(of: UInt8(ascii: "\n")) {
                number += 1
                body(number, carry[start..<newline], true)
                start = newline + 1
            }
            carry.removeSubrange(..<start)
        }
        if !carry.isEmpty { body(number + 1, carry[...], false) }
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
    public var user: String
    public var host: String
    public var pid: Int?
    public var started: Date?
    /// Lines after the header: edits and save markers.
    public var records: Int
    public var headerDamaged: Bool

    /// Whether the journey writing it still runs: then it is not for recovery.
    public var writerIsRunning: Bool {
        guard let pid else { return false }
        return MapLock.Holder(pid: pid, host: host, user: user, since: nil).isRunning
    }

    /// Every journal beside the map, oldest first, those of running journeys left out.
    public static func all(_ paths: MapPaths, fileSystem fs: FileSystem = PosixFileSystem.shared) -> [FoundJournal] {
        let names = (try? fs.contentsOfFolder(paths.folder)) ?? []
        var found: [FoundJournal] = []
        for name in names where paths.isJournal(name) || paths.folder + "/" + name == paths.legacyJournal {
            if let journal = FoundJournal(path: paths.folder + "/" + name, fileSystem: fs), !journal.writerIsRunning {
                found.append(journal)
            }
        }
        return found.sorted { ($0.started ?? .distantPast, $0.path) < ($1.started ?? .distantPast, $1.path) }
    }

    init?(path: String, fileSystem fs: FileSystem) {
        guard let info = try? fs.lstat(path), info.st_mode & S_IFMT == S_IFREG else { return nil }
        self.path = path
        user = ""
        host = ""
        records = 0
        headerDamaged = false
        var header: [String: JSONValue]?
        do {
            try JournalReader.lines(path, fileSystem: fs) { number, line, complete in
                if number == 1, complete, let value = Journal.entry(line), case .object(let members) = value,
                   members["journal"] == .string(Journal.format) {
                    header = members
                } else if complete {
                    records += 1
                }
            }
        } catch {
            return nil
        }
        guard let header else {
            headerDamaged = true
            records = max(0, records - 1)
            return
        }
        if case .number(let v)? = header["version"] { version = Int(v) }
        if case .string(let b)? = header["base"] { base = b }
        if case .string(let u)? = header["user"] { user = u }
        if case .string(let h)? = header["host"] { host = h }
        if case .number(let p)? = header["pid"] { pid = Int(p) }
        if case .number(let t)? = header["started"] { started = Double(t).map(Date.init(timeIntervalSince1970:)) }
    }
}
