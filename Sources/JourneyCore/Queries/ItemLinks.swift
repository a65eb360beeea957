/// Which opportunity addresses which pain point: the links are kept on the
/// opportunity (`Item.addresses`) and read both ways here.
public struct ItemLinks: Sendable {
    /// Opportunity ids by the id of the pain point they address, in map order.
    public let addressers: [String: [String]]
    /// Every pain point and opportunity by id, for names and places.
    public let items: [String: Insight]

    public init(_ map: JourneyMap) {
        self.init(insights: map.insights())
    }

    /// From insights already found (`JourneyMap.insights()`), to walk the map once.
    public init(insights: [Insight]) {
        var addressers: [String: [String]] = [:]
        var items: [String: Insight] = [:]
        for insight in insights {
            items[insight.item.id] = insight
            guard insight.kind == .opportunity else { continue }
            for link in insight.item.addresses { addressers[link, default: []].append(insight.item.id) }
        }
        self.addressers = addressers
        self.items = items
    }

    /// What an item is linked to that still exists: the pain points an
    /// opportunity addresses, or the opportunities that address a pain point.
    public func linked(_ insight: Insight) -> [Insight] {
        let ids = insight.kind == .opportunity ? insight.item.addresses : addressers[insight.item.id] ?? []
        return ids.compactMap { id in items[id].flatMap { $0.kind == insight.kind ? nil : $0 } }
    }
}

extension ItemLinks {
    /// A pain point's text by id; nil when there is none.
    public func painPointText(_ id: String) -> String? {
        items[id].flatMap { $0.kind == .painPoint ? $0.item.text : nil }
    }

    /// The text of the pain point or opportunity with this id, wherever it is.
    public func itemText(_ id: String) -> String? { items[id]?.item.text }
}
