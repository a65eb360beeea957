import FoundationEssentials
import JourneyJSON

/// The recovery journal, version 2: a hidden file beside the map to which
/// every committed edit is appended and flushed before the screen shows it done.
///
/// Design, after three trusted stores:
/// - SQLite's rollback journal: a journal is only trusted line by line
///   (each record carries its own checksum, so one damaged byte loses that
///   record and not the rest), and the moment a save takes effect is
///   recorded in the journal itself before the file is replaced: a **save
///   marker** naming the last edit the new file holds and the new file's
///   fingerprint is flushed before the rename. Recovery that finds the file
///   with that fingerprint knows those edits are in it and never replays
///   them. SQLite's harness also taught the tests: every file call goes
///   through `FileSystem`, and a test fails or "crashes" each one in turn.
/// - vim's swap files: one per session (`.NAME.journal-SESSION`), holding
///   who wrote it (pid, host, user), so "open anyway" never makes two
///   editors share one, and recovery lists every journal beside the map,
///   skipping those whose writer still runs. Like `vim -r`, recovery never
///   deletes what it could not fully apply: such a journal is kept as
///   `.NAME.journal-SESSION.damaged`.
/// - git's lock files and ref updates: files journey owns are made with
///   O_EXCL|O_NOFOLLOW under unpredictable names and checked with fstat;
///   a lock is written whole and then linked into place; an update states
///   the old value as well as the new one (`from` and `to` in every change),
///   so it applies only where the old value is still there.
///
/// Format: one line per record, a 16-digit FNV-1a checksum of the JSON, a
/// space, compact JSON, a newline. The first line is the header
/// (`journal`, `version`, `session`, `file`, `base` fingerprint, `started`,
/// `pid`, `host`, `user`). Each edit is `{"seq", "time", "changes"}`, its
/// changes pointing at stages and touchpoints by id, each holding its before
/// and after (so it is self-describing and replays by id, three-way, onto a
/// file that changed since). A save marker is `{"seq", "saved": {"through",
/// "fingerprint"}}`. Values are checked against the loader before they are
/// written, so a journal never holds one the map could not hold.
public enum Journal {
    public static let format = "journey-journal"
    public static let version = 2
    /// How much deeper than in the map a value sits in a record: the record,
    /// its `changes`, the change, whose `from` or `to` holds the map's own
    /// members (`JournalChange.info`). A record is read with this much more
    /// room than a map, so every value a map may hold can be journaled and
    /// read back, without parsing each record again as it is written.
    static let recordDepth = 3

    public static func fingerprint(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func line(_ value: JSONValue) -> [UInt8] {
        // Values are checked against the loader before they are journaled, so
        // the writer cannot refuse one here; if it did, the line would read
        // back as damaged, never as a wrong edit.
        let payload = (try? JSONWriter.compact(value)) ?? Array("unwritable".utf8)
        return Array(fingerprint(payload).utf8) + [UInt8(ascii: " ")] + payload + [UInt8(ascii: "\n")]
    }

    /// The JSON of a line whose checksum holds, or nil.
    static func entry(_ line: ArraySlice<UInt8>) -> JSONValue? {
        guard line.count > 17, line[line.startIndex + 16] == UInt8(ascii: " ") else { return nil }
        let payload = Array(line[(line.startIndex + 17)...])
        guard String(decoding: line.prefix(16), as: UTF8.self) == fingerprint(payload) else { return nil }
        return try? JSONParser.parse(payload, maxDepth: JSONParser.maxDepth + recordDepth)
    }

    static func header(session: String, file: String, base: String?) -> JSONValue {
        .object([
            "journal": .string(format), "version": .int(version), "session": .string(session),
            "file": .string(file), "base": base.map(JSONValue.string) ?? .null,
            "started": .double(Date().timeIntervalSince1970.rounded()),
            "pid": .int(ThisProcess.pid), "host": .string(ThisProcess.host), "user": .string(ThisProcess.user),
        ])
    }

    static func editRecord(seq: Int, changes: [JSONValue]) -> JSONValue {
        .object(["seq": .int(seq), "time": .double(Date().timeIntervalSince1970.rounded()), "changes": .array(changes)])
    }

    static func saveMarker(seq: Int, through: Int, fingerprint: String) -> JSONValue {
        .object(["seq": .int(seq), "saved": .object(["through": .int(through), "fingerprint": .string(fingerprint)])])
    }
}
