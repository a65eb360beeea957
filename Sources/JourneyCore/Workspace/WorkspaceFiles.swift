import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The JSON files of a workspace folder and its subfolders, which may be
/// maps. Hidden entries (`.git`, `.journey-…` files beside a map) are passed
/// over, and a symbolic link is never followed: it could lead out of the
/// workspace, into a loop, or to a FIFO another account planted.
public enum WorkspaceFiles {
    public struct Found: Equatable, Sendable {
        /// Relative to the workspace folder, with `/` between folders.
        public var path: String
        public var size: Int
        /// Seconds and nanoseconds of the last change, as `stat` says.
        public var changed: Int
    }

    /// Folders deeper than this are not looked into: a real workspace is a few levels deep.
    public static let maxDepth = 24

    /// Found files in path order (folders before the files after them, as `ls -R` would not: by whole path).
    public static func scan(_ root: String, fileSystem fs: FileSystem = PosixFileSystem.shared) throws(FileSystemError) -> [Found] {
        var found: [Found] = []
        try walk(root, relative: "", depth: 0, into: &found, fs: fs)
        return found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    private static func walk(_ folder: String, relative: String, depth: Int, into found: inout [Found],
                             fs: FileSystem) throws(FileSystemError) {
        let names: [String]
        do {
            names = try fs.contentsOfFolder(folder)
        } catch where depth > 0 {
            return  // a subfolder journey may not read is passed over; the workspace folder itself must be readable
        }
        for name in names where !name.hasPrefix(".") {
            let path = folder + "/" + name
            guard let info = try? fs.lstat(path) else { continue }
            let shown = relative.isEmpty ? name : relative + "/" + name
            switch info.st_mode & S_IFMT {
            case S_IFDIR where depth < maxDepth:
                try walk(path, relative: shown, depth: depth + 1, into: &found, fs: fs)
            case S_IFREG where name.hasSuffix(".json"):
                found.append(Found(path: shown, size: Int(info.st_size),
                                   changed: Int(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(info.st_mtim.tv_nsec)))
            default: continue
            }
        }
    }

    /// Whether the folder itself (not its subfolders) holds a map: `journey`
    /// there, given no file, opens the portfolio rather than the sample.
    public static func holdsMaps(_ folder: String, fileSystem fs: FileSystem = PosixFileSystem.shared) -> Bool {
        guard let names = try? fs.contentsOfFolder(folder) else { return false }
        return names.contains { name in
            guard !name.hasPrefix("."), name.hasSuffix(".json") else { return false }
            if name.hasSuffix(".journey.json") { return true }
            // `journey` with no file must start at once in a folder of large JSON data: only files a map's size are read.
            guard let info = try? fs.lstat(folder + "/" + name), info.st_mode & S_IFMT == S_IFREG, info.st_size <= 32 << 20,
                  let bytes = try? MapStore.readFile(path: folder + "/" + name, streams: false, fileSystem: fs) else { return false }
            return isMeantAsMap(path: name, bytes: bytes)
        }
    }

    /// Whether a JSON file is meant as a map, so that one that does not load
    /// is listed with its reason while `package.json` is passed over: its
    /// name says so, or it names journey's format.
    public static func isMeantAsMap(path: String, bytes: [UInt8]) -> Bool {
        path.hasSuffix(".journey.json") || contains(bytes, Array("\"\(MapFormat.name)\"".utf8))
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            var at = 0
            let last = haystack.count - needle.count
            while at <= last {
                if haystack[at] == first, haystack[at..<at + needle.count].elementsEqual(needle) { return true }
                at += 1
            }
            return false
        }
    }
}
