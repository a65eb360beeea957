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
    static func repair(_ document: inout JSONValue, base: JSONValue, ours: JSONValue, theirs: JSONValue,
                       check: (JSONValue) -> Failure?) -> [PendingConflict]? {
        var conflicts: [PendingConflict] = []
        while let failure = check(document) {
            guard conflicts.count < limit,
                  let culprit = firstMending(failure, in: document, taking: ours, from: base, check: check) else { return nil }
            let broken = document
            JSONAddress.set(JSONAddress.value(at: culprit[...], in: ours), at: culprit[...], in: &document)
            let partner = firstMending(failure, in: broken, taking: theirs, from: base, check: check)
            conflicts.append(conflict(at: culprit, clash: partner.map { ($0, .theirs) }, base: base, ours: ours, theirs: theirs))
            if let partner { conflicts.append(conflict(at: partner, clash: (culprit, .ours), base: base, ours: ours, theirs: theirs)) }
        }
        return conflicts
    }

    /// The first place where the document holds what `side` does not, and
    /// taking `side`'s value there makes this failure go; places on the
    /// failure's own path first, then the map's settings before what is deep in it.
    private static func firstMending(_ failure: Failure, in document: JSONValue, taking side: JSONValue, from base: JSONValue,
                                     check: (JSONValue) -> Failure?) -> [String]? {
        let places = JSONDifferences.between(base: base, ours: side, theirs: document).map(\.path)
        func onPath(_ place: [String]) -> Bool {
            place.starts(with: failure.path) || failure.path.starts(with: place)
        }
        let ordered = places.filter(onPath) + places.filter { !onPath($0) }.sorted { $0.count < $1.count }
        return ordered.prefix(tries).first { place in
            var trial = document
            JSONAddress.set(JSONAddress.value(at: place[...], in: side), at: place[...], in: &trial)
            return check(trial) != failure
        }
    }

    private static func conflict(at path: [String], clash: (with: [String], side: PendingConflict.Side)?, base: JSONValue,
                                 ours: JSONValue, theirs: JSONValue) -> PendingConflict {
        var conflict = PendingConflict(element: nil, level: nil, rest: path, base: JSONAddress.value(at: path[...], in: base),
                                       ours: JSONAddress.value(at: path[...], in: ours),
                                       theirs: JSONAddress.value(at: path[...], in: theirs))
        conflict.clash = clash
        return conflict
    }
}
