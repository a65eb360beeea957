import JourneyJSON

/// What `MapMerge.merge` made: the merged map, whose `conflicts` hold both
/// the new conflicts and any the sides already had.
public struct MapMergeResult: Equatable, Sendable {
    public var map: JourneyMap
    /// The conflicts this merge found.
    public var conflicts: [MergeConflict]

    /// True when nothing is left to decide.
    public var isClean: Bool { map.conflicts.isEmpty }

    /// The conflicts this merge found, told which branch each side was.
    public mutating func name(_ sides: MergeSides) {
        let found = Set(conflicts.map(\.id))
        for i in conflicts.indices { conflicts[i].sides = sides }
        for i in map.conflicts.indices where found.contains(map.conflicts[i].id) { map.conflicts[i].sides = sides }
    }
}

/// The three-way merge of maps by ids, as `journey merge` runs it for git.
/// The map's own members merge as JSON by key (so members journey does not
/// know merge too), lists of things with ids by id. Stages, touchpoints and
/// items merge as elements that sit in a list: one that left a stage's list
/// and appeared in another's moved, whatever else either side did to it.
/// Where both changed one thing differently, the merged map holds ours (or
/// the changed version, against a deletion) and a `MergeConflict` says so.
public enum MapMerge {
    public static func merge(base: JourneyMap, ours: JourneyMap, theirs: JourneyMap) -> MapMergeResult {
        if ours == base || ours == theirs { return MapMergeResult(map: theirs, conflicts: []) }
        if theirs == base { return MapMergeResult(map: ours, conflicts: []) }
        let (b, o, t) = (FlatMap(base), FlatMap(ours), FlatMap(theirs))
        var pending: [PendingConflict] = []
        var merged = FlatMap()
        merged.root = mergeRoot(b.root, o.root, t.root, conflicts: &pending)
        merged.items = LevelMerge(base: b.items, ours: o.items, theirs: t.items, level: \.items)
            .merge(required: [], conflicts: &pending)
        merged.touchpoints = LevelMerge(base: b.touchpoints, ours: o.touchpoints, theirs: t.touchpoints, level: \.touchpoints)
            .merge(required: Set(merged.items.slot.values.map(\.owner)), conflicts: &pending)
        merged.stages = LevelMerge(base: b.stages, ours: o.stages, theirs: t.stages, level: \.stages)
            .merge(required: Set(merged.touchpoints.slot.values.map(\.owner)), conflicts: &pending)
        var document = merged.json
        let documents = (base: MapEncoder.encode(base), ours: MapEncoder.encode(ours), theirs: MapEncoder.encode(theirs))
        func assemble(_ clashes: [PendingConflict]) throws(MapDecodingError) -> MapMergeResult {
            var (map, _) = try MapDecoder.unchecked(document)
            let restored = ReferenceRestore.restore(&map, base: base, ours: ours, theirs: theirs)
            let words = [MapEncoder.encode(map), documents.ours, documents.theirs, documents.base]
            let found = finish(pending + restored + clashes, in: merged, documents: words, taken: Set(map.conflicts.map(\.id)))
            map.conflicts += found
            return MapMergeResult(map: try MapDecoder.decode(MapEncoder.encode(map)), conflicts: found)
        }
        if let result = try? assemble([]) { return result }
        guard let clashes = MergeClashes.repair(&document, base: b, ours: o, theirs: t,
                                                check: { failure(of: $0, base: base, ours: ours, theirs: theirs) }) else {
            let reason = failure(of: document, base: base, ours: ours, theirs: theirs)?.message ?? "no single place to blame"
            return unmergeable(base: base, ours: ours, theirs: theirs, reason: reason)
        }
        do {
            return try assemble(fold(clashes, into: &pending, in: merged))
        } catch {
            return unmergeable(base: base, ours: ours, theirs: theirs, reason: error.description)
        }
    }

