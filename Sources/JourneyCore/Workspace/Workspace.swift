import FoundationEssentials
import Synchronization

/// A folder of maps, usually a git repository: every map in it and its
/// subfolders with its summary, the maps that do not load with their reason,
/// and (when asked) every map's records for the backlog and queries. Maps are
/// read on every core, and only those whose file changed since the cache saw
/// it (by size and time, then by fingerprint).
public struct Workspace: Sendable {
    public var root: String
    /// Maps and files meant as maps that do not load, by path.
    public var maps: [WorkspaceEntry]
    /// Each map's records, in the order of `maps` (empty for one that does not load); empty unless asked for.
    public var records: [MapRecords]
    /// How many files were read this time (the rest were known by their size and time),
    public var read: Int
    /// and how many of those were decoded as maps (the rest were known by their fingerprint).
    public var decoded = 0

    /// Why a workspace could not be opened at all.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var folder: String
        public var reason: String
        public var description: String { "\(folder): cannot list the maps in it (\(reason)). Check the path and its permissions." }
    }

    /// `progress` hears how many files of how many have been looked at, from any thread. `earlierChecks`
    /// takes a summary checked on an earlier day as it is (the portfolio's first frame, before it reads again).
    public static func open(_ root: String, today: Date = Date(), earlierChecks: Bool = false, withRecords: Bool = false,
                            cache: WorkspaceCache? = .standard(),
                            fileSystem fs: FileSystem & Sendable = PosixFileSystem.shared,
                            progress: (@Sendable (Int, Int) -> Void)? = nil) throws(Failure) -> Workspace {
        let files: [WorkspaceFiles.Found]
        do {
            files = try WorkspaceFiles.scan(root, fileSystem: fs)
        } catch {
            throw Failure(folder: root, reason: error.reason)
        }
        let key = (try? fs.realpath(root)) ?? root
        let known = Dictionary((cache?.manifest(of: key) ?? []).map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
        let day = CalendarDay.text(today)
        let done = Atomic<Int>(0)
        let found = EveryCore.map(files.count) { n in
            defer { progress?(done.add(1, ordering: .relaxed).newValue, files.count) }
            return look(at: files[n], in: root, known: known[files[n].path], day: day, earlierChecks: earlierChecks, today: today,
                        withRecords: withRecords, cache: cache, fs: fs)
        }
        let entries = found.map(\.entry)
        if let cache, found.contains(where: \.wasRead) || entries.count != known.count {
            cache.storeManifest(entries, of: key)
        }
        let meant = found.indices.filter { found[$0].entry.state != .notAMap }
        return Workspace(root: root, maps: meant.map { entries[$0] },
                         records: withRecords ? meant.map { found[$0].records ?? MapRecords() } : [],
                         read: found.count(where: \.wasRead), decoded: found.count(where: \.wasDecoded))
    }

    private struct Looked: Sendable {
        var entry: WorkspaceEntry
        var records: MapRecords?
        var wasRead: Bool
        var wasDecoded = false
    }

    private static func look(at file: WorkspaceFiles.Found, in root: String, known: WorkspaceEntry?, day: String,
                             earlierChecks: Bool, today: Date, withRecords: Bool, cache: WorkspaceCache?,
                             fs: FileSystem & Sendable) -> Looked {
        func current(_ summary: MapSummary) -> Bool { earlierChecks || summary.checkedOn == day }
        // The manifest says the file is as it was: nothing to read but the records, if asked for.
        if let known, known.file == file {
            switch known.state {
            case .notAMap, .failed: return Looked(entry: known, records: nil, wasRead: false)
            case .map(let summary) where current(summary):
                if !withRecords { return Looked(entry: known, records: nil, wasRead: false) }
                if let records = cache?.version(known.fingerprint, withRecords: true)?.records {
                    return Looked(entry: known, records: records, wasRead: false)
                }
            case .map: break
            }
        }
        let bytes: [UInt8]
        do {
            bytes = try MapStore.readFile(path: root + "/" + file.path, streams: false, fileSystem: fs)
        } catch {
            return Looked(entry: WorkspaceEntry(file: file, fingerprint: "", state: .failed(error.description)), records: nil,
                          wasRead: true)
        }
        // A version seen before (here or in another workspace) is known by its fingerprint, and not decoded again.
        let fingerprint = Journal.fingerprint(bytes)
        if let seen = cache?.version(fingerprint, withRecords: withRecords), current(seen.summary) {
            return Looked(entry: WorkspaceEntry(file: file, fingerprint: fingerprint, state: .map(seen.summary)), records: seen.records,
                          wasRead: true)
        }
        if let known, known.fingerprint == fingerprint, known.summary == nil {
            return Looked(entry: WorkspaceEntry(file: file, fingerprint: fingerprint, state: known.state), records: nil, wasRead: true)
        }
        guard WorkspaceFiles.isMeantAsMap(path: file.path, bytes: bytes) else {
            return Looked(entry: WorkspaceEntry(file: file, fingerprint: fingerprint, state: .notAMap), records: nil, wasRead: true)
        }
        let map: JourneyMap
        do {
            map = try MapStore.decode(bytes, file: file.path)
        } catch {
            return Looked(entry: WorkspaceEntry(file: file, fingerprint: fingerprint, state: .failed(error.description)),
                          records: nil, wasRead: true, wasDecoded: true)
        }
        let summary = MapSummary(map, at: file.path, today: today)
        let records = MapRecords(map)
        cache?.storeVersion(summary, records, fingerprint: fingerprint)
        return Looked(entry: WorkspaceEntry(file: file, fingerprint: fingerprint, state: .map(summary)),
                      records: withRecords ? records : nil, wasRead: true, wasDecoded: true)
    }
}
