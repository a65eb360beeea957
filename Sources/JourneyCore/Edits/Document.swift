import FoundationEssentials

/// An open map: its current state, its undo history, and where it is saved.
/// Modified means the current revision is not the one last saved, so undoing
/// back to the saved state makes the map unmodified again.
public struct Document: Sendable {
    public private(set) var map: JourneyMap
    public private(set) var history = History()
    /// Where the map is saved; nil for the built-in sample until saved somewhere.
    public var path: String?
    private var savedRevision: Int?

    public init(map: JourneyMap, path: String?, isSaved: Bool) {
        self.map = map
        self.path = path
        savedRevision = isSaved ? 0 : nil
    }

    public var isModified: Bool { savedRevision != history.current }

    public mutating func commit(_ transaction: Transaction?, at location: EditLocation?, note: String? = nil) {
        guard let transaction else { return }
        history.commit(transaction, to: &map, at: location, note: note)
    }

    /// Takes back the edit just committed onto `before` (see `History.discardLast`).
    public mutating func discardLast(restoring before: JourneyMap) {
        history.discardLast(&map, restoring: before)
    }

    public mutating func undo() -> EditLocation? { history.undo(&map) }
    public mutating func redo() -> EditLocation? { history.redo(&map) }
    public mutating func earlier(_ steps: Int) -> EditLocation? { history.earlier(steps, &map) }
    public mutating func later(_ steps: Int) -> EditLocation? { history.later(steps, &map) }

    /// The current revision is on disk at `path` (saved there by `MapFile`).
    public mutating func markSaved(at path: String) {
        markSaved(at: path, revision: history.current)
    }

    /// The map as it was at `revision` is on disk at `path`: the editor
    /// asked for the save then, and hears back after.
    public mutating func markSaved(at path: String, revision: Int) {
        self.path = path
        savedRevision = revision
    }

    /// Replaces the map with the file's current contents, as one undoable
    /// step, and counts that as saved.
    public mutating func reload(_ newMap: JourneyMap) {
        commit(Edits.replaceMap(map, with: newMap), at: nil)
        savedRevision = history.current
    }
}
