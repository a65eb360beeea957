import Foundation

/// Appends committed edits to a map's journal, each flushed to disk before
/// `append` returns.
public final class JournalWriter {
    public let path: String
    private var fd: Int32
    private var sequence = 0

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Starts a journal for the map at `mapPath`, whose saved bytes have the
    /// fingerprint `base` (nil when the file does not exist yet). Replaces an old journal.
    public init(mapPath: String, base: String?) throws(Failure) {
        path = Journal.path(for: mapPath)
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw Failure(description: "cannot write the recovery journal \(path): \(String(cString: strerror(errno)))")
        }
        let header: JSONValue = .object([
            "journal": .string(Journal.format), "version": .int(1),
            "file": .string(URL(fileURLWithPath: mapPath).lastPathComponent),
            "base": base.map(JSONValue.string) ?? .null,
            "started": .double(Date().timeIntervalSince1970.rounded()),
            "pid": .int(ThisProcess.pid), "host": .string(ThisProcess.host), "user": .string(ThisProcess.user),
        ])
        try write(Journal.line(header))
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Appends one committed transaction and flushes it to disk.
    public func append(_ transaction: Transaction) throws(Failure) {
        sequence += 1
        let record: JSONValue = .object([
            "seq": .int(sequence),
            "time": .double(Date().timeIntervalSince1970.rounded()),
            "changes": .array(transaction.changes.map(Journal.encode)),
        ])
        try write(Journal.line(record))
    }

    private func write(_ bytes: [UInt8]) throws(Failure) {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot write the recovery journal: \(String(cString: strerror(errno)))")
            }
            written += n
        }
        if fdatasync(fd) != 0 {
            throw Failure(description: "cannot flush the recovery journal: \(String(cString: strerror(errno)))")
        }
    }

    /// Ends the journal: the map on disk now holds every edit.
    public func remove() {
        if fd >= 0 { close(fd) }
        fd = -1
        unlink(path)
    }
}

/// What a journal found beside a map holds, read back for recovery.
public struct JournalContents: Sendable {
    public var path: String
    public var base: String?
    public var started: Date?
    public var pid: Int?
    public var host: String
    public var user: String
    /// Each committed transaction, as its list of changes in JSON.
    public var records: [[JSONValue]]
    public var lastEdit: Date?
    /// True when the journal ends in a damaged or unfinished line.
    public var isDamaged: Bool

    public static func read(mapPath: String) -> JournalContents? {
        let path = Journal.path(for: mapPath)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var contents = JournalContents(path: path, base: nil, started: nil, pid: nil, host: "", user: "", records: [],
                                       lastEdit: nil, isDamaged: false)
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if data.last != UInt8(ascii: "\n") {
            contents.isDamaged = !data.isEmpty
        }
        lines.removeLast()  // after the final newline, or the unfinished line
        for (number, line) in lines.enumerated() {
            guard let value = entry(Array(line)), case .object(let object) = value else {
                contents.isDamaged = true
                break
            }
            if number == 0 {
                guard object["journal"] == .string(Journal.format) else { return nil }
                if case .string(let base)? = object["base"] { contents.base = base }
                if case .number(let t)? = object["started"] { contents.started = Double(t).map(Date.init(timeIntervalSince1970:)) }
                if case .number(let p)? = object["pid"] { contents.pid = Int(p) }
                if case .string(let host)? = object["host"] { contents.host = host }
                if case .string(let user)? = object["user"] { contents.user = user }
                continue
            }
            guard case .array(let changes)? = object["changes"] else {
                contents.isDamaged = true
                break
            }
            contents.records.append(changes)
            if case .number(let t)? = object["time"] { contents.lastEdit = Double(t).map(Date.init(timeIntervalSince1970:)) }
        }
        return contents
    }

    static func entry(_ line: [UInt8]) -> JSONValue? {
        guard line.count > 17, line[16] == UInt8(ascii: " ") else { return nil }
        let payload = Array(line[17...])
        guard String(decoding: line[..<16], as: UTF8.self) == Journal.fingerprint(payload) else { return nil }
        return try? JSONParser.parse(payload)
    }

    public var editCount: Int { records.count }

    /// Whether the map file is still the one the journal was started on.
    public func matches(base fingerprint: String?) -> Bool { base == fingerprint }

    /// The map with every journaled edit applied, as one transaction.
    public func replay(onto map: JourneyMap) throws(MapDecodingError) -> Transaction {
        var current = map
        var all: [Change] = []
        for (number, changes) in records.enumerated() {
            for (i, value) in changes.enumerated() {
                let change = try Journal.decode(value, onto: current, at: JSONPath.root.key("edit \(number + 1)").index(i))
                change.apply(to: &current)
                all.append(change)
            }
        }
        return Transaction(all)
    }

    public func remove() { unlink(path) }
}
