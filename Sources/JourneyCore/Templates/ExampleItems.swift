/// How a template marks the pain points, opportunities and quotes it brings
/// as examples: their text starts with "Example: ", which a user sees in the
/// grid, in item lists and in `journey show`, and loses by rewriting the item.
public enum ExampleItems {
    public static let prefix = "Example: "

    public static func isMarked(_ item: Item) -> Bool { item.text.hasPrefix(prefix) }

    /// The map with every item of every touchpoint marked (once).
    public static func mark(_ map: JourneyMap) -> JourneyMap {
        var map = map
        for s in map.stages.indices {
            for t in map.stages[s].touchpoints.indices {
                for kind in LaneKind.allCases {
                    guard let items = map.stages[s].touchpoints[t].items(of: kind) else { continue }
                    map.stages[s].touchpoints[t].setItems(items.map(marked), of: kind)
                }
            }
        }
        return map
    }

    private static func marked(_ item: Item) -> Item {
        var item = item
        if !isMarked(item) { item.text = prefix + item.text }
        return item
    }
}
