import JourneyJSON
import Testing
@testable import JourneyCore

/// `journey merge`: the three-way merge of maps by ids, case by case.
@Suite struct MapMergeTests {
    let base = SampleMap.make()

    func merge(_ ours: [MapEdit], _ theirs: [MapEdit]) -> MapMergeResult {
        MapMerge.merge(base: base, ours: MapEdit.applying(ours, to: base), theirs: MapEdit.applying(theirs, to: base))
    }

    func ids(_ map: JourneyMap, _ stage: String) -> [String] {
        map.stages[map.stageIndex(id: stage)!].touchpoints.map(\.id)
    }

    func loads(_ map: JourneyMap) throws -> JourneyMap {
        try MapStore.decode(MapStore.encode(map), file: "merged.json")
    }

    @Test func bothSidesAddingTouchpointsToOneStageKeepBothOursFirst() throws {
        let result = merge([.insert(Touchpoint(id: "ours-1", name: "Ours"), stage: "purchase", after: "checkout")],
                           [.insert(Touchpoint(id: "theirs-1", name: "Theirs"), stage: "purchase", after: "checkout"),
                            .insert(Touchpoint(id: "theirs-0", name: "First"), stage: "purchase", after: nil)])
        #expect(result.isClean)
        #expect(ids(result.map, "purchase") == ["theirs-0", "checkout", "ours-1", "theirs-1", "order-email", "delivery"])
        #expect(try loads(result.map) == result.map)
    }

    @Test func oneSideMovesATouchpointToAnotherStageWhileTheOtherEditsIt() {
        let result = merge([.move(touchpoint: "compare", stage: "purchase", after: nil)],
                           [.setText(touchpoint: "compare", lane: "actions", "Compares three shoes")])
        #expect(result.isClean)
        #expect(ids(result.map, "purchase").first == "compare")
        #expect(!ids(result.map, "decision").contains("compare"))
        #expect(result.map.touchpoint(id: "compare")?.text["actions"] == "Compares three shoes")
    }

