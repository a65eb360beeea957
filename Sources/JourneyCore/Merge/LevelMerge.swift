import JourneyJSON

/// Merges one level of three maps (see `FlatMap`): each element's content
/// with `JSONMerge`, then where it sits, then the order of every list.
/// `required` names the elements that merged children still sit in: one
/// that a side deleted is kept, as a conflict, rather than leave them
/// nowhere.
struct LevelMerge {
    let base: MergeLevel
    let ours: MergeLevel
    let theirs: MergeLevel
    let level: WritableKeyPath<FlatMap, MergeLevel>

    func merge(required: Set<String>, conflicts: inout [PendingConflict]) -> MergeLevel {
        var result = MergeLevel()
        let ids = Set(base.content.keys).union(ours.content.keys).union(theirs.content.keys).sorted()
        var placeDisputed: Set<String> = []
        for id in ids {
            guard let content = content(of: id, required: required.contains(id), conflicts: &conflicts),
                  let slot = slot(of: id, conflicts: &conflicts, disputed: &placeDisputed) else { continue }
            result.content[id] = content
            result.full[id] = ours.full[id] ?? theirs.full[id]
            result.slot[id] = slot
        }
        var members: [Slot: [String]] = [:]
        for id in ids { if let slot = result.slot[id] { members[slot, default: []].append(id) } }
        for (slot, others) in members {
            let outcome = OrderMerge.merge(base: base.lists[slot] ?? [], ours: ours.lists[slot] ?? [],
                                           theirs: theirs.lists[slot] ?? [], others: others) { result.slot[$0] == slot }
            result.lists[slot] = outcome.order
            for id in outcome.disputed where !placeDisputed.contains(id) { conflicts.append(placeConflict(id)) }
        }
        return result
    }

    private func content(of id: String, required: Bool, conflicts: inout [PendingConflict]) -> JSONValue? {
        let merged = JSONMerge.merge(base.content[id], ours.content[id], theirs.content[id], at: "", location: []) { collision in
            var conflict = PendingConflict(element: id, level: level, rest: collision.location, base: collision.base,
                                           ours: collision.ours, theirs: collision.theirs)
            if collision.location.isEmpty {
                (conflict.base, conflict.ours, conflict.theirs) = (base.full[id], ours.full[id], theirs.full[id])
                conflict.note = collision.ours == nil ? PendingConflict.deleted(by: .ours, changed: "changed")
                    : collision.theirs == nil ? PendingConflict.deleted(by: .theirs, changed: "changed") : "added by both, differently"
            }
            conflicts.append(conflict)
            return collision.ours != nil
        }
        if merged == nil, required, let kept = ours.content[id] ?? theirs.content[id] {
            let deleter: PendingConflict.Side = ours.content[id] == nil ? .ours : .theirs
            conflicts.append(PendingConflict(element: id, level: level, rest: [], base: base.full[id], ours: ours.full[id],
                                             theirs: theirs.full[id],
                                             note: PendingConflict.deleted(by: deleter, changed: "what it holds changed")))
            return kept
        }
        return merged
    }

    /// Where the element sits: the side that moved it decides; both moving
    /// it to different lists is a conflict that keeps ours.
    private func slot(of id: String, conflicts: inout [PendingConflict], disputed: inout Set<String>) -> Slot? {
        let (b, o, t) = (base.slot[id], ours.slot[id], theirs.slot[id])
        guard let o else { return t ?? b }
        guard let t else { return o }
        if o == b { return t }
        if t != b && t != o {
            conflicts.append(placeConflict(id))
            disputed.insert(id)
        }
        return o
    }

    private func placeConflict(_ id: String) -> PendingConflict {
        var conflict = PendingConflict(element: id, level: level, rest: [], kind: .place, note: "moved to different places")
        conflict.placeBase = base.place(of: id)
        conflict.placeOurs = ours.place(of: id)
        conflict.placeTheirs = theirs.place(of: id)
        return conflict
    }
}
