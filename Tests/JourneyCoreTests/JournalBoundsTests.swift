import Foundation
@testable import JourneyCore
import Testing

/// Issue 25: what a journal may cost to read.
@Suite struct JournalBoundsTests {
    /// Finding 8: a last line without its newline waits for the journal to
    /// grow; a watcher that looked at it does not read it again at every look.
    @Test func aWatcherDoesNotReadAPartialLineAgainUntilTheJournalGrows() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("map.json")
        #expect(MapStore.save(SampleMap.make(), to: path).isSaved)
        let journal = folder.write(".map.json.journal-partial", String(repeating: "x", count: 1 << 20))
        let fs = FaultyFileSystem()
        let live = LiveMap(path, fileSystem: fs)
        _ = live.poll()
        let looked = fs.calls.count
        for _ in 0..<3 { _ = live.poll() }
        let reads = fs.calls[looked...].filter { $0 == "read \(journal)" }
        #expect(reads.isEmpty, "read the partial line again \(reads.count) times")
    }
}
