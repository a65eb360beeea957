import FoundationEssentials
import JourneyCore
import JourneyView

/// Everything that can happen to the editor. The runtime turns terminal
/// input, the clock and the results of effects into these; tests write them.
public enum Event: Sendable {
    case key(Key)
    /// A key while `:keys` is on, with the bytes it came from as a person reads them.
    case keyRead(Key, bytes: String)
    /// Keys that arrived together, too fast to be typed one by one.
    case burst([Key])
    /// Text that arrived as a paste (bracketed, or a burst too fast to be typing).
    case paste(String)
    case resize(width: Int, height: Int)
    /// A click, double-click or the wheel (only while the mouse is on).
    case mouse(MouseEvent)
    /// The clock, for timers; sent at the time the editor asked to wake up.
    case tick(Date)
    /// The map's file changed on disk (another program saved over it).
    case fileChanged
    /// What became of a `.save` effect.
    case saveFinished(SaveResult)
    /// What became of a `.reload` effect.
    case reloaded(Result<JourneyMap, ReloadFailure>)
    /// What became of a `.journal` effect.
    case journaled(JournalReport)
    /// What became of a `.recover` effect: one result per journal, in order.
    case recovered([RecoveryResult])
    /// What became of a `.theme` effect: the theme's name, or why it was not found.
    case themeSwitched(Result<String, Theme.LoadError>)
    /// What became of a `.mouse` effect: whether the mouse is on now, and what went wrong, if anything.
    case mouseSwitched(on: Bool, problem: String?)
    /// What the voting folder beside the map said (ballots arrived, a reveal read, a failure).
    case voting(VotingReport)
    /// `journey watch`: what the watched map, its editor or its lead did since the last look.
    case watched(WatchUpdate)
    /// What became of a `.lead` effect that could not publish (a folder this user cannot write, say): why.
    case leadFailed(String)
    /// What became of a `.follow` or `.readCurrentState` effect, or that the runtime came back to this map.
    case linked(LinkReport)
    /// What became of a `.writeLibrary` effect.
    case libraryWritten(LibraryUpdate, LibraryWriteReport)
}

public struct ReloadFailure: Error, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
}
