import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyJSON

/// Why a map could not be loaded: what went wrong, where, what to do, and the
/// exit code (sysexits.h) the command line returns for it.
public struct MapLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        case missing
        case folder
        case notAFile
        case unreadable(String)
        case utf16
        case tooLarge(Int)
        case notJSON(JSONSyntaxError)
        /// git merged the map as text and left `<<<<<<<` at this line.
        case mergeMarkers(line: Int)
        case notAMap(MapDecodingError)
        case newerVersion(Int)
    }

    public var file: String
    public var kind: Kind

    public var exitCode: Int32 {
        switch kind {
        case .missing, .folder, .notAFile, .unreadable: 66
        default: 65
        }
    }

    public var description: String {
        switch kind {
        case .missing:
            "\(file): no such file. Check the path, or make one with `journey new \(file)`."
        case .folder:
            "\(file) is a folder; give the path of a map file in it."
        case .notAFile:
            "\(file) is not a regular file (a device, a pipe or a socket); journey edits map files."
        case .utf16:
            "\(file) is UTF-16 text; journey reads UTF-8. Convert it, e.g. `iconv -f UTF-16 -t UTF-8`."
        case .unreadable(let reason):
            "\(file): cannot be read (\(reason)). Check its permissions."
        case .tooLarge(let bytes):
            "\(file): \(bytes) bytes is larger than the \(MapStore.maxFileSize) a map may be. Is this the right file?"
        case .notJSON(let error):
            "\(file):\(error.line):\(error.column): not valid JSON: \(error.message). Fix the file in a text editor, or restore it from a backup."
        case .mergeMarkers(let line):
            "\(file) holds git's conflict markers (<<<<<<< at line \(line)): git merged it as text, as it does in a clone "
                + "without journey's merge driver. Run `journey git-setup` (with --pattern if the map's name does not end in "
                + ".journey.json), then `git checkout --merge \(ShellWord.quoted(file))` to merge it again by ids; settle "
                + "what both sides changed with :conflicts in journey, then `git add` the map."
        case .notAMap(let error):
            "\(file): not a journey map: \(error.path): \(error.message)."
        case .newerVersion(let version):
            "\(file): written by a newer journey (format version \(version); this one reads up to \(MapFormat.version)). Update journey to open it."
        }
    }
}

/// Reads and writes map files. Decoding goes through our own parser so that a
/// faster path can replace it without touching the model; every file call
/// goes through a `FileSystem`.
public enum MapStore {
    public static let maxFileSize = 256 * 1024 * 1024

    public static func load(path: String, fileSystem fs: FileSystem = PosixFileSystem.shared) throws(MapLoadError) -> JourneyMap {
        try decode(try readFile(path: path, fileSystem: fs), file: path)
    }

    public static func decode(_ bytes: [UInt8], file: String) throws(MapLoadError) -> JourneyMap {
        let text = try text(bytes, file: file)
        let decoded: Result<JourneyMap, MapLoadError>
        do {
            decoded = try JSONParser.withTape(text) { tape in decode(.tape(tape, 0), file: file) }
        } catch {
            if let line = MergeMarkers.firstLine(in: text) { throw MapLoadError(file: file, kind: .mergeMarkers(line: line)) }
            throw MapLoadError(file: file, kind: .notJSON(error))
        }
        return try decoded.get()
    }

    private static func decode(_ document: JSONNode, file: String) -> Result<JourneyMap, MapLoadError> {
        do {
            // A current file is decoded straight from the tape; an older one is migrated as a tree first.
            if try MapMigration.version(of: document) == MapFormat.version { return .success(try MapDecoder.decode(document)) }
            return .success(try MapDecoder.decode(try MapMigration.migrate(document.json)))
        } catch let error as MapDecodingError {
            return .failure(MapLoadError(file: file, kind: .notAMap(error)))
        } catch let failure as MapMigration.Failure {
            switch failure {
            case .notAMap(let error): return .failure(MapLoadError(file: file, kind: .notAMap(error)))
            case .newerVersion(let version): return .failure(MapLoadError(file: file, kind: .newerVersion(version)))
            }
        } catch {
            return .failure(MapLoadError(file: file, kind: .unreadable("\(error)")))
        }
    }