    /// The clashes at places not already in conflict; one at such a place
    /// (theirs changed what ours deleted) is that conflict, told what it clashes with.
    private static func fold(_ clashes: [PendingConflict], into pending: inout [PendingConflict],
                             in merged: FlatMap) -> [PendingConflict] {
        clashes.filter { clash in
            guard let i = pending.firstIndex(where: { $0.path(in: merged) == clash.rest }) else { return true }
            pending[i].clash = clash.clash
            return false
        }
    }

    /// Why a merged document would not load once `ReferenceRestore` has
    /// brought back what one side deleted and the other used; nil when it loads.
    private static func failure(of document: JSONValue, base: JourneyMap, ours: JourneyMap,
                                theirs: JourneyMap) -> MergeClashes.Failure? {
        var failing = document
        do {
            var (map, _) = try MapDecoder.unchecked(document)
            _ = ReferenceRestore.restore(&map, base: base, ours: ours, theirs: theirs)
            failing = MapEncoder.encode(map)
            _ = try MapDecoder.decode(failing)
            return nil
        } catch {
            return MergeClashes.Failure(message: error.message, path: JSONAddress.ids(along: error.steps, in: failing))
        }
    }

    /// The map's members other than its stages, as JSON by key (conflicts by id).
    private static func mergeRoot(_ b: [String: JSONValue], _ o: [String: JSONValue], _ t: [String: JSONValue],
                                  conflicts: inout [PendingConflict]) -> [String: JSONValue] {
        let merged = JSONMerge.merge(.object(b), .object(o), .object(t), at: "", location: []) { collision in
            conflicts.append(PendingConflict(element: nil, level: nil, rest: collision.location, base: collision.base,
                                             ours: collision.ours, theirs: collision.theirs))
            return collision.ours != nil
        }
        if case .object(let members)? = merged { return members }
        return o
    }

    /// Conflicts with paths and words; one inside a thing that is itself in
    /// conflict as a whole says nothing more, and is left out.
    private static func finish(_ pending: [PendingConflict], in merged: FlatMap, documents: [JSONValue],
                               taken: Set<String>) -> [MergeConflict] {
        let paths = pending.map { $0.path(in: merged) }
        let wholes = Set(zip(pending, paths).filter { $0.0.kind == .value }.map(\.1))
        var ids = ConflictIDs(taken: taken)
        let kept = zip(pending, paths).filter { _, path in
            !(1..<max(path.count, 1)).contains { wholes.contains(Array(path.prefix($0))) }
        }.map { (id: ids.next(), conflict: $0.0, path: $0.1) }
        let idAt = Dictionary(kept.map { ($0.path, $0.id) }, uniquingKeysWith: { first, _ in first })
        return kept.map { id, conflict, path in
            var what = ConflictWords.what(path, note: conflict.note, in: documents)
            if let clash = conflict.clash {
                what += ConflictWords.clash(conflict: idAt[clash.with] ?? clash.with.joined(separator: "."), side: clash.side)
            }
            return conflict.finished(id: id, in: merged, what: what)
        }
    }

    /// The last resort, never expected: the sides cannot be combined into a
    /// map that loads, and no single place of theirs is to blame (see `MergeClashes`).
    /// The map is ours, with a conflict for each smallest place where ours
    /// and theirs differ (one theirs added is not in the map until taken),
    /// so the file is about one map's size, not three.
    private static func unmergeable(base: JourneyMap, ours: JourneyMap, theirs: JourneyMap, reason: String) -> MapMergeResult {
        func document(_ map: JourneyMap) -> JSONValue {
            var copy = map
            copy.conflicts = []
            return MapEncoder.encode(copy)
        }
        let (b, o, t) = (document(base), document(ours), document(theirs))
        var ids = ConflictIDs(taken: Set(ours.conflicts.map(\.id)))
        let found = JSONDifferences.between(base: b, ours: o, theirs: t).map { difference in
            let what = ConflictWords.what(difference.path, note: nil, in: [o, t, b])
            return MergeConflict(id: ids.next(), path: difference.path, what: "\(what) (the two versions cannot be combined: \(reason))",
                                 base: difference.base, ours: difference.ours, theirs: difference.theirs)
        }
        var map = ours
        map.conflicts += found
        return MapMergeResult(map: map, conflicts: found)
    }
}
