import Foundation
import JourneyCore

/// The matrix of the map last drawn, so a frame after a key that changed
/// nothing costs no pass over the touchpoints (on a 20,000-touchpoint map
/// the pass is milliseconds: each touchpoint's scores are a cache miss).
///
/// The key is the map's stages array itself, kept here: while it is kept, a
/// change to any stage or touchpoint must copy it (copy on write), so the
/// same storage means the same touchpoints. Channels and personas, short
/// lists, are compared by value. Shared by copies of `ChannelsState`; never
/// part of its equality.
public final class ChannelsCache: @unchecked Sendable, Equatable {
    private let lock = NSLock()
    private var stages: [Stage] = []
    private var channels: [Channel] = []
    private var personas: [String] = []
    private var matrix: ChannelMatrix?

    public init() {}

    public static func == (lhs: ChannelsCache, rhs: ChannelsCache) -> Bool { true }

    public func matrix(for map: JourneyMap) -> ChannelMatrix {
        lock.lock()
        defer { lock.unlock() }
        let personaIDs = map.personas.map(\.id)
        if let matrix, Self.sameStorage(stages, map.stages), channels == map.channels, personas == personaIDs {
            return matrix
        }
        let made = ChannelMatrix(map)
        (stages, channels, personas, matrix) = (map.stages, map.channels, personaIDs, made)
        return made
    }

    private static func sameStorage(_ a: [Stage], _ b: [Stage]) -> Bool {
        guard a.count == b.count else { return false }
        if a.isEmpty { return true }
        return a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    }
}
