import FoundationEssentials

/// Whether the voting folder may hold something new since the last look:
/// its stat moved, or moved so lately that a file renamed in within the
/// same tick of the folder's clock could have left the stat as it was.
public struct FolderWatch: Sendable {
    private var seen: FolderStamp?
    private var seenAt = Date.distantPast

    public init() {}

    public mutating func shouldLook(at stamp: FolderStamp?, now: Date = Date()) -> Bool {
        if stamp == seen, stamp == nil || now.timeIntervalSince(seenAt) > 2 { return false }
        if stamp != seen { seenAt = now }
        seen = stamp
        return true
    }

    public mutating func forget() { self = FolderWatch() }
}
