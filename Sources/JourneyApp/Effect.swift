import JourneyCore

/// What the editor asks the outside world to do. The update step only
/// returns these; the runtime performs them and reports back as events.
public enum Effect: Sendable {
    case save(SaveRequest)
    /// Record a step that changed the map, before the screen shows it.
    case journal(JournalStep)
    /// The journal has served its purpose: the file holds every edit, or the user dropped them.
    case endJournal
    /// Replay journals left by other sessions onto the map as read (by id,
    /// three ways); answered by `Event.recovered`. Collisions go by `choices`
    /// (conflict id to side), the rest to `otherwise` when given.
    case recover([FoundJournal], onto: JourneyMap, choices: [String: RecoverySide], otherwise: RecoverySide?)
    /// The user gave up these journals' edits.
    case discardJournals([FoundJournal])
    /// Recovered edits are safe in this session's own journal: the journals they came from may go.
    case retire([RecoveryResult])
    /// Read the map's file again; answered by `Event.reloaded`.
    case reload
    case suspend
    case quit
    /// Forget what is on the screen and draw it whole.
    case redraw
    /// Ring the bell and flash the screen once (the timer is up).
    case alert
    /// Draw with the theme of this name (or file) from now on; answered by `Event.themeSwitched`.
    case theme(String)
    /// Report the mouse to the editor, or stop (the terminal's own selection
    /// works again); with `remember`, in the user's config for the next runs
    /// too. Answered by `Event.mouseSwitched`.
    case mouse(on: Bool, remember: Bool)
    /// Open, fill, reveal or close the dot-voting round beside the map; answered by `Event.voting`.
    case voting(VotingRequest)
    /// Publish this editor's position beside the map for watchers (`:lead`); nil withdraws it.
    case lead(LeadPosition?)
    /// Open the map a touchpoint links to (as typed), keeping this one to come back to; answered by `Event.linked`.
    case follow(String)
    /// Read the map this one is the future state of (`futureOf`, as typed); answered by `Event.linked`.
    case readCurrentState(String)
    /// Put the map's edited shared personas and channels in the workspace library; answered by `Event.libraryWritten`.
    case writeLibrary(LibraryUpdate)
}

public struct JournalStep: Sendable {
    /// What the step did, in the order applied, to the map as it was before.
    public var applied: Transaction
    public var before: JourneyMap
    public var after: JourneyMap
}

/// What became of a `.journal` effect.
public enum JournalReport: Sendable {
    case upToDate
    /// Not yet on disk (a disk full, say): retried at the next edit.
    case behind(edits: Int, reason: String)
    /// The step holds a value the loader would refuse: it is taken back.
    case refused(reason: String, step: JournalStep)
}

public struct SaveRequest: Sendable {
    public enum Checks: Sendable, Equatable {
        /// Ask before overwriting someone else's change, a read-only file or another file.
        case all
        /// The user said yes: overwrite.
        case none
    }

    public var map: JourneyMap
    public var path: String
    /// Whether `path` is another file than the one being edited (save as).
    public var isSaveAs: Bool
    public var checks: Checks
    /// The history revision being saved.
    public var revision: Int
    public var thenQuit: Bool
}

public enum SaveResult: Sendable {
    case saved(path: String, revision: Int, thenQuit: Bool)
    /// Someone else saved over the file since this editor read it.
    case changedOnDisk(SaveRequest)
    /// Save as onto a file that exists.
    case exists(SaveRequest)
    /// The file's permissions say it is not to be written.
    case readOnlyFile(SaveRequest)
    /// Another running journey has that file open.
    case lockedByOther(SaveRequest, holder: String)
    case failed(SaveRequest, message: String)
}
