extension MapStore {
    /// The map a link names (`MapLink`), seen from the map at `mapPath`: read,
    /// not held (no lock, no journal). Regular files only: a map from someone
    /// else may link to a FIFO or a terminal, and reading it must not hang.
    public static func loadLinked(_ link: String, from mapPath: String?,
                                  fileSystem fs: FileSystem = PosixFileSystem.shared) throws(MapLoadError) -> JourneyMap {
        let path = MapLink.resolve(link, from: mapPath)
        return try decode(try readFile(path: path, streams: false, fileSystem: fs), file: path)
    }
}
