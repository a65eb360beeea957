import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The small file beside a map (`.NAME.lead-SESSION`) where a leading
/// editor publishes its position. Written whole under an unpredictable name
/// and renamed into place, so a watcher never reads half of one. Its own
/// name is unpredictable too: a file another account planted at a lead's
/// name (which, in a sticky folder, nobody else may replace) never stops
/// anyone leading. It is only a hint for watchers: not flushed to disk, and
/// gone when the editor stops leading.
public final class LeadFile {
    public let paths: MapPaths
    private let fs: FileSystem
    /// This editor's session, so watchers can tell one leader from the next.
    public let session = RandomName.make(length: 8)
    private var published = false

    public init(paths: MapPaths, fileSystem: FileSystem = PosixFileSystem.shared) {
        self.paths = paths
        fs = fileSystem
    }

    private var path: String { paths.folder + "/" + paths.leadPrefix + session }

    /// Publishes `position` as this journey's; returns why it could not, if it could not.
    @discardableResult
    public func publish(_ position: LeadPosition) -> String? {
        var position = position
        position.pid = ThisProcess.pid
        position.host = ThisProcess.host
        position.session = session
        do throws(FileSystemError) {
            // Named as a save file, so one left by a kill is cleared as those are.
            let (fd, temporary) = try fs.createUnique(in: paths.folder, prefix: paths.savePrefix, mode: 0o644)
            do throws(FileSystemError) {
                try fs.writeAndClose(fd, position.bytes, path: temporary, sync: false)
                try fs.rename(temporary, path)
            } catch {
                try? fs.unlink(temporary)
                throw error
            }
            published = true
            return nil
        } catch {
            return "cannot publish the lead beside the map (\(error.reason))"
        }
    }

    /// Stops leading: the file goes.
    public func withdraw() {
        guard published else { return }
        published = false
        try? fs.unlink(path)
    }

    /// The leads published beside a map that journey believes, newest first,
    /// and why each other file named as a lead is ignored.
    public struct Reading: Equatable, Sendable {
        public var leads: [LeadPosition] = []
        public var ignored: [FileTrust.Refusal] = []
    }

    static let limit = 64 * 1024

    public static func read(_ paths: MapPaths, fileSystem fs: FileSystem = PosixFileSystem.shared) -> Reading {
        let trust = FileTrust(paths, fileSystem: fs)
        var reading = Reading()
        var found: [(lead: LeadPosition, modified: timespec)] = []
        for name in ((try? fs.contentsOfFolder(paths.folder)) ?? []).sorted() where name.hasPrefix(paths.leadPrefix) {
            let path = paths.folder + "/" + name
            do throws(FileTrust.Refusal) {
                if let (lead, info) = try read(path, trust: trust, fileSystem: fs) { found.append((lead, info.st_mtim)) }
            } catch {
                reading.ignored.append(error)
            }
        }
        reading.leads = found.sorted { ($0.modified.tv_sec, $0.modified.tv_nsec) > ($1.modified.tv_sec, $1.modified.tv_nsec) }
            .map(\.lead)
        return reading
    }

    private static func read(_ path: String, trust: FileTrust, fileSystem fs: FileSystem)
        throws(FileTrust.Refusal) -> (LeadPosition, stat)? {
        guard let (fd, info) = try trust.open(path, limit: limit, fileSystem: fs) else { return nil }
        defer { try? fs.close(fd, path: path) }
        let bytes: [UInt8]
        do {
            bytes = try fs.readAll(fd, path: path, limit: limit)
        } catch {
            throw FileTrust.Refusal(path: path, reason: error.reason)
        }
        switch LeadPosition.decode(bytes) {
        case .success(var lead):
            lead.owner = info.st_uid
            return (lead, info)
        case .failure(let error):
            throw FileTrust.Refusal(path: path, reason: "not a lead journey wrote: \(error.description)")
        }
    }
}
