/// Every pain point and opportunity of a folder's maps in one list, the
/// weightiest first: by priority (unrated after rated), then votes, then by
/// map path and the map's own order. `journey backlog` prints it; the
/// portfolio shows the same.
public enum Backlog {
    /// What narrows the backlog; all that are set must hold.
    public struct Filter: Sendable {
        /// Only maps that have this persona, by id or name.
        public var persona: String?
        /// A stage's name or id, in any case.
        public var stage: String?
        public var owner: String?
        public var status: ItemStatus?
        public var kind: ItemRecord.Kind?

        public init(persona: String? = nil, stage: String? = nil, owner: String? = nil, status: ItemStatus? = nil,
                    kind: ItemRecord.Kind? = nil) {
            self.persona = persona
            self.stage = stage
            self.owner = owner
            self.status = status
            self.kind = kind
        }

        public var isEmpty: Bool { persona == nil && stage == nil && owner == nil && status == nil && kind == nil }

        func admits(_ records: MapRecords) -> Bool {
            guard let persona else { return true }
            let key = QueryField.personaKey(persona)
            return records.personas.contains { QueryField.personaKey($0.id) == key || QueryField.personaKey($0.name) == key }
        }

        func admits(_ item: ItemRecord, of touchpoint: TouchpointRecord) -> Bool {
            if let kind, item.kind != kind { return false }
            if let status, item.status != status { return false }
            if let owner, TextFold.folded(item.owner) != TextFold.folded(owner) { return false }
            if let stage, TextFold.folded(touchpoint.stage) != TextFold.folded(stage), touchpoint.stageID != stage { return false }
            return true
        }
    }

    /// The kinds a backlog holds: quotes are what customers said, not work.
    public static let kinds: [ItemRecord.Kind] = [.pain, .opportunity]

    /// The ranked rows of a workspace opened with its records.
    public static func rows(_ workspace: Workspace, filter: Filter = Filter()) -> [QueryTarget] {
        var rows: [QueryTarget] = []
        // Ranked by small keys worked out once: comparing the targets themselves read each item through its map's
        // records at every step (a fifth of a 350,000-row backlog's time).
        var keys: [(priority: Int, votes: Int, map: Int, item: Int, row: Int)] = []
        for (map, (entry, records)) in zip(workspace.maps, workspace.records).enumerated() {
            guard let summary = entry.summary, filter.admits(records) else { continue }
            for (index, item) in records.items.enumerated()
            where kinds.contains(item.kind) && filter.admits(item, of: records.touchpoints[item.touchpoint]) {
                keys.append((item.priority ?? Int.min, item.votes, map, index, rows.count))
                rows.append(QueryTarget(path: entry.path, title: summary.title, records: records, touchpointIndex: item.touchpoint,
                                        itemIndex: index))
            }
        }
        // The workspace lists its maps in path order, so the map's index ranks by path.
        keys.sort { a, b in
            if a.priority != b.priority { return a.priority > b.priority }
            if a.votes != b.votes { return a.votes > b.votes }
            if a.map != b.map { return a.map < b.map }
            return a.item < b.item
        }
        return keys.map { rows[$0.row] }
    }

    /// The backlog's columns, read by the query fields of the same names.
    public static let columns: [(header: String?, field: QueryField)] = ResultTable.place
        + ["impact", "effort", "priority", "votes", "status", "owner", "due", "evidence"].map { (nil, ResultTable.field($0)) }

    public static func table(_ rows: [QueryTarget]) -> ResultTable { ResultTable(rows, columns: columns) }
}
