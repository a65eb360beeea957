import Foundation
@testable import JourneyCore
import JourneyTestSupport
import Testing

@Suite struct WorkspaceTests {
    let today = CalendarDay.date("2026-12-07")!

    func save(_ map: JourneyMap, to path: String) {
        guard case .saved = MapStore.save(map, to: path) else {
            Issue.record("cannot save \(path)")
            return
        }
    }

    /// The sample at the top, a template in a subfolder, a JSON file that is no map, a map that
    /// does not load, and what must be passed over: a hidden folder, a link.
    func makeFolder() throws -> (TemporaryFolder, cache: TemporaryFolder) {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("retail/checkout"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.file(".git"), withIntermediateDirectories: true)
        save(SampleMap.make(), to: folder.file("sample.json"))
        let template = try BuiltinTemplate.all.first { $0.name == "omnichannel-retail" }!.make().get()
        save(template, to: folder.file("retail/checkout/store.journey.json"))
        save(SampleMap.make(), to: folder.file(".git/hidden.json"))
        folder.write("package.json", #"{"name": "not a map"}"#)
        folder.write("broken.journey.json", "{\"format\": \"journey-map\",\n")
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.json"), withDestinationPath: folder.file("sample.json"))
        // A FIFO another account planted would hang a reader that opened it: it is passed over.
        #expect(mkfifo(folder.file("planted.journey.json"), 0o666) == 0)
        return (folder, TemporaryFolder())
    }

    @Test func listsTheMapsInEveryFolderWithTheirSummaryAndTheOnesThatDoNotLoad() throws {
        let (folder, cache) = try makeFolder()
        defer { folder.remove(); cache.remove() }
        let workspace = try Workspace.open(folder.path, today: today, cache: WorkspaceCache(folder: cache.path))
        #expect(workspace.maps.map(\.path) == ["broken.journey.json", "retail/checkout/store.journey.json", "sample.json"])
        #expect(workspace.maps[0].failure?.contains("broken.journey.json:2:1: not valid JSON") == true)
        let sample = SampleMap.make()
        let summary = try #require(workspace.maps[2].summary)
        #expect(summary.title == sample.title)
        #expect(summary.stages == sample.stages.count)
        #expect(summary.touchpoints == sample.touchpointCount)
        #expect(summary.personas.map(\.name) == sample.personas.map(\.name))
        let maya = sample.stages.flatMap(\.touchpoints).compactMap { $0.emotion[sample.personas[0].id] }
        #expect(summary.personas[0].averageEmotion == maya.reduce(0, +) / Double(maya.count))
        let findings = MapCheck.run(sample, today: today)
        #expect(summary.warnings + summary.errors == findings.count)
        #expect(summary.findings.reduce(0) { $0 + $1.count } == findings.count)
        #expect(summary.checkedOn == "2026-12-07")
    }

    @Test func anUnchangedMapIsReadFromTheCacheAndAChangedOneAgain() throws {
        let (folder, cacheFolder) = try makeFolder()
        defer { folder.remove(); cacheFolder.remove() }
        let cache = WorkspaceCache(folder: cacheFolder.path)
        let first = try Workspace.open(folder.path, today: today, withRecords: true, cache: cache)
        #expect(first.read == 4)  // package.json is read once to learn that it is no map
        let again = try Workspace.open(folder.path, today: today, withRecords: true, cache: cache)
        #expect(again.read == 0)
        #expect(again.maps == first.maps)
        #expect(again.records == first.records)

        // Touched but the same bytes: read to compare fingerprints, summary kept.
        let sample = folder.file("sample.json")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: sample)
        let touched = try Workspace.open(folder.path, today: today, cache: cache)
        #expect(touched.read == 1)
        #expect(touched.maps[2].summary == first.maps[2].summary)

        var renamed = SampleMap.make()
        renamed.title = "Renamed in a branch"
        save(renamed, to: sample)
        let changed = try Workspace.open(folder.path, today: today, withRecords: true, cache: cache)
        #expect(changed.read == 1)
        #expect(changed.maps[2].summary?.title == "Renamed in a branch")

        // On another day the health is checked again (a review falls due by the calendar), unless earlier checks will do.
        let nextDay = CalendarDay.date("2027-06-01")!
        let earlier = try Workspace.open(folder.path, today: nextDay, earlierChecks: true, cache: cache)
        #expect(earlier.read == 0 && earlier.maps[2].summary?.checkedOn == "2026-12-07")
        let later = try Workspace.open(folder.path, today: nextDay, cache: cache)
        #expect(later.read == 2 && later.decoded == 2)
        #expect(later.maps[2].summary?.checkedOn == "2027-06-01")
    }

