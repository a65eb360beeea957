import Foundation

/// Why a map could not be loaded: what went wrong, where, what to do, and the
/// exit code (sysexits.h) the command line returns for it.
public struct MapLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        case missing
        case unreadable(String)
        case tooLarge(Int)
        case notJSON(JSONSyntaxError)
        case notAMap(MapDecodingError)
        case newerVersion(Int)
    }

    public var file: String
    public var kind: Kind

    public var exitCode: Int32 {
        switch kind {
        case .missing: 66
        case .unreadable: 66
        default: 65
        }
    }

    public var description: String {
        switch kind {
        case .missing:
            "\(file): no such file. Check the path, or make one with `journey new \(file)`."
        case .unreadable(let reason):
            "\(file): cannot be read (\(reason)). Check its permissions."
        case .tooLarge(let bytes):
            "\(file): \(bytes) bytes is larger than the \(MapStore.maxFileSize) a map may be. Is this the right file?"
        case .notJSON(let error):
            "\(file):\(error.line):\(error.column): not valid JSON: \(error.message). Fix the file in a text editor, or restore it from a backup."
        case .notAMap(let error):
            "\(file): not a journey map: \(error.path): \(error.message)."
        case .newerVersion(let version):
            "\(file): written by a newer journey (format version \(version); this one reads up to \(MapFormat.version)). Update journey to open it."
        }
    }
}

public struct MapSaveError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var reason: String
    public var description: String { "\(file): could not save (\(reason)); the file on disk is unchanged." }
}

/// Reads and writes map files. Decoding goes through our own parser so that a
/// faster path can replace it without touching the model.
public enum MapStore {
    public static let maxFileSize = 256 * 1024 * 1024

    public static func load(path: String) throws(MapLoadError) -> JourneyMap {
        let bytes = try readFile(path: path)
        return try decode(bytes, file: path)
    }

    public static func decode(_ bytes: [UInt8], file: String) throws(MapLoadError) -> JourneyMap {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw MapLoadError(file: file, kind: .notJSON(error))
        }
        do {
            return try MapDecoder.decode(try migrated(document))
        } catch let error as MapDecodingError {
            throw MapLoadError(file: file, kind: .notAMap(error))
        } catch let failure as MapMigration.Failure {
            switch failure {
            case .notAMap(let error): throw MapLoadError(file: file, kind: .notAMap(error))
            case .newerVersion(let version): throw MapLoadError(file: file, kind: .newerVersion(version))
            }
        } catch {
            throw MapLoadError(file: file, kind: .unreadable("\(error)"))
        }
    }

    private static func migrated(_ document: JSONValue) throws -> JSONValue {
        try MapMigration.migrate(document)
    }

    public static func encode(_ map: JourneyMap) throws(JSONWriter.Refusal) -> [UInt8] {
        try JSONWriter.write(MapEncoder.encode(map))
    }

    /// The bytes to save at `path`, or why the map cannot be saved.
    public static func encode(_ map: JourneyMap, savingTo path: String) throws(MapSaveError) -> [UInt8] {
        do {
            return try encode(map)
        } catch {
            throw MapSaveError(file: path, reason: error.description)
        }
    }

    public static func readFile(path: String) throws(MapLoadError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw MapLoadError(file: path, kind: .missing) }
            throw MapLoadError(file: path, kind: .unreadable(String(cString: strerror(code))))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw MapLoadError(file: path, kind: .unreadable(String(cString: strerror(errno))))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw MapLoadError(file: path, kind: .unreadable("it is a folder")) }
        if Int(info.st_size) > maxFileSize { throw MapLoadError(file: path, kind: .tooLarge(Int(info.st_size))) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: 65536)) }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw MapLoadError(file: path, kind: .unreadable(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            filled += n
            if filled > maxFileSize { throw MapLoadError(file: path, kind: .tooLarge(filled)) }
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Saves atomically: writes a temporary file in the same folder, flushes
    /// it to disk, gives it the old file's permissions and renames it over the
    /// map. A failure at any point leaves the old file as it was.
    public static func save(_ map: JourneyMap, to path: String) throws(MapSaveError) {
        try writeAtomically(encode(map, savingTo: path), to: path)
    }

    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(MapSaveError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temp = folder + "/." + url.lastPathComponent + ".journey-save-\(getpid())"
        func failure(_ what: String) -> MapSaveError {
            MapSaveError(file: path, reason: "\(what): \(String(cString: strerror(errno)))")
        }
        var mode: mode_t = 0o644
        var existing = stat()
        if stat(path, &existing) == 0 { mode = existing.st_mode & 0o7777 }
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure("cannot create a file in \(folder)") }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                let error = failure("writing")
                close(fd)
                unlink(temp)
                throw error
            }
            written += n
        }
        if fchmod(fd, mode) != 0 || fsync(fd) != 0 {
            let error = failure("flushing")
            close(fd)
            unlink(temp)
            throw error
        }
        close(fd)
        guard rename(temp, path) == 0 else {
            let error = failure("renaming")
            unlink(temp)
            throw error
        }
        let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
    }
}