    @Test func anItemMovedToAnotherTouchpointWhileTheOtherEditsItIsMovedAndEdited() {
        var ours = base
        MapEdit.update(&ours, "size-guide") { t in t.painPoints.removeAll { $0.id == "pp-size-units" } }
        let item = base.touchpoint(id: "size-guide")!.painPoints.first { $0.id == "pp-size-units" }!
        MapEdit.update(&ours, "checkout") { $0.painPoints.append(item) }
        var theirs = base
        MapEdit.update(&theirs, "size-guide") { t in t.painPoints[t.painPoints.firstIndex { $0.id == "pp-size-units" }!].votes = 9 }
        let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.isClean)
        #expect(result.map.touchpoint(id: "checkout")?.painPoints.last?.votes == 9)
        #expect(result.map.touchpoint(id: "size-guide")?.painPoints.contains { $0.id == "pp-size-units" } == false)
    }

    @Test func deletingAnItemTheOtherSideDidNotTouchMergesCleanly() {
        var ours = base
        MapEdit.update(&ours, "product-page") { $0.painPoints.removeAll { $0.id == "pp-jargon" } }
        let theirs = MapEdit.applying([.rename(touchpoint: "product-page", "Product detail page")], to: base)
        let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.isClean)
        #expect(result.map.touchpoint(id: "product-page")?.painPoints.contains { $0.id == "pp-jargon" } == false)
        #expect(result.map.touchpoint(id: "product-page")?.name == "Product detail page")
    }

    @Test func aScoreChangedBothWaysNamesItsPersonaNotItsID() throws {
        var ours = base, theirs = base
        ours.stages[3].touchpoints[0].emotion["maya"] = 2
        theirs.stages[3].touchpoints[0].emotion["maya"] = -2
        let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
        let conflict = try #require(result.conflicts.first)
        #expect(conflict.what == "Touchpoint \"\(base.stages[3].touchpoints[0].name)\": Emotion of Maya")
    }

    @Test func theSameTextChangedBothWaysIsAConflictThatHoldsOurs() throws {
        let result = merge([.setText(touchpoint: "checkout", lane: "actions", "Ours")],
                           [.setText(touchpoint: "checkout", lane: "actions", "Theirs")])
        #expect(result.conflicts.count == 1)
        let conflict = try #require(result.conflicts.first)
        #expect(conflict.path == ["stages", "purchase", "touchpoints", "checkout", "text", "actions"])
        #expect(conflict.what == "Touchpoint \"Checkout\": Actions", "a text lane by its name")
        #expect(conflict.ours == .string("Ours") && conflict.theirs == .string("Theirs"))
        #expect(conflict.base == .string(base.touchpoint(id: "checkout")!.text["actions"]!))
        #expect(result.map.touchpoint(id: "checkout")?.text["actions"] == "Ours")
        let taken = try result.map.resolving(conflict.id, .theirs).get()
        #expect(taken.touchpoint(id: "checkout")?.text["actions"] == "Theirs")
        #expect(taken.conflicts.isEmpty)
        let own = try result.map.resolving(conflict.id, .value(.string("Both"))).get()
        #expect(own.touchpoint(id: "checkout")?.text["actions"] == "Both")
        #expect(try result.map.resolving(conflict.id, .ours).get().touchpoint(id: "checkout")?.text["actions"] == "Ours")
    }

    @Test func deletingWhatTheOtherSideEditedKeepsTheEditAsAConflict() throws {
        let result = merge([.delete(touchpoint: "price-alert")], [.rename(touchpoint: "price-alert", "Price drop alert")])
        let conflict = try #require(result.conflicts.first)
        #expect(result.conflicts.count == 1)
        #expect(conflict.path == ["stages", "decision", "touchpoints", "price-alert"])
        #expect(conflict.ours == nil && conflict.theirs != nil && conflict.base != nil)
        #expect(conflict.what.hasSuffix("deleted by ours, changed by theirs"))
        #expect(result.map.touchpoint(id: "price-alert")?.name == "Price drop alert")
        #expect(try result.map.resolving(conflict.id, .ours).get().touchpoint(id: "price-alert") == nil)
        #expect(try result.map.resolving(conflict.id, .theirs).get().touchpoint(id: "price-alert")?.name == "Price drop alert")
    }

    @Test func aStageDeletedWhileTheOtherSideEditsATouchpointInItComesBackAsOneConflict() throws {
        let result = merge([.deleteStage("retention")], [.rename(touchpoint: "fit-check-in", "Fit check")])
        // The touchpoint's own conflict (deleted by ours, changed by theirs) is inside the stage's, and left out.
        #expect(result.conflicts.map(\.path) == [["stages", "retention"]])
        #expect(ids(result.map, "retention") == ["fit-check-in"], "the untouched touchpoints stay deleted")
        #expect(result.map.touchpoint(id: "fit-check-in")?.name == "Fit check")
        let conflict = try #require(result.conflicts.first)
        #expect(try result.map.resolving(conflict.id, .ours).get().stageIndex(id: "retention") == nil)
    }

    @Test func bothMovingATouchpointToDifferentPlacesIsAPlaceConflict() throws {
        let result = merge([.move(touchpoint: "compare", stage: "purchase", after: nil)],
                           [.move(touchpoint: "compare", stage: "retention", after: "fit-check-in")])
        let conflict = try #require(result.conflicts.first)
        #expect(result.conflicts.count == 1)
        #expect(conflict.kind == .place)
        #expect(conflict.path == ["stages", "purchase", "touchpoints", "compare"])
        #expect(conflict.ours == .object(["in": .array(["stages", "purchase", "touchpoints"].map(JSONValue.string)), "after": .null]))
        #expect(conflict.theirs == .object(["in": .array(["stages", "retention", "touchpoints"].map(JSONValue.string)),
                                            "after": .string("fit-check-in")]))
        #expect(ids(result.map, "purchase").first == "compare")
        let taken = try result.map.resolving(conflict.id, .theirs).get()
        #expect(ids(taken, "retention").prefix(2) == ["fit-check-in", "compare"])
        #expect(!ids(taken, "purchase").contains("compare"))
    }

    @Test func bothMovingATouchpointWithinItsStageToDifferentPlacesIsAPlaceConflict() throws {
        let result = merge([.move(touchpoint: "product-page", stage: "consideration", after: "fit-chat")],
                           [.move(touchpoint: "product-page", stage: "consideration", after: "read-reviews")])
        #expect(result.conflicts.map(\.kind) == [.place])
        #expect(ids(result.map, "consideration") == ["size-guide", "read-reviews", "fit-chat", "product-page"])
        let taken = try result.map.resolving(try #require(result.conflicts.first).id, .theirs).get()
        #expect(ids(taken, "consideration") == ["size-guide", "read-reviews", "product-page", "fit-chat"])
    }

    @Test func movesOfDifferentTouchpointsWithinOneStageBothHappen() {
        let result = merge([.move(touchpoint: "checkout", stage: "purchase", after: "delivery")],
                           [.move(touchpoint: "delivery", stage: "purchase", after: nil)])
        #expect(result.isClean)
        #expect(ids(result.map, "purchase") == ["delivery", "order-email", "checkout"])
    }

    @Test func unknownFieldsMergeByKey() {
        var ours = base
        ours.extra["x-ours"] = .string("o")
        MapEdit.update(&ours, "checkout") { $0.extra["x-sticker"] = .object(["colour": .string("red")]) }
        var theirs = base
        theirs.extra["x-theirs"] = .array([.bool(true)])
        MapEdit.update(&theirs, "checkout") { $0.extra["x-flag"] = .bool(true) }
        let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.isClean)
        #expect(result.map.extra["x-ours"] == .string("o") && result.map.extra["x-theirs"] == .array([.bool(true)]))
        #expect(result.map.touchpoint(id: "checkout")?.extra == ["x-sticker": .object(["colour": .string("red")]), "x-flag": .bool(true)])
    }

    @Test func aChannelDeletedWhileTheOtherSideStartsUsingItComesBackAsAConflict() throws {
        var theirs = base
        theirs.channels.removeAll { $0.id == "popup" }
        theirs.stages = theirs.stages.map { stage in
            var stage = stage
            for t in stage.touchpoints.indices where stage.touchpoints[t].channel == "popup" { stage.touchpoints[t].channel = nil }
            return stage
        }
        let ours = MapEdit.applying([], to: base).with { MapEdit.update(&$0, "checkout") { $0.channel = "popup" } }
        let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
        let conflict = try #require(result.conflicts.first)
        #expect(result.conflicts.count == 1)
        #expect(conflict.path == ["channels", "popup"] && conflict.theirs == nil && conflict.ours != nil)
        #expect(conflict.what.hasSuffix("deleted by theirs, used by ours"))
        #expect(try loads(result.map).touchpoint(id: "checkout")?.channel == "popup")
        let deleted = try result.map.resolving(conflict.id, .theirs).get()
        #expect(deleted.channel(id: "popup") == nil && deleted.touchpoint(id: "checkout")?.channel == nil)
    }

    @Test func aPersonaDeletedWhileTheOtherSideScoresItComesBackAsAConflict() throws {
        var ours = base
        Edits.removePersona(ours, 1).apply(to: &ours)
        let theirs = MapEdit.applying([.setEmotion(touchpoint: "checkout", persona: "tom", -1)], to: base)
        let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
        // Ours took the score with the persona; theirs changed it: that is a conflict too.
        #expect(result.conflicts.map(\.path) == [["stages", "purchase", "touchpoints", "checkout", "emotion", "tom"], ["personas", "tom"]])
        #expect(result.map.touchpoint(id: "checkout")?.emotion["tom"] == -1)
        #expect(try loads(result.map) == result.map)
        let deleted = try result.map.resolving(result.conflicts[1].id, .ours).get()
        #expect(deleted == ours, "taking the deletion takes the scores, and the conflict about the score goes with them")
    }

    @Test func aMapWithConflictsSavesLoadsAndRoundTrips() throws {
        let result = merge([.rename(touchpoint: "checkout", "A")], [.rename(touchpoint: "checkout", "B")])
        let bytes = try MapStore.encode(result.map)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"conflicts\": ["))
        let loaded = try MapStore.decode(bytes, file: "merged.json")
        #expect(loaded == result.map && loaded.conflicts.count == 1)
        #expect(try MapStore.encode(loaded) == bytes)
        let resolved = try loaded.resolving(loaded.conflicts[0].id, .ours).get()
        #expect(!String(decoding: try MapStore.encode(resolved), as: UTF8.self).contains("conflicts"))
        #expect(try MapStore.encode(resolved) == MapStore.encode(MapEdit.applying([.rename(touchpoint: "checkout", "A")], to: base)))
    }

    @Test func conflictsTheSidesAlreadyHadAreKeptAndNewOnesGetFreshIDs() throws {
        let first = merge([.title("A")], [.title("B")]).map
        var ours = first
        ours.stages[0].name = "X"
        var theirs = first
        theirs.stages[0].name = "Y"
        let second = MapMerge.merge(base: first, ours: ours, theirs: theirs)
        #expect(second.map.conflicts.map(\.id) == ["conflict-1", "conflict-2"])
        #expect(second.conflicts.map(\.what) == ["Stage \"X\": name"])
    }
}

extension JourneyMap {
    func with(_ change: (inout JourneyMap) -> Void) -> JourneyMap {
        var copy = self
        change(&copy)
        return copy
    }
}
