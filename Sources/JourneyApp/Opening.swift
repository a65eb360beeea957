import JourneyCore

/// What opening a map found beside it, for the editor to act on first.
public struct Opening: Sendable {
    /// Another running journey has the map open: who, where, since when.
    public var heldBy: String?
    /// Journals with edits never saved, left by journeys no longer running.
    public var journals: [FoundJournal]
    /// Files beside the map that are not journey's, in words: ignored, and said.
    public var ignored: [String]
    /// The map's workspace library, for saving its shared personas and channels to (see `LibraryLink`).
    public var library: LibraryLink?
    /// What the library did to the map on opening, or why it could not be used, in words.
    public var libraryNews: String?

    public init(heldBy: String? = nil, journals: [FoundJournal] = [], ignored: [String] = []) {
        self.heldBy = heldBy
        self.journals = journals
        self.ignored = ignored
    }

    public static let clean = Opening()
}
