import FoundationEssentials
import Glibc

/// The small file beside a map (`.NAME.lead`) where a leading editor
/// publishes its position. Written whole under an unpredictable name and
/// renamed into place, so a watcher never reads half of one, and a link
/// planted by its name is replaced, never followed. It is only a hint for
/// watchers: not flushed to disk, and gone when the editor stops leading.
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
                try fs.rename(temporary, paths.lead)
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

    /// Stops leading: the file goes, if it is still this journey's.
    public func withdraw() {
        guard published else { return }
        published = false
        if case .found(let lead)? = Self.read(paths, fileSystem: fs), lead.session == session, lead.pid == ThisProcess.pid {
            try? fs.unlink(paths.lead)
        }
    }

    public enum Reading: Equatable, Sendable {
        case found(LeadPosition)
        /// There is a file, and it is not a lead journey wrote: why, in words.
        case refused(String)
    }

    /// The lead published beside the map; nil when there is none.
    public static func read(_ paths: MapPaths, fileSystem fs: FileSystem = PosixFileSystem.shared) -> Reading? {
        let fd: Int32
        do {
            fd = try fs.open(paths.lead, O_RDONLY | O_NOFOLLOW | O_NONBLOCK, 0)
        } catch {
            return error.code == ENOENT ? nil : .refused(error.code == ELOOP ? "it is a link" : error.reason)
        }
        defer { try? fs.close(fd, path: paths.lead) }
        do {
            guard try fs.fstat(fd, path: paths.lead).st_mode & S_IFMT == S_IFREG else { return .refused("not a regular file") }
            let bytes = try fs.readAll(fd, path: paths.lead, limit: 64 * 1024)
            switch LeadPosition.decode(bytes) {
            case .success(let lead): return .found(lead)
            case .failure(let error): return .refused(error.description)
            }
        } catch {
            return .refused(error.code == EFBIG ? "larger than a lead can be" : error.reason)
        }
    }
}
