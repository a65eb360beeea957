/// One row a query looks at: a touchpoint of a workspace's map, or one of
/// its pain points, opportunities or quotes (which sees its touchpoint's
/// fields too).
public struct QueryTarget: Sendable {
    /// The map's path in the workspace, and its title.
    public var path: String
    public var title: String
    public var records: MapRecords
    /// Index in `records.touchpoints`.
    public var touchpointIndex: Int
    /// Index in `records.items`; nil for the touchpoint itself.
    public var itemIndex: Int?

    public init(path: String, title: String, records: MapRecords, touchpointIndex: Int, itemIndex: Int? = nil) {
        self.path = path
        self.title = title
        self.records = records
        self.touchpointIndex = touchpointIndex
        self.itemIndex = itemIndex
    }

    public var touchpoint: TouchpointRecord { records.touchpoints[touchpointIndex] }
    public var item: ItemRecord? { itemIndex.map { records.items[$0] } }
}

/// A field's value on a row, as a query compares it and the results show it.
public enum QueryValue: Equatable, Sendable {
    case number(Double)
    case text(String)
    case flag(Bool)
}
