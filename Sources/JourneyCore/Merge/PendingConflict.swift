import JourneyJSON

/// A conflict found while merging one level, before the merged map says
/// where its element ended up: `element` is the id of a stage, touchpoint or
/// item (nil: the map's own members), `rest` the place inside it.
struct PendingConflict {
    enum Side { case ours, theirs }

    var element: String?
    var level: WritableKeyPath<FlatMap, MergeLevel>?
    var rest: [String]
    var kind: MergeConflict.Kind = .value
    var base: JSONValue?
    var ours: JSONValue?
    var theirs: JSONValue?
    /// Words for what happened, where the field's path is not enough.
    var note: String?
    /// The other place of a clash (see `MergeClashes`), and whose version here cannot stand with the other's there.
    var clash: (with: [String], side: Side)?
    /// For a place conflict: the list and the neighbour before, in each version.
    var placeBase: (Slot, after: String?)?
    var placeOurs: (Slot, after: String?)?
    var placeTheirs: (Slot, after: String?)?

    /// The conflict of a whole element where one side deleted it and the other changed it.
    static func deleted(by side: Side, changed what: String) -> String {
        side == .ours ? "deleted by ours, \(what) by theirs" : "deleted by theirs, \(what) by ours"
    }

    func path(in merged: FlatMap) -> [String] {
        guard let element, let level else { return rest }
        guard let slot = merged[keyPath: level].slot[element] else { return rest }
        return merged.path(of: slot) + [element] + rest
    }

    /// The conflict as the map keeps it.
    func finished(id: String, in merged: FlatMap, what: String) -> MergeConflict {
        var conflict = MergeConflict(id: id, kind: kind, path: path(in: merged), what: what, base: base, ours: ours, theirs: theirs)
        if kind == .place {
            func place(_ place: (Slot, after: String?)?) -> JSONValue? {
                guard let (slot, after) = place else { return nil }
                return .object(["in": .array(merged.path(of: slot).map(JSONValue.string)), "after": after.map(JSONValue.string) ?? .null])
            }
            (conflict.base, conflict.ours, conflict.theirs) = (place(placeBase), place(placeOurs), place(placeTheirs))
        }
        return conflict
    }
}
