import Synchronization

/// A value worked out from a map's stages (and a small key), kept until the
/// stages change, so a frame after a key that changed nothing costs no pass
/// over the touchpoints (on a 20,000-touchpoint map a pass is milliseconds).
///
/// The stages array itself is kept here: while it is kept, any change to a
/// stage, touchpoint or item must copy it (copy on write), so the same
/// storage means the same contents. Shared by copies of the view state that
/// holds it, and never part of that state's equality.
public final class StagesMemo<Key: Equatable & Sendable, Value: Sendable>: Sendable, Equatable {
    private struct Kept {
        var stages: [Stage]
        var key: Key
        var value: Value
    }

    private let kept = Mutex<Kept?>(nil)

    public init() {}

    public static func == (lhs: StagesMemo, rhs: StagesMemo) -> Bool { true }

    public func value(for stages: [Stage], key: Key, make: () -> Value) -> Value {
        kept.withLock { kept in
            if let kept, kept.key == key, Self.sameStorage(kept.stages, stages) { return kept.value }
            let value = make()
            kept = Kept(stages: stages, key: key, value: value)
            return value
        }
    }

    private static func sameStorage(_ a: [Stage], _ b: [Stage]) -> Bool {
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        return a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    }
}
