/// Edits of the map's channel list that the channels view makes. Each is one
/// transaction: a channel's touchpoints and the personas that prefer it change
/// with it, so one undo brings all of it back.
extension Edits {
    public static func renameChannel(_ map: JourneyMap, id: String, to name: String) -> Transaction? {
        guard let c = map.channels.firstIndex(where: { $0.id == id }) else { return nil }
        return updateInfo(map) { $0.channels[c].name = name }
    }

    public static func setChannelKind(_ map: JourneyMap, id: String, to kind: Channel.Kind) -> Transaction? {
        guard let c = map.channels.firstIndex(where: { $0.id == id }) else { return nil }
        return updateInfo(map) { $0.channels[c].kind = kind }
    }

    /// Moves a channel past the next (`offset` 1) or previous (-1) channel of
    /// its own kind, so it moves within its group of the channels view.
    public static func moveChannel(_ map: JourneyMap, id: String, by offset: Int) -> Transaction? {
        guard let c = map.channels.firstIndex(where: { $0.id == id }) else { return nil }
        let kind = map.channels[c].kind
        let sameKind = map.channels.indices.filter { map.channels[$0].kind == kind }
        guard let here = sameKind.firstIndex(of: c), sameKind.indices.contains(here + offset) else { return nil }
        let other = sameKind[here + offset]
        return updateInfo(map) { $0.channels.swapAt(c, other) }
    }

    /// What removing or merging a channel did, for the message that confirms it.
    public struct ChannelRemoval: Equatable, Sendable {
        public var transaction: Transaction
        /// Touchpoints that had the channel.
        public var touchpoints: Int
        /// Personas that preferred it.
        public var personas: Int
    }

    /// Removes a channel: its touchpoints keep no channel (nil) and personas
    /// stop preferring it.
    public static func removeChannel(_ map: JourneyMap, id: String) -> ChannelRemoval? {
        replaceChannel(map, id: id, with: nil)
    }

    /// Merges a channel into another: its touchpoints and the personas that
    /// prefer it go to `target` (each persona naming it once), and it goes.
    public static func mergeChannel(_ map: JourneyMap, id: String, into target: String) -> ChannelRemoval? {
        guard target != id, map.channel(id: target) != nil else { return nil }
        return replaceChannel(map, id: id, with: target)
    }

    private static func replaceChannel(_ map: JourneyMap, id: String, with target: String?) -> ChannelRemoval? {
        guard let c = map.channels.firstIndex(where: { $0.id == id }) else { return nil }
        var new = map
        new.channels.remove(at: c)
        var personas = 0
        for p in new.personas.indices where new.personas[p].preferredChannels.contains(id) {
            personas += 1
            var preferred: [String] = []
            for channel in new.personas[p].preferredChannels {
                let kept = channel == id ? target : channel
                if let kept, !preferred.contains(kept) { preferred.append(kept) }
            }
            new.personas[p].preferredChannels = preferred
        }
        var touchpoints = 0
        for s in new.stages.indices {
            for i in new.stages[s].touchpoints.indices where new.stages[s].touchpoints[i].channel == id {
                new.stages[s].touchpoints[i].channel = target
                touchpoints += 1
            }
        }
        guard let transaction = transform(map, into: new) else { return nil }
        return ChannelRemoval(transaction: transaction, touchpoints: touchpoints, personas: personas)
    }
}
