// libFuzzer target for journal replay: compiled together with
// Sources/JourneyCore by run.sh (not part of the SwiftPM build).
// The input is a journal replayed onto the sample map. Its first byte picks
// how the rest is read: even, each line gets its checksum added (so the
// fuzzer explores records); odd, the bytes are the journal as they are
// (framing, damage). Replay must never crash, and whatever it gives, with
// either side kept in conflicts, must save and load back.

import Foundation

/// One read-only file held in memory: the journal under test.
final class MemoryJournal: FileSystem {
    let path = "/fuzz/.m.json.journal-fuzz"
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func refuse(_ operation: String, _ path: String) -> FileSystemError {
        FileSystemError(code: EROFS, operation: operation, path: path)
    }

    func open(_ path: String, _ flags: Int32, _ mode: mode_t) throws(FileSystemError) -> Int32 {
        guard path == self.path, flags & (O_WRONLY | O_RDWR | O_CREAT) == 0 else { throw refuse("open", path) }
        position = 0
        return 3
    }

    func read(_ fd: Int32, _ count: Int, path: String) throws(FileSystemError) -> [UInt8] {
        let end = min(bytes.count, position + count)
        defer { position = end }
        return Array(bytes[position..<end])
    }

    func lstat(_ path: String) throws(FileSystemError) -> stat {
        guard path == self.path else { throw FileSystemError(code: ENOENT, operation: "lstat", path: path) }
        var info = stat()
        info.st_mode = S_IFREG | 0o600
        info.st_size = off_t(bytes.count)
        return info
    }

    func close(_ fd: Int32, path: String) throws(FileSystemError) {}
    func write(_ fd: Int32, _ bytes: [UInt8], at offset: Int, path: String) throws(FileSystemError) { throw refuse("write", path) }
    func fsync(_ fd: Int32, path: String) throws(FileSystemError) { throw refuse("fsync", path) }
    func truncate(_ fd: Int32, _ length: Int, path: String) throws(FileSystemError) { throw refuse("truncate", path) }
    func fchown(_ fd: Int32, _ owner: uid_t, _ group: gid_t, path: String) throws(FileSystemError) { throw refuse("fchown", path) }
    func fchmod(_ fd: Int32, _ mode: mode_t, path: String) throws(FileSystemError) { throw refuse("fchmod", path) }
    func fstat(_ fd: Int32, path: String) throws(FileSystemError) -> stat { try lstat(self.path) }
    func rename(_ from: String, _ to: String) throws(FileSystemError) { throw refuse("rename", to) }
    func link(_ from: String, _ to: String) throws(FileSystemError) { throw refuse("link", to) }
    func unlink(_ path: String) throws(FileSystemError) { throw refuse("unlink", path) }
    func mkdir(_ path: String, _ mode: mode_t) throws(FileSystemError) { throw refuse("mkdir", path) }
    func readlink(_ path: String) throws(FileSystemError) -> String { throw FileSystemError(code: EINVAL, operation: "readlink", path: path) }
    func realpath(_ path: String) throws(FileSystemError) -> String { path }
    func contentsOfFolder(_ path: String) throws(FileSystemError) -> [String] { [".m.json.journal-fuzz"] }
}

let sample = SampleMap.make()
// The sample always encodes; if it ever did not, the fuzzer should stop at once.
let sampleFingerprint = Journal.fingerprint(try! MapStore.encode(sample))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJournal(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let input = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let journal: [UInt8]
    if data[0] & 1 == 0 {
        journal = input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
            .flatMap { line in Array(Journal.fingerprint(Array(line)).utf8) + [UInt8(ascii: " ")] + line + [UInt8(ascii: "\n")] }
    } else {
        journal = input
    }
    let fs = MemoryJournal(journal)
    let paths = MapPaths("/fuzz/m.json", fileSystem: fs)
    for found in FoundJournal.all(paths, fileSystem: fs) {
        for side in [RecoverySide.mine, .theirs] {
            let result = Recovery.replay(found, onto: sample, fileFingerprint: sampleFingerprint, otherwise: side, fileSystem: fs)
            if result.map == sample { continue }  // known to load; checking only what changed keeps the runs fast
            guard case .success(let bytes) = MapStore.checkedBytes(result.map, file: "fuzz") else {
                fatalError("replay gave a map that does not load back")
            }
            precondition((try? MapStore.decode(bytes, file: "fuzz")) == result.map, "the replayed map changed on a save and load")
        }
    }
    return 0
}
