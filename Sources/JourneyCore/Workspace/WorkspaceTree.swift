/// The maps of a workspace as a tree: a map another map links to (a step of
/// a high-level journey opening into its detailed journey) comes under it,
/// and so does a map's future state; otherwise in path order. A map reached
/// twice is shown under the first, and a loop of links ends where it would
/// begin again.
public enum WorkspaceTree {
    public static func order(_ entries: [WorkspaceEntry]) -> [(entry: WorkspaceEntry, depth: Int)] {
        let byPath = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var futures: [String: [String]] = [:]
        for entry in entries { if let current = entry.summary?.futureOf, byPath[current] != nil { futures[current, default: []].append(entry.path) } }
        func children(_ entry: WorkspaceEntry) -> [String] {
            ((entry.summary?.links ?? []) + (futures[entry.path] ?? [])).filter { byPath[$0] != nil && $0 != entry.path }
        }
        let placedUnder = Set(entries.flatMap(children))
        var placed: Set<String> = []
        var rows: [(entry: WorkspaceEntry, depth: Int)] = []
        func place(_ entry: WorkspaceEntry, depth: Int) {
            guard placed.insert(entry.path).inserted else { return }
            rows.append((entry, depth))
            for child in children(entry) { place(byPath[child]!, depth: depth + 1) }
        }
        // A loop of links that no other map leads into has no root: its first map by path starts it.
        var reachable: Set<String> = []
        func reach(_ path: String) {
            guard reachable.insert(path).inserted, let entry = byPath[path] else { return }
            children(entry).forEach(reach)
        }
        for entry in entries where !placedUnder.contains(entry.path) { reach(entry.path) }
        for entry in entries where !placedUnder.contains(entry.path) || !reachable.contains(entry.path) { place(entry, depth: 0) }
        return rows
    }
}
