import FoundationEssentials

public struct MapSaveError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): could not save (\(reason)); the file on disk is unchanged." }
}

/// What a save did, or the question to ask before it may: the editor shows
/// each as it likes and saves again with `force` when told to.
public enum SaveOutcome: Equatable, Sendable {
    /// The map is on disk, with this fingerprint.
    case saved(fingerprint: String)
    /// The file is read-only (mode 0444 or not ours to write): saving needs `force`, as vim's `:w!`.
    case readOnlyFile
    /// Save-as onto a file that exists: saving needs `force`.
    case exists
    /// Someone else saved the file since it was read: saving over it needs `force`.
    case changedOnDisk
    /// Another running journey has that file open: never saved over.
    case lockedElsewhere(MapLock.Holder)
    case failed(MapSaveError)

    public var isSaved: Bool {
        if case .saved = self { return true }
        return false
    }
}
