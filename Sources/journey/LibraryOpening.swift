import JourneyCore

/// A map as its workspace has it: each shared persona and channel as the
/// workspace library holds it (`LibraryResolution`). What changed, and a
/// library that cannot be used, are said on stderr; the file is not written.
func resolvedWithLibrary(_ map: JourneyMap, file: String) -> JourneyMap {
    guard let found = FoundLibrary.forMap(file) else { return map }
    switch found.library {
    case .failure(let error):
        if map.personas.contains(where: \.shared) || map.channels.contains(where: \.shared) {
            warn(error.description + " (the map's own copies of its shared personas and channels are used)")
        }
        return map
    case .success(let library):
        let resolution = LibraryResolution(map, library: library)
        if let sentence = resolution.sentence {
            warn(sentence + " (\(file) still holds the old copy: `journey library sync` rewrites it)")
        }
        return resolution.map
    }
}
