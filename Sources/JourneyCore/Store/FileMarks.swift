/// What the map's file held when this session last read or wrote it.
///
/// `fingerprint` is the journal's (FNV-1a, a byte at a time): journals write
/// it down, so it never changes. `digest` only notices someone else's save
/// before ours, which reads the whole file again: the standard library's
/// Hasher takes a quarter of FNV's time (3.4 against 15.6 ms for 14 MB), and
/// its seed differs per process, so it is never written anywhere.
struct FileMarks: Sendable {
    let fingerprint: String
    let digest: Int

    init(_ bytes: [UInt8]) {
        fingerprint = Journal.fingerprint(bytes)
        digest = Self.digest(bytes)
    }

    static func digest(_ bytes: [UInt8]) -> Int {
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }
}
