import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyJSON

/// Why a workspace library could not be used: what, where, what to do.
public struct LibraryLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}

/// Reads and writes `journey-library.json` through the store's seams, with a
/// map's rules: a link another account planted in a folder anyone may write
/// is not followed (`ProtectedLinks`), a pipe or a device is not read, nor
/// more than a map may be; and in such a folder (/tmp) a library belongs to
/// you, the map's owner or the folder's owner, or it is not believed. It is
/// saved as a map is (`AtomicSave`): a new file beside it, flushed, renamed.
public enum LibraryFile {
    public static let maxFileSize = MapStore.maxFileSize

    /// The library at `path`; `mapOwner` is the owner of the map it is read for.
    public static func read(_ path: String, mapOwner: uid_t? = nil,
                            fileSystem fs: FileSystem = PosixFileSystem.shared) throws(LibraryLoadError) -> WorkspaceLibrary {
        let paths = MapPaths(path, fileSystem: fs)
        if let refused = paths.refusedLink {
            throw LibraryLoadError(file: path, reason: "not used: " + refused.description)
        }
        if let reason = distrust(paths, mapOwner: mapOwner, fs) { throw LibraryLoadError(file: path, reason: "not used: " + reason) }
        let bytes: [UInt8]
        do {
            bytes = try MapStore.text(try MapStore.readFile(path: paths.real, streams: false, fileSystem: fs), file: path)
        } catch {
            throw LibraryLoadError(file: path, reason: words(error.kind))
        }
        do {
            return try LibraryCodec.decode(try JSONParser.parse(bytes))
        } catch let error as JSONSyntaxError {
            throw LibraryLoadError(file: path + ":\(error.line):\(error.column)", reason: "not valid JSON: \(error.message). "
                                       + "Fix the file in a text editor, or restore it from git.")
        } catch let error as MapDecodingError {
            throw LibraryLoadError(file: path, reason: "not a journey library: \(error.path): \(error.message).")
        } catch {
            throw LibraryLoadError(file: path, reason: "cannot be read (\(error))")
        }
    }

    /// Why a library in a folder anyone may write to is not believed; nil when it is.
    static func distrust(_ paths: MapPaths, mapOwner: uid_t?, _ fs: FileSystem) -> String? {
        guard let info = try? fs.lstat(paths.real), let folder = try? fs.lstat(paths.folder),
              folder.st_mode & mode_t(S_IWOTH) != 0 else { return nil }
        var believed: Set<uid_t> = [geteuid(), 0, folder.st_uid]
        if let mapOwner { believed.insert(mapOwner) }
        guard !believed.contains(info.st_uid) else { return nil }
        return "it belongs to \(ThisProcess.accountLabel(info.st_uid)) and lies in \(paths.folder), a folder anyone may "
            + "write to; journey believes a library there only when you, the map's owner or the folder's owner made it"
    }

    private static func words(_ kind: MapLoadError.Kind) -> String {
        switch kind {
        case .missing: "no such file"
        case .folder: "a folder, not a library file"
        case .notAFile: "not a regular file (a device, a pipe or a socket)"
        case .unreadable(let reason): "cannot be read (\(reason)). Check its permissions."
        case .utf16: "UTF-16 text; journey reads UTF-8."
        case .tooLarge(let bytes): "\(bytes) bytes is larger than the \(maxFileSize) a library may be."
        case .notJSON(let error): "not valid JSON at line \(error.line), column \(error.column): \(error.message)"
        case .mergeMarkers(let line): "holds git's conflict markers (<<<<<<< at line \(line)); settle the merge in a text editor"
        case .notAMap(let error): "not a journey library: \(error.path): \(error.message)."
        case .newerVersion(let version): "written by a newer journey (version \(version)); update journey."
        }
    }

    /// The library's bytes: journey's JSON (sorted keys, two-space indent), so it diffs well in git.
    public static func bytes(_ library: WorkspaceLibrary) throws(JSONWriter.Refusal) -> [UInt8] {
        try JSONWriter.write(LibraryCodec.encode(library))
    }

    /// Writes the library at `path` atomically; nil, or why it could not be written.
    public static func save(_ library: WorkspaceLibrary, to path: String,
                            fileSystem fs: FileSystem = PosixFileSystem.shared) -> String? {
        let bytes: [UInt8]
        do {
            bytes = try self.bytes(library)
        } catch {
            return "\(path): could not save (\(error.description)); the library on disk is unchanged."
        }
        switch AtomicSave.run(bytes, to: MapPaths(path, fileSystem: fs), force: false, fileSystem: fs) {
        case .saved: return nil
        case .readOnlyFile: return "\(path) is read-only; the library on disk is unchanged."
        case .failed(let error): return "\(path): could not save (\(error.reason)); the library on disk is unchanged."
        case .exists, .changedOnDisk, .lockedElsewhere: return "\(path): could not save; the library on disk is unchanged."
        }
    }
}
