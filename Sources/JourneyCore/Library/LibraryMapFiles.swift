#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The map files in a folder and the folders below it, for `journey library`:
/// every `*.json` but the library itself, hidden files and folders (`.git`)
/// left out, links not followed. Which of them are maps, loading tells.
public enum LibraryMapFiles {
    /// How deep below the folder to look, and how many files at most: a workspace, not a disk.
    static let maxDepth = 8
    static let maxFiles = 10_000

    public static func find(in folder: String, fileSystem fs: FileSystem = PosixFileSystem.shared) -> [String] {
        var found: [String] = []
        var pending = [(folder, 0)]
        while let (current, depth) = pending.popLast(), found.count < maxFiles {
            for name in ((try? fs.contentsOfFolder(current)) ?? []).sorted().reversed() where !name.hasPrefix(".") {
                let path = LibraryLookup.join(current, name)
                guard let info = try? fs.lstat(path) else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR where depth < maxDepth: pending.append((path, depth + 1))
                case S_IFREG where name.hasSuffix(".json") && name != WorkspaceLibrary.fileName: found.append(path)
                default: break
                }
            }
        }
        return found.sorted()
    }
}
