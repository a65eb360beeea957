#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a map's workspace library is: the nearest `journey-library.json`
/// in the map's folder or a folder above it, looking no higher than the
/// repository's root (the folder holding `.git`) or the filesystem's root.
public enum LibraryLookup {
    /// The library's path for the map at `mapPath`; nil when there is none.
    public static func find(forMap mapPath: String, fileSystem fs: FileSystem = PosixFileSystem.shared) -> String? {
        find(from: MapPaths(mapPath, fileSystem: fs).folder, fileSystem: fs)
    }

    /// The nearest library at `folder` or above it.
    public static func find(from folder: String, fileSystem fs: FileSystem = PosixFileSystem.shared) -> String? {
        var current = folder
        while true {
            let candidate = join(current, WorkspaceLibrary.fileName)
            // Anything at that name is the library, a link or a pipe too: reading it says why it is not used.
            if (try? fs.lstat(candidate)) != nil { return candidate }
            if isRepositoryRoot(current, fs) || current == "/" { return nil }
            current = MapPaths.folder(of: current)
        }
    }

    /// Where a new library for the map at `mapPath` goes: its repository's root, else the map's folder.
    public static func home(forMap mapPath: String, fileSystem fs: FileSystem = PosixFileSystem.shared) -> (path: String, inRepository: Bool) {
        let start = MapPaths(mapPath, fileSystem: fs).folder
        var current = start
        while true {
            if isRepositoryRoot(current, fs) { return (join(current, WorkspaceLibrary.fileName), true) }
            if current == "/" { return (join(start, WorkspaceLibrary.fileName), false) }
            current = MapPaths.folder(of: current)
        }
    }

    static func isRepositoryRoot(_ folder: String, _ fs: FileSystem) -> Bool {
        (try? fs.lstat(join(folder, ".git"))) != nil
    }

    /// The library's path as seen from the map's folder: "journey-library.json", "../journey-library.json"; else whole.
    public static func shown(_ library: String, fromMap mapPath: String, fileSystem fs: FileSystem = PosixFileSystem.shared) -> String {
        let mapFolder = MapPaths(mapPath, fileSystem: fs).folder
        let libraryFolder = folder(of: library)
        if mapFolder == libraryFolder { return WorkspaceLibrary.fileName }
        let base = libraryFolder == "/" ? "/" : libraryFolder + "/"
        guard mapFolder.hasPrefix(base) else { return library }
        let depth = mapFolder.dropFirst(base.count).split(separator: "/").count
        return String(repeating: "../", count: depth) + WorkspaceLibrary.fileName
    }

    /// The folder a path is in.
    public static func folder(of path: String) -> String { MapPaths.folder(of: path) }

    static func join(_ folder: String, _ name: String) -> String { folder == "/" ? "/" + name : folder + "/" + name }
}

/// A map's workspace library as found: where it is, and what it holds or why it could not be used.
public struct FoundLibrary: Sendable {
    public var path: String
    public var library: Result<WorkspaceLibrary, LibraryLoadError>

    /// The library of the map at `mapPath`, read; nil when there is none.
    public static func forMap(_ mapPath: String, fileSystem fs: FileSystem = PosixFileSystem.shared) -> FoundLibrary? {
        let paths = MapPaths(mapPath, fileSystem: fs)
        guard let path = LibraryLookup.find(from: paths.folder, fileSystem: fs) else { return nil }
        let owner = (try? fs.lstat(paths.real))?.st_uid
        return FoundLibrary(path: path, library: Result { () throws(LibraryLoadError) in
            try LibraryFile.read(path, mapOwner: owner, fileSystem: fs)
        })
    }

    /// The map brought up to date with this library (as it is, when the library could not be read).
    public func resolve(_ map: JourneyMap) -> LibraryResolution? {
        guard case .success(let library) = library else { return nil }
        return LibraryResolution(map, library: library)
    }
}
