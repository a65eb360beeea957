import JourneyCore
import JourneyJSON
import JourneyView

/// Merge conflicts that `journey merge` left in the map: each one decided
/// here (ours, theirs, or edit it by hand), as an undoable, journaled step.
extension Editor {
    /// `:conflicts`: the open conflicts, to pick one.
    mutating func showConflicts() {
        guard !map.conflicts.isEmpty else {
            refuse("no merge conflicts in this map")
            return
        }
        let options = map.conflicts.map { conflict in
            Choice.Option(label: conflict.what + " — \(conflict.named(.ours)): " + Self.side(conflict.ours)
                              + " · \(conflict.named(.theirs)): " + Self.side(conflict.theirs),
                          value: .conflict(conflict.id))
        }
        push(.picker(Choice(title: "Merge conflicts (\(map.conflicts.count)): type to filter",
                            options: options)))
    }

    /// One conflict: take ours, take theirs, or keep what the map holds and go there to edit it.
    mutating func decideConflict(_ id: String) {
        guard let conflict = map.conflicts.first(where: { $0.id == id }) else { return }
        push(.picker(Choice(title: "Decide: \(conflict.what)", notes: [
            "base: " + Self.whole(conflict.base),
            conflict.named(.ours) + ": " + Self.whole(conflict.ours, since: conflict.base),
            conflict.named(.theirs) + ": " + Self.whole(conflict.theirs, since: conflict.base),
        ], options: [
            .init(label: "Take \(conflict.named(.ours)): " + Self.side(conflict.ours), hotkey: "o",
                  value: .settle(conflict: id, side: .ours)),
            .init(label: "Take \(conflict.named(.theirs)): " + Self.side(conflict.theirs), hotkey: "t",
                  value: .settle(conflict: id, side: .theirs)),
            .init(label: "Edit it: keep what the map holds now and go there", hotkey: "e", value: .settle(conflict: id, side: .edit)),
        ])))
    }

    mutating func settleConflict(_ id: String, _ side: ConflictSide) {
        guard let conflict = map.conflicts.first(where: { $0.id == id }) else { return }
        let choice: ConflictChoice = switch side {
        case .ours: .ours
        case .theirs: .theirs
        case .edit: .kept
        }
        switch map.resolving(id, choice) {
        case .failure(let error):
            refuse(error.description)
        case .success(let resolved):
            let left = resolved.conflicts.count
            let rest = left == 0 ? "no conflicts left" : "\(left) left: :conflicts"
            commit(Edits.transform(map, into: resolved), message: "\(conflict.what): \(side.words(conflict)) (\(rest))",
                   note: "the merge decision on \(conflict.what)")
            if side == .edit, let touchpoint = conflict.path.touchpointID {
                moveCursor(to: EditLocation(stage: nil, touchpoint: touchpoint, lane: laneID(of: conflict.path) ?? currentLane?.id))
            } else if left > 0 {
                // The next one is a key away.
                showConflicts()
            }
        }
    }

    /// The lane a conflict's path ends in: a text lane by id, or the lane of a score or an item list.
    func laneID(of path: [String]) -> String? {
        guard let t = path.firstIndex(of: "touchpoints"), path.count > t + 2 else { return nil }
        let field = path[t + 2]
        if field == "text", path.count > t + 3 { return path[t + 3] }
        let kind: LaneKind? = switch field {
        case "emotion": .emotion
        case "painPoints": .painPoints
        case "opportunities": .opportunities
        case "quotes": .quotes
        default: nil
        }
        return kind.flatMap { kind in shownLanes.first { $0.kind == kind }?.id }
    }

    /// A version in full (to a screenful), its words changed since the base marked.
    static func whole(_ value: JSONValue?, since base: JSONValue? = nil) -> String {
        guard let words = value?.words else { return "(deleted)" }
        let shown = base.flatMap { words.wordChanges(since: $0.words) } ?? words
        return DisplayText.singleLine(shown.count > 2_000 ? String(shown.prefix(1_999)) + "…" : shown)
    }

    static func side(_ value: JSONValue?) -> String {
        let words = value?.words ?? "(deleted)"
        return DisplayText.singleLine(words.count > 60 ? String(words.prefix(59)) + "…" : words)
    }

    /// Said when a map with conflicts opens.
    var conflictsNotice: String? {
        let count = map.conflicts.count
        guard count > 0 else { return nil }
        return "\(count) merge conflict\(count == 1 ? "" : "s") in this map: :conflicts decides them"
    }
}

enum ConflictSide: Equatable {
    case ours, theirs, edit

    func words(_ conflict: MergeConflict) -> String {
        switch self {
        case .ours: "took " + conflict.named(.ours)
        case .theirs: "took " + conflict.named(.theirs)
        case .edit: "kept; edit it here"
        }
    }
}

extension [String] {
    /// The touchpoint a path by ids runs through: `["stages", S, "touchpoints", T, …]`.
    var touchpointID: String? {
        guard let at = firstIndex(of: "touchpoints"), at + 1 < count else { return nil }
        return self[at + 1]
    }
}
