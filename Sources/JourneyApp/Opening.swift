import JourneyCore

/// What opening a map found beside it, for the editor to act on first.
public struct Opening: Sendable {
    /// Another running journey has the map open: who, where, since when.
    public var heldBy: String?
    /// Journals with edits never saved, left by journeys no longer running.
    public var journals: [FoundJournal]

    public init(heldBy: String? = nil, journals: [FoundJournal] = []) {
        self.heldBy = heldBy
        self.journals = journals
    }

    public static let clean = Opening()
}
