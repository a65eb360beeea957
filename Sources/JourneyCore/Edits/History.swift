import FoundationEssentials

/// Where an edit was made, so undo can put the cursor back there. By id:
/// the touchpoint may have moved by the time the edit is undone.
public struct EditLocation: Equatable, Sendable {
    public var stage: String?
    public var touchpoint: String?
    public var lane: String?
    public init(stage: String?, touchpoint: String?, lane: String?) {
        self.stage = stage
        self.touchpoint = touchpoint
        self.lane = lane
    }
}

/// Undo history as a tree of revisions (after Helix): each revision holds a
/// transaction and its inverse. Undoing and then editing starts a new branch;
/// the old one stays reachable by `earlier` and `later`, which walk the
/// revisions in the order they were made. Memory grows with the edits, not
/// with the map: a revision keeps only the parts of the map it changed.
public struct History: Sendable {
    struct Revision: Sendable {
        var parent: Int
        var lastChild: Int?
        var transaction: Transaction
        var inversion: Transaction
        var location: EditLocation?
        var time: Date
        /// What a step that matters was, in words ("the vote reveal"): said when it is undone.
        var note: String?
    }

    private var revisions: [Revision]
    public private(set) var current = 0
    /// What the last commit, undo, redo or jump did to the map, in the order
    /// applied: the recovery journal records this.
    public private(set) var lastApplied = Transaction([])

    public init() {
        revisions = [Revision(parent: 0, lastChild: nil, transaction: Transaction([]), inversion: Transaction([]),
                              location: nil, time: Date())]
    }

    public var revisionCount: Int { revisions.count - 1 }
    public var canUndo: Bool { current != 0 }
    public var canRedo: Bool { revisions[current].lastChild != nil }
    /// The note of the step `undo` would take back.
    public var undoNote: String? { revisions[current].note }
    /// The note of the step `redo` would bring back.
    public var redoNote: String? { revisions[current].lastChild.flatMap { revisions[$0].note } }

    /// Applies `transaction` to `map` and records it as a child of the current revision.
    public mutating func commit(_ transaction: Transaction, to map: inout JourneyMap, at location: EditLocation?,
                                time: Date = Date(), note: String? = nil) {
        guard !transaction.isEmpty else { return }
        transaction.apply(to: &map)
        lastApplied = transaction
        revisions.append(Revision(parent: current, lastChild: nil, transaction: transaction,
                                  inversion: transaction.inverse, location: location, time: time, note: note))
        let new = revisions.count - 1
        revisions[current].lastChild = new
        current = new
    }

    /// Forgets the revision just committed, as if it never was: `map` goes
    /// back to `before`, the map it was committed to. For an edit the
    /// journal refused, which cannot be undone by its inverse when it holds a NaN.
    public mutating func discardLast(_ map: inout JourneyMap, restoring before: JourneyMap) {
        guard current == revisions.count - 1, current != 0 else { return }
        let parent = revisions[current].parent
        revisions.removeLast()
        revisions[parent].lastChild = nil
        current = parent
        lastApplied = Transaction([])
        map = before
    }

    /// Undoes the current revision and returns where it was made. Does
    /// nothing at the root (check `canUndo`).
    @discardableResult
    public mutating func undo(_ map: inout JourneyMap) -> EditLocation? {
        guard current != 0 else { return nil }
        let revision = revisions[current]
        revision.inversion.apply(to: &map)
        lastApplied = revision.inversion
        revisions[revision.parent].lastChild = current
        current = revision.parent
        return revision.location
    }

    /// Redoes the most recently visited child and returns where it was made.
    /// Does nothing when there is none (check `canRedo`).
    @discardableResult
    public mutating func redo(_ map: inout JourneyMap) -> EditLocation? {
        guard let child = revisions[current].lastChild else { return nil }
        revisions[child].transaction.apply(to: &map)
        lastApplied = revisions[child].transaction
        current = child
        return revisions[child].location
    }

    /// Moves `steps` revisions back in the order they were made, across branches.
    @discardableResult
    public mutating func earlier(_ steps: Int, _ map: inout JourneyMap) -> EditLocation? {
        jump(to: max(0, current - steps), &map)
    }

    /// Moves `steps` revisions forward in the order they were made, across branches.
    @discardableResult
    public mutating func later(_ steps: Int, _ map: inout JourneyMap) -> EditLocation? {
        jump(to: min(revisions.count - 1, current + steps), &map)
    }

    /// Goes to any revision: undo up to the common ancestor, redo down to the target.
    @discardableResult
    public mutating func jump(to target: Int, _ map: inout JourneyMap) -> EditLocation? {
        guard target != current else { return nil }
        let targetPath = ancestors(of: target)
        let targetSet = Set(targetPath)
        var location: EditLocation?
        var applied: [Change] = []
        defer { lastApplied = Transaction(applied) }
        while !targetSet.contains(current) {
            location = revisions[current].location
            undo(&map)
            applied += lastApplied.changes
        }
        guard let commonIndex = targetPath.firstIndex(of: current) else { return location }
        for revision in targetPath[..<commonIndex].reversed() {
            revisions[current].lastChild = revision
            revisions[revision].transaction.apply(to: &map)
            applied += revisions[revision].transaction.changes
            current = revision
            location = revisions[revision].location
        }
        return location
    }

    /// `revision`, its parent, and so on up to the root.
    private func ancestors(of revision: Int) -> [Int] {
        var path = [revision]
        var node = revision
        while node != 0 {
            node = revisions[node].parent
            path.append(node)
        }
        return path
    }
}