    /// The UTF-8 text of a file: a byte order mark is skipped, UTF-16 named.
    static func text(_ bytes: [UInt8], file: String) throws(MapLoadError) -> [UInt8] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(bytes.dropFirst(3)) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || looksLikeUTF16(bytes.prefix(4)) {
            throw MapLoadError(file: file, kind: .utf16)
        }
        return bytes
    }

    /// ASCII text in UTF-16 without a byte order mark: every other byte zero.
    private static func looksLikeUTF16(_ head: ArraySlice<UInt8>) -> Bool {
        let bytes = Array(head)
        guard bytes.count == 4 else { return false }
        let text = { (byte: UInt8) in (0x09...0x7E).contains(byte) }
        return (text(bytes[0]) && bytes[1] == 0 && text(bytes[2]) && bytes[3] == 0)
            || (bytes[0] == 0 && text(bytes[1]) && bytes[2] == 0 && text(bytes[3]))
    }

    public static func encode(_ map: JourneyMap) throws(JSONWriter.Refusal) -> [UInt8] {
        try MapEncoder.bytes(map, capacity: 4096 + MapEncoder.touchpointBytes * map.touchpointCount)
    }

    /// The bytes of a map that loads back: whatever the caller put in the
    /// map, nothing the loader would refuse reaches the disk.
    public static func checkedBytes(_ map: JourneyMap, file: String) -> Result<[UInt8], MapSaveError> {
        encoded(map, file: file).flatMap { bytes in readBack(bytes, file: file).map { .failure($0) } ?? .success(bytes) }
    }

    /// The map's bytes, refused when journey could not open them again: the
    /// load limit holds for every file journey writes, not only those it reads.
    private static func encoded(_ map: JourneyMap, file: String) -> Result<[UInt8], MapSaveError> {
        let bytes: [UInt8]
        do {
            bytes = try encode(map)
        } catch {
            return .failure(MapSaveError(file: file, reason: error.description))
        }
        guard bytes.count <= maxFileSize else {
            return .failure(MapSaveError(file: file, reason: "the map would be \(bytes.count) bytes, more than the \(maxFileSize) "
                                             + "journey opens; split it into smaller maps"))
        }
        return .success(bytes)
    }

    /// Why `bytes` would not load, if they would not.
    private static func readBack(_ bytes: [UInt8], file: String) -> MapSaveError? {
        do {
            let map = try decode(bytes, file: file)
            // Letting go of every touchpoint takes milliseconds that a save need not wait for.
            DispatchQueue.global(qos: .utility).async { withExtendedLifetime(map) {} }
            return nil
        } catch {
            return MapSaveError(file: file, reason: "the map holds a value journey could not read back (\(error.description))")
        }
    }

    /// As `checkedBytes` then `AtomicSave.prepare`, with the bytes read back
    /// on another core while they are written and flushed: ready to rename
    /// only when both succeeded. A failed read-back wins over what the
    /// writing found, as when it came first.
    static func prepareSave(_ map: JourneyMap, to paths: MapPaths, force: Bool, asNewName: Bool,
                            fileSystem fs: FileSystem) -> AtomicSave.Prepared {
        let bytes: [UInt8]
        switch encoded(map, file: paths.given) {
        case .failure(let error): return .stopped(.failed(error))
        case .success(let encoded): bytes = encoded
        }
        let check = Alongside { readBack(bytes, file: paths.given) }
        let prepared = AtomicSave.prepare(bytes, to: paths, force: force, asNewName: asNewName, fileSystem: fs)
        guard let failure = check.wait() else { return prepared }
        if case .ready(let save) = prepared { save.abandon() }
        return .stopped(.failed(failure))
    }

    /// A map file's bytes, bounded by the load limit. `streams` lets a pipe or a terminal in
    /// (`journey show /dev/stdin`); a folder listed whole, as templates are, takes regular files
    /// only, so a link to a terminal or a FIFO there hangs nothing and a device is never read.
    public static func readFile(path: String, streams: Bool = true,
                                fileSystem fs: FileSystem = PosixFileSystem.shared) throws(MapLoadError) -> [UInt8] {
        let fd: Int32
        do {
            fd = try fs.open(path, O_RDONLY | O_NONBLOCK, 0)
        } catch {
            if error.code == ENOENT { throw MapLoadError(file: path, kind: .missing) }
            if error.code == EISDIR { throw MapLoadError(file: path, kind: .folder) }
            throw MapLoadError(file: path, kind: .unreadable(error.reason))
        }
        defer { try? fs.close(fd, path: path) }
        do {
            let info = try fs.fstat(fd, path: path)
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw MapLoadError(file: path, kind: .folder)
            case S_IFREG: break
            case S_IFIFO, S_IFCHR: if !streams { throw MapLoadError(file: path, kind: .notAFile) }
            default: throw MapLoadError(file: path, kind: .notAFile)
            }
            if Int(info.st_size) > maxFileSize { throw MapLoadError(file: path, kind: .tooLarge(Int(info.st_size))) }
            _ = fcntl(fd, F_SETFL, 0)  // blocking reads again: O_NONBLOCK was only so a FIFO cannot hang the open
            return try fs.readAll(fd, path: path, limit: maxFileSize, expected: Int(info.st_size))
        } catch let error as MapLoadError {
            throw error
        } catch let error as FileSystemError {
            if error.code == EFBIG { throw MapLoadError(file: path, kind: .tooLarge(maxFileSize + 1)) }
            throw MapLoadError(file: path, kind: .unreadable(error.reason))
        } catch {
            throw MapLoadError(file: path, kind: .unreadable("\(error)"))
        }
    }

    /// Saves a map where nothing stands in the way (a new file, `journey
    /// recover`, tests). The editor saves through `MapFile`, which adds the
    /// questions to ask and the journal's save marker.
    /// `asNewFile` refuses (`.exists`) to replace a file that is there.
    public static func save(_ map: JourneyMap, to path: String, force: Bool = false, asNewFile: Bool = false,
                            fileSystem fs: FileSystem = PosixFileSystem.shared) -> SaveOutcome {
        switch prepareSave(map, to: MapPaths(path, fileSystem: fs), force: force, asNewName: asNewFile, fileSystem: fs) {
        case .stopped(let outcome): return outcome
        case .ready(let save): return save.commit()
        }
    }
}
