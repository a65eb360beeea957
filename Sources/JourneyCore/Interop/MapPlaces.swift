/// The stages and touchpoints of a map as an export's rows name them: by id,
/// or by name in any case; found once, for every row.
struct MapPlaces {
    struct Place: Hashable { var stage: Int; var index: Int }

    let map: JourneyMap
    private var stages = Names<Int>()
    private var touchpoints = Names<Place>()

    init(_ map: JourneyMap) {
        self.map = map
        for (s, stage) in map.stages.enumerated() {
            stages.add(s, id: stage.id, name: stage.name)
            for (t, touchpoint) in stage.touchpoints.enumerated() {
                touchpoints.add(Place(stage: s, index: t), id: touchpoint.id, name: touchpoint.name)
            }
        }
    }

    /// The stage and touchpoint (nil: the stage itself) a row's cells name.
    func place(stage stageName: String, touchpoint touchpointName: String,
               fail: (String) -> ImportFailure) throws(ImportFailure) -> (stage: Int, touchpoint: Int?) {
        let named = stageName.isEmpty ? nil : stages.all(stageName)
        if let named, named.isEmpty { throw fail("no stage \"\(Self.shown(stageName))\" in the map") }
        guard !touchpointName.isEmpty else {
            guard let named else { throw fail("no stage or touchpoint given; every row needs one") }
            guard named.count == 1 else { throw fail("\(named.count) stages are called \"\(Self.shown(stageName))\"; name it by its id") }
            return (named[0], nil)
        }
        let found = touchpoints.all(touchpointName).filter { named?.contains($0.stage) ?? true }
        guard let first = found.first else {
            let isStage = !stages.all(touchpointName).isEmpty
            throw fail("no touchpoint \"\(Self.shown(touchpointName))\"" + (stageName.isEmpty ? " in the map" : " in \(Self.shown(stageName))")
                       + (isStage ? "; it is a stage: give it in a stage column, with the touchpoint empty" : ""))
        }
        guard found.count == 1 else {
            throw fail("\(found.count) touchpoints are called \"\(Self.shown(touchpointName))\"; add a stage column, or name it by its id")
        }
        return (first.stage, first.index)
    }

    /// The name of a stage or of one of its touchpoints, for messages.
    func name(stage: Int, touchpoint: Int?) -> String {
        let stage = map.stages[stage]
        return Self.shown(touchpoint.map { stage.touchpoints[$0].name } ?? stage.name)
    }

    static func shown(_ text: String) -> String { DisplayText.singleLine(DisplayText.visible(text, columns: 40)) }
}

/// Things found by their id, or by their name in any case.
private struct Names<Value: Equatable> {
    private var byID: [String: Value] = [:]
    private var byName: [String: [Value]] = [:]

    mutating func add(_ value: Value, id: String, name: String) {
        byID[id] = value
        byName[name.trimmingSpaces().lowercased(), default: []].append(value)
    }

    /// What `typed` names: the one with that id, and every one of that name.
    func all(_ typed: String) -> [Value] {
        var found = byName[typed.lowercased()] ?? []
        if let value = byID[typed], !found.contains(value) { found.insert(value, at: 0) }
        return found
    }
}
