import Foundation

/// An open map: its current state, its undo history, and where it is saved.
/// Modified means the current revision is not the one last saved, so undoing
/// back to the saved state makes the map unmodified again.
public struct Document: Sendable {
    public private(set) var map: JourneyMap
    public private(set) var history = History()
    /// Where the map is saved; nil for the built-in sample until saved somewhere.
    public var path: String?
    private var savedRevision: Int?
    /// The fingerprint of the file as last read or written, to notice when
    /// someone else changes it; nil when there is no file yet.
    public private(set) var diskFingerprint: String?

    public init(map: JourneyMap, path: String?, isSaved: Bool, diskBytes: [UInt8]? = nil) {
        self.map = map
        self.path = path
        savedRevision = isSaved ? 0 : nil
        diskFingerprint = diskBytes.map(Journal.fingerprint)
    }

    public var isModified: Bool { savedRevision != history.current }

    public mutating func commit(_ transaction: Transaction?, at location: EditLocation?) {
        guard let transaction else { return }
        history.commit(transaction, to: &map, at: location)
    }

    public mutating func undo() -> EditLocation? { history.undo(&map) }
    public mutating func redo() -> EditLocation? { history.redo(&map) }
    public mutating func earlier(_ steps: Int) -> EditLocation? { history.earlier(steps, &map) }
    public mutating func later(_ steps: Int) -> EditLocation? { history.later(steps, &map) }

    /// Saves to `path` (or the document's own path) and, when that is the
    /// document's file, marks the current revision as saved.
    public mutating func save(to newPath: String? = nil) throws(MapSaveError) {
        guard let target = newPath ?? path else {
            throw MapSaveError(file: "(no file)", reason: "this map has no file yet; save it with :w PATH")
        }
        let bytes = try MapStore.encode(map, savingTo: target)
        try MapStore.writeAtomically(bytes, to: target)
        path = target
        savedRevision = history.current
        diskFingerprint = Journal.fingerprint(bytes)
    }

    /// Records that the map as it was at `revision` is now in the file at
    /// `path` (written by the runtime), whose bytes have `fingerprint`.
    public mutating func markSaved(path: String, revision: Int, fingerprint: String) {
        self.path = path
        savedRevision = revision
        diskFingerprint = fingerprint
    }

    /// Replaces the map with the file's current contents, as one undoable
    /// step, and counts that as saved.
    public mutating func reload(_ newMap: JourneyMap, diskBytes: [UInt8]) {
        commit(Edits.replaceMap(map, with: newMap), at: nil)
        savedRevision = history.current
        diskFingerprint = Journal.fingerprint(diskBytes)
    }

    /// Whether the file on disk is no longer the one this document last read
    /// or wrote (another program or person saved over it).
    public func fileChangedOnDisk() -> Bool {
        guard let path, let data = FileManager.default.contents(atPath: path) else { return false }
        return Journal.fingerprint([UInt8](data)) != diskFingerprint
    }
}
