import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What journey learnt of a workspace's maps, kept in the user's own cache
/// folder (`$XDG_CACHE_HOME/journey/workspaces`, by default
/// `~/.cache/journey/workspaces`), never in the workspace: a shared folder
/// or a git repository stays as it is, and no other account can plant what
/// this one reads. A manifest per workspace (by the fingerprint of its real
/// path) says what each file was when read; the records of each version of a
/// map are kept by its fingerprint, so an unchanged map is never read again.
/// A cache that cannot be read or written is only slower: nothing depends on it.
public struct WorkspaceCache: Sendable {
    public let folder: String
    private let fs: FileSystem & Sendable
    /// Only files this account wrote, no one else may write, and no links.
    private let trust = FileTrust.mine

    public init(folder: String, fileSystem: FileSystem & Sendable = PosixFileSystem.shared) {
        self.folder = folder
        fs = fileSystem
    }

    /// The cache for this environment; nil without an absolute XDG_CACHE_HOME or HOME.
    public static func standard(environment: Environment = .process) -> WorkspaceCache? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return WorkspaceCache(folder: xdg + "/journey/workspaces") }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return WorkspaceCache(folder: home + "/.cache/journey/workspaces")
    }

    static let maxManifest = 64 * 1024 * 1024

    func manifest(of root: String) -> [WorkspaceEntry]? {
        read(manifestPath(root), limit: Self.maxManifest).flatMap(WorkspaceEntry.decode)
    }

    func storeManifest(_ entries: [WorkspaceEntry], of root: String) {
        write(WorkspaceEntry.encode(entries), to: manifestPath(root))
    }

    /// What was learnt of the map with this fingerprint: its summary, and its records when asked for.
    func version(_ fingerprint: String, withRecords: Bool) -> (summary: MapSummary, records: MapRecords?)? {
        guard let bytes = read(recordsPath(fingerprint), limit: MapStore.maxFileSize) else { return nil }
        if !withRecords { return RecordsCodec.summary(bytes).map { ($0, nil) } }
        return RecordsCodec.decode(bytes).map { ($0.summary, $0.records) }
    }

    func storeVersion(_ summary: MapSummary, _ records: MapRecords, fingerprint: String) {
        write(RecordsCodec.encode(summary, records), to: recordsPath(fingerprint))
    }

    private func manifestPath(_ root: String) -> String { folder + "/" + Journal.fingerprint(Array(root.utf8)) + ".manifest" }

    private func recordsPath(_ fingerprint: String) -> String { folder + "/records/" + fingerprint }

    private func read(_ path: String, limit: Int) -> [UInt8]? {
        guard let (fd, info) = try? trust.open(path, limit: limit, fileSystem: fs) else { return nil }
        defer { try? fs.close(fd, path: path) }
        return try? fs.readAll(fd, path: path, limit: limit, expected: Int(info.st_size))
    }

    /// A new private file renamed over the old: a reader sees the old bytes or the new, never part of either.
    /// Not flushed: a cache lost to a crash is read again from the maps.
    private func write(_ bytes: [UInt8], to path: String) {
        let folder = MapPaths.folder(of: path)
        do throws(FileSystemError) {
            try UserConfig.makeFolders(folder, fs: fs)
            let (fd, temporary) = try fs.createUnique(in: folder, prefix: ".new-", mode: 0o600)
            do throws(FileSystemError) {
                try fs.writeAndClose(fd, bytes, path: temporary, sync: false)
                try fs.rename(temporary, path)
            } catch {
                try? fs.unlink(temporary)
            }
        } catch {
        }
    }
}