    /// A first read of a large workspace killed before it wrote its manifest: every map it had decoded is known
    /// by its fingerprint, and not decoded again.
    @Test func aReadCutShortLeavesWhatItLearntByFingerprint() throws {
        let (folder, cacheFolder) = try makeFolder()
        defer { folder.remove(); cacheFolder.remove() }
        let cache = WorkspaceCache(folder: cacheFolder.path)
        let first = try Workspace.open(folder.path, today: today, cache: cache)
        #expect(first.decoded == 3)
        for name in try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path) where name.hasSuffix(".manifest") {
            try FileManager.default.removeItem(atPath: cacheFolder.file(name))
        }
        let again = try Workspace.open(folder.path, today: today, withRecords: true, cache: cache)
        #expect(again.read == 4)
        #expect(again.decoded == 1)  // the map that does not load, to say why again
        #expect(again.maps == first.maps)
        #expect(again.records[2] == MapRecords(SampleMap.make()))
    }

    @Test func recordsAreTheMapsTouchpointsAndItemsFromFileOrCache() throws {
        let (folder, cacheFolder) = try makeFolder()
        defer { folder.remove(); cacheFolder.remove() }
        let cache = WorkspaceCache(folder: cacheFolder.path)
        let fresh = try Workspace.open(folder.path, today: today, withRecords: true, cache: cache)
        let sample = MapRecords(SampleMap.make())
        #expect(fresh.records[2] == sample)
        #expect(fresh.records[0] == MapRecords())
        #expect(sample.touchpoints.count == SampleMap.make().touchpointCount)
        #expect(sample.items.count == SampleMap.make().stages.flatMap(\.touchpoints).reduce(0) {
            $0 + $1.painPoints.count + $1.opportunities.count + $1.quotes.count
        })
        let cached = try Workspace.open(folder.path, today: today, withRecords: true, cache: cache)
        #expect(cached.read == 0)
        #expect(cached.records == fresh.records)
    }

    @Test func aCacheFileOthersMayWriteOrThatIsALinkIsNotBelieved() throws {
        let (folder, cacheFolder) = try makeFolder()
        defer { folder.remove(); cacheFolder.remove() }
        let cache = WorkspaceCache(folder: cacheFolder.path)
        _ = try Workspace.open(folder.path, today: today, withRecords: true, cache: cache)
        let records = try FileManager.default.contentsOfDirectory(atPath: cacheFolder.file("records"))
        for name in records { chmod(cacheFolder.file("records/" + name), 0o666) }
        let manifest = try #require(try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path).first { $0.hasSuffix(".manifest") })
        try FileManager.default.moveItem(atPath: cacheFolder.file(manifest), toPath: cacheFolder.file("planted"))
        try FileManager.default.createSymbolicLink(atPath: cacheFolder.file(manifest), withDestinationPath: cacheFolder.file("planted"))
        let distrusted = try Workspace.open(folder.path, today: today, withRecords: true, cache: cache)
        #expect(distrusted.read == 4)
        #expect(distrusted.records[2] == MapRecords(SampleMap.make()))
    }

    @Test func theCacheWithoutAFolderItMayWriteIsOnlySlower() throws {
        let (folder, cacheFolder) = try makeFolder()
        defer { folder.remove(); cacheFolder.remove() }
        cacheFolder.write("file", "a file where the cache's folder would be")
        let cache = WorkspaceCache(folder: cacheFolder.file("file/journey"))
        let workspace = try Workspace.open(folder.path, today: today, cache: cache)
        #expect(workspace.maps.count == 3)
        #expect(try Workspace.open(folder.path, today: today, cache: cache).read == 4)
    }

    @Test func aFolderThatCannotBeListedIsRefusedWithItsReason() {
        #expect(throws: Workspace.Failure.self) { try Workspace.open("/no/such/folder", cache: nil) }
        do {
            _ = try Workspace.open("/no/such/folder", cache: nil)
        } catch {
            #expect(error.description == "/no/such/folder: cannot list the maps in it (No such file or directory). Check the path and its permissions.")
        }
    }

    @Test func recordsAndManifestsSurviveTheirCodecAndAnyCutOrDamageReadsAsNothing() throws {
        let records = MapRecords(SampleMap.make())
        let summary = MapSummary(SampleMap.make(), at: "sample.json", today: today)
        let bytes = RecordsCodec.encode(summary, records)
        #expect(RecordsCodec.decode(bytes)?.records == records)
        #expect(RecordsCodec.decode(bytes)?.summary == summary)
        #expect(RecordsCodec.summary(bytes) == summary)
        var random = SeededRandom(seed: 30)
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
            #expect(RecordsCodec.decode(Array(bytes[..<cut])) == nil)
            _ = RecordsCodec.summary(Array(bytes[..<cut]))
        }
        for _ in 0..<500 {
            var damaged = bytes
            damaged[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
            _ = RecordsCodec.decode(damaged)  // never traps
        }
    }

    /// A high-level journey links into detailed ones and a current state has a future one: the portfolio lists them
    /// under it, links resolved from the map's own folder, a loop of links shown once.
    @Test func linkedMapsAndFutureStatesComeUnderTheMapTheyBelongTo() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.file("checkout"), withIntermediateDirectories: true)
        var overview = SampleMap.make()
        overview.title = "Overview"
        overview.stages[3].touchpoints[0].link = "checkout/current.json"
        overview.stages[0].touchpoints[0].link = "../outside.json"
        var current = SampleMap.make()
        current.title = "Checkout now"
        current.stages[0].touchpoints[0].link = "../a-overview.json"  // a loop back up
        var future = SampleMap.make()
        future.title = "Checkout next"
        future.futureOf = "./current.json"
        save(overview, to: folder.file("a-overview.json"))
        save(current, to: folder.file("checkout/current.json"))
        save(future, to: folder.file("checkout/next.json"))
        save(SampleMap.make(), to: folder.file("z-other.json"))
        let workspace = try Workspace.open(folder.path, today: today, cache: nil)
        #expect(workspace.maps.map(\.path) == ["a-overview.json", "checkout/current.json", "checkout/next.json", "z-other.json"])
        #expect(workspace.maps[0].summary?.links == ["checkout/current.json"])
        #expect(workspace.maps[2].summary?.futureOf == "checkout/current.json")
        let tree = WorkspaceTree.order(workspace.maps).map { "\($0.depth) \($0.entry.path)" }
        #expect(tree == ["0 a-overview.json", "1 checkout/current.json", "2 checkout/next.json", "0 z-other.json"])
        #expect(MapLink.inWorkspace("../../x.json", from: "a/b.json") == nil)
        #expect(MapLink.inWorkspace("/etc/passwd", from: "a/b.json") == nil)
        #expect(MapLink.inWorkspace("./c/../d.json", from: "a/b.json") == "a/d.json")
    }

    /// `journey` with no file opens the portfolio only where the folder itself holds a map, and never waits on a
    /// FIFO or reads a large JSON file to find out.
    @Test func aFolderHoldsMapsWhenAFileAtItsTopIsMeantAsOne() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        folder.write("package.json", #"{"name": "no map"}"#)
        #expect(mkfifo(folder.file("pipe.json"), 0o600) == 0)
        let data = [UInt8](repeating: 0x20, count: 33 << 20) + Array(#"{"format": "journey-map"}"#.utf8)
        #expect(FileManager.default.createFile(atPath: folder.file("data.json"), contents: Data(data)))
        try FileManager.default.createDirectory(atPath: folder.file("sub"), withIntermediateDirectories: true)
        save(SampleMap.make(), to: folder.file("sub/deeper.json"))
        #expect(!WorkspaceFiles.holdsMaps(folder.path))
        save(SampleMap.make(), to: folder.file("plain.json"))
        #expect(WorkspaceFiles.holdsMaps(folder.path))
        try FileManager.default.removeItem(atPath: folder.file("plain.json"))
        folder.write("named.journey.json", "not even JSON")
        #expect(WorkspaceFiles.holdsMaps(folder.path))
    }
}
