import JourneyApp
import JourneyCore

extension Opening {
    /// Finds the workspace library of the map at `path` for the editor: the
    /// map with its shared personas and channels as the library has them
    /// (nil when that changes nothing), the library to save them to, and
    /// what to say of it. A map with no library nearby is untouched.
    public mutating func joinLibrary(of path: String, map: JourneyMap) -> JourneyMap? {
        let hasShared = map.personas.contains(where: \.shared) || map.channels.contains(where: \.shared)
        guard let found = FoundLibrary.forMap(path) else {
            let home = LibraryLookup.home(forMap: path).path
            library = LibraryLink(path: home, shown: LibraryLookup.shown(home, fromMap: path), library: nil, map: map)
            if hasShared { libraryNews = "no workspace library (\(WorkspaceLibrary.fileName)) found for this map's shared personas" }
            return nil
        }
        switch found.library {
        case .failure(let error):
            library = LibraryLink(path: found.path, shown: LibraryLookup.shown(found.path, fromMap: path), library: nil, problem: error.description, map: map)
            if hasShared { libraryNews = error.description + " (the map's own copies of its shared personas are used)" }
            return nil
        case .success(let read):
            let resolution = LibraryResolution(map, library: read)
            library = LibraryLink(path: found.path, shown: LibraryLookup.shown(found.path, fromMap: path), library: read, map: resolution.map)
            libraryNews = resolution.sentence.map { $0 + " (Ctrl-S saves the map's copy)" }
            return resolution.changed ? resolution.map : nil
        }
    }
}
