import JourneyCore

/// What the runtime reports about maps linked to this one (`Event.linked`).
public enum LinkReport: Sendable {
    /// The runtime opened this map by following a link from the map named `from`, where `Ctrl-O` comes back to.
    case arrived(from: String)
    /// The linked map named `from` was closed and this one, as it was left, is back.
    case cameBack(from: String)
    /// A link could not be followed: why. Nothing changed.
    case followFailed(String)
    /// The map's `futureOf` as read from disk, for the compare view and `:removes`.
    case currentState(link: String, Result<JourneyMap, ReloadFailure>)
}
