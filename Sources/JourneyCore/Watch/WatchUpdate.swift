/// What became of the journey editing a watched map.
public enum WatchedEditor: Equatable, Sendable {
    /// A running journey has the map open (its lock, or a journal it writes).
    case editing
    /// The journey that had it open stopped without closing it (killed, its
    /// terminal gone): `unsaved` when its journal holds edits the file does not.
    case stopped(unsaved: Bool)
    /// Nobody has the map open: the file is as last saved.
    case closed
    /// There is no file and no journal.
    case missing
}

/// What `LiveMap.poll` found changed since it last looked.
public struct WatchUpdate: Sendable {
    /// The map as the editing session sees it (the file and the journals'
    /// edits); nil when it is as in the last update.
    public var map: JourneyMap?
    public var editor: WatchedEditor
    /// The editor's published position (`:lead`); nil when nobody leads.
    public var lead: LeadPosition?
    /// The file was saved (replaced) since the last update.
    public var saved = false
    /// What could not be read, in words, each said once.
    public var notes: [String] = []

    public init(map: JourneyMap?, editor: WatchedEditor, lead: LeadPosition?, saved: Bool = false, notes: [String] = []) {
        self.map = map
        self.editor = editor
        self.lead = lead
        self.saved = saved
        self.notes = notes
    }
}
