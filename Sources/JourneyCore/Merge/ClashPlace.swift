import JourneyJSON

/// A place in a map by the element it is in, wherever that element sits: a
/// stage, touchpoint or item by id (none: the map's own members) and the
/// keys inside it. Where one side moved a touchpoint, both sides name the
/// same places in it, so a clash takes back a score, never the touchpoint.
struct ClashPlace {
    var level: WritableKeyPath<FlatMap, MergeLevel>?
    var element: String?
    var rest: [String]

    /// The value there: an element whole, with what it holds, when `rest` is empty.
    func value(in map: FlatMap) -> JSONValue? {
        guard let level, let element else { return JSONAddress.value(at: rest[...], in: .object(map.root)) }
        return map[keyPath: level].full[element].flatMap { JSONAddress.value(at: rest[...], in: $0) }
    }

    /// Its path by keys and ids where `map` has the element, else where `other` has it.
    func path(in map: FlatMap, else other: FlatMap) -> [String] {
        guard let level, let element else { return rest }
        for version in [map, other] {
            if let slot = version[keyPath: level].slot[element] { return version.path(of: slot) + [element] + rest }
        }
        return rest
    }

    /// The smallest places where `map` holds what `side` does not.
    static func differences(from side: FlatMap, to map: FlatMap) -> [ClashPlace] {
        var places = JSONDifferences.between(base: nil, ours: .object(side.root), theirs: .object(map.root))
            .map { ClashPlace(level: nil, element: nil, rest: $0.path) }
        for level in [\FlatMap.stages, \.touchpoints, \.items] {
            let (theirs, ours) = (map[keyPath: level].content, side[keyPath: level].content)
            for id in Set(theirs.keys).union(ours.keys).sorted() {
                guard let held = theirs[id], let other = ours[id] else {
                    places.append(ClashPlace(level: level, element: id, rest: []))
                    continue
                }
                places += JSONDifferences.between(base: nil, ours: other, theirs: held).map {
                    ClashPlace(level: level, element: id, rest: $0.path)
                }
            }
        }
        return places
    }
}
