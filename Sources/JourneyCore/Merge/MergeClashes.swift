import JourneyJSON

/// Edits of the two sides that merge place by place but do not stand
/// together: ours narrowed the emotion scale and theirs scored off it, both
/// added a metrics lane. For each, the merged document takes ours back at
/// the one place of theirs that breaks it, and that place and the edit of
/// ours it clashes with become conflicts; every other edit of both sides
/// stays merged.
enum MergeClashes {
    /// Why a document does not load, and where, by keys and ids.
    struct Failure: Equatable {
        var message: String
        var path: [String]
    }

    /// More clashes than this, or more places tried for one, and the merge
    /// gives up on combining (`MapMerge.unmergeable`): each try loads the whole map.
    static let limit = 50
    static let tries = 400

    /// The conflicts, each holding ours; nil when no single place of theirs
    /// taken back makes a failure go.
    static func repair(_ document: inout JSONValue, base: FlatMap, ours: FlatMap, theirs: FlatMap,
                       check: (JSONValue) -> Failure?) -> [PendingConflict]? {
        var conflicts: [PendingConflict] = []
        while let failure = check(document) {
            let laidOut = FlatMap(document: document)
            guard conflicts.count < limit,
                  let culprit = firstMending(failure, in: document, laidOut, taking: ours, check: check) else { return nil }
            let broken = document
            take(culprit, from: ours, into: &document, laidOut)
            let here = culprit.path(in: laidOut, else: ours)
            let partner = firstMending(failure, in: broken, laidOut, taking: theirs, check: check)
            let there = partner.map { $0.path(in: laidOut, else: theirs) }
            conflicts.append(conflict(culprit, at: here, clash: there.map { ($0, .theirs) }, base, ours, theirs))
            if let partner, let there { conflicts.append(conflict(partner, at: there, clash: (here, .ours), base, ours, theirs)) }
        }
        return conflicts
    }

    /// A place where the document holds what `side` does not, and taking
    /// `side`'s value there makes this failure go: on the failure's own path
    /// first, then the map's settings before what is deep in it, and away
    /// from the failure, one that leaves a map that loads before one that
    /// only moves the failure elsewhere.
    private static func firstMending(_ failure: Failure, in document: JSONValue, _ laidOut: FlatMap, taking side: FlatMap,
                                     check: (JSONValue) -> Failure?) -> ClashPlace? {
        let places = ClashPlace.differences(from: side, to: laidOut).map { ($0, $0.path(in: laidOut, else: side)) }
        func onPath(_ path: [String]) -> Bool { path.starts(with: failure.path) || failure.path.starts(with: path) }
        let near = places.filter { onPath($0.1) }.map(\.0)
        let far = places.filter { !onPath($0.1) }.sorted { $0.1.count < $1.1.count }.map(\.0)
        func after(_ place: ClashPlace) -> Failure? {
            var trial = document
            take(place, from: side, into: &trial, laidOut)
            return check(trial)
        }
        if let place = near.prefix(tries).first(where: { after($0) != failure }) { return place }
        var moved: ClashPlace?
        for place in far.prefix(tries) {
            let left = after(place)
            if left == nil { return place }
            if left != failure, moved == nil { moved = place }
        }
        return moved
    }

    private static func take(_ place: ClashPlace, from side: FlatMap, into document: inout JSONValue, _ laidOut: FlatMap) {
        JSONAddress.set(place.value(in: side), at: place.path(in: laidOut, else: side)[...], in: &document)
    }

    private static func conflict(_ place: ClashPlace, at path: [String], clash: (with: [String], side: PendingConflict.Side)?,
                                 _ base: FlatMap, _ ours: FlatMap, _ theirs: FlatMap) -> PendingConflict {
        var conflict = PendingConflict(element: nil, level: nil, rest: path, base: place.value(in: base),
                                       ours: place.value(in: ours), theirs: place.value(in: theirs))
        conflict.clash = clash
        return conflict
    }
}
