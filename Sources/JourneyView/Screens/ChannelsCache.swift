import JourneyCore

/// The matrix of the map last drawn (see `StagesMemo`); channels and
/// personas, short lists, are compared by value.
public final class ChannelsCache: @unchecked Sendable, Equatable {
    private struct Key: Equatable {
        var channels: [Channel]
        var personas: [String]
    }

    private let memo = StagesMemo<Key, ChannelMatrix>()

    public init() {}

    public static func == (lhs: ChannelsCache, rhs: ChannelsCache) -> Bool { true }

    public func matrix(for map: JourneyMap) -> ChannelMatrix {
        memo.value(for: map.stages, key: Key(channels: map.channels, personas: map.personas.map(\.id))) { ChannelMatrix(map) }
    }
}
