/// The maps of a workspace as a tree: a map another map links to (a step of
/// a high-level journey opening into its detailed journey) comes under it,
/// after the map's path order; a map reached twice is shown under the first,
/// and a loop of links ends where it would begin again.
public enum WorkspaceTree {
    public static func order(_ entries: [WorkspaceEntry]) -> [(entry: WorkspaceEntry, depth: Int)] {
        let byPath = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let linked = Set(entries.flatMap { $0.summary?.links ?? [] }.filter { byPath[$0] != nil })
        var placed: Set<String> = []
        var rows: [(entry: WorkspaceEntry, depth: Int)] = []
        func place(_ entry: WorkspaceEntry, depth: Int) {
            guard placed.insert(entry.path).inserted else { return }
            rows.append((entry, depth))
            for child in entry.summary?.links ?? [] { if let found = byPath[child] { place(found, depth: depth + 1) } }
        }
        for entry in entries where !linked.contains(entry.path) { place(entry, depth: 0) }
        // Maps linked only from within a loop have no root: they start their own.
        for entry in entries { place(entry, depth: 0) }
        return rows
    }
}
