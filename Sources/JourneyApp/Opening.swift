import JourneyCore

/// What opening a map found beside it, for the editor to act on first.
public enum Opening: Sendable {
    case clean
    /// A journal with edits never saved, from a journey no longer running.
    case unsavedEdits(JournalContents)
    /// Another journey still has the map open (who, where, since when).
    case openElsewhere(holder: String)
}
