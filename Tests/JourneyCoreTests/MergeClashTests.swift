import JourneyJSON
import Testing
@testable import JourneyCore

/// Issue 27, item 5: two sides whose edits each stand but not together (ours
/// narrowed the emotion scale to −1…1, theirs scored 2 where ours had not
/// touched). Every independent edit of both sides is kept; only the values
/// that clash are conflicts.
@Suite struct MergeClashTests {
    static let base = SampleMap.make()

    static let ours: JourneyMap = {
        var map = base
        map.emotionScale.min = -1
        map.emotionScale.max = 1
        for s in map.stages.indices {
            for t in map.stages[s].touchpoints.indices {
                map.stages[s].touchpoints[t].emotion = map.stages[s].touchpoints[t].emotion.mapValues { min(max($0, -1), 1) }
            }
        }
        return map
    }()

    static let theirs = MapEdit.applying([
        .setEmotion(touchpoint: "order-email", persona: "maya", 2),
        .title("Running shoes, theirs"),
        .setText(touchpoint: "compare", lane: "actions", "Compares three shoes side by side"),
        .insert(Touchpoint(id: "theirs-new", name: "Theirs new"), stage: "purchase", after: "checkout"),
    ], to: base)

    static let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)

    static let scorePath = ["stages", "purchase", "touchpoints", "order-email", "emotion", "maya"]

    @Test func everyIndependentEditOfBothSidesIsKept() {
        let map = Self.result.map
        #expect(map.title == "Running shoes, theirs")
        #expect(map.touchpoint(id: "compare")?.text["actions"] == "Compares three shoes side by side")
        #expect(map.touchpoint(id: "theirs-new")?.name == "Theirs new")
        #expect(map.emotionScale.min == -1 && map.emotionScale.max == 1)
        #expect(map.touchpoint(id: "delivery")?.emotion["maya"] == 1)
        #expect(map.touchpoint(id: "order-email")?.emotion["maya"] == 0.5)
    }

    @Test func onlyTheClashingValuesAreConflicts() throws {
        let conflicts = Self.result.conflicts
        #expect(Set(conflicts.map(\.path)) == [Self.scorePath, ["emotionScale", "max"]])
        let score = try #require(conflicts.first { $0.path == Self.scorePath })
        #expect(score.ours == .number("0.5") && score.theirs == .number("2") && score.base == .number("0.5"))
        let scale = try #require(conflicts.first { $0.path == ["emotionScale", "max"] })
        #expect(scale.ours == .number("1") && scale.theirs == .number("2"))
        #expect(score.what.contains("Emotion of Maya") && score.what.contains(scale.id))
        #expect(scale.what.contains(score.id))
    }

    @Test func theMergedFileIsAboutTheSizeOfTheInputs() throws {
        let merged = try MapStore.encode(Self.result.map).count
        let larger = max(try MapStore.encode(Self.ours).count, try MapStore.encode(Self.theirs).count)
        #expect(Double(merged) < 1.1 * Double(larger), "merged \(merged) bytes, the larger side \(larger)")
    }

    @Test func theMergedMapLoadsAndEachSideCanBeTaken() throws {
        let bytes = try MapStore.encode(Self.result.map)
        #expect(try MapStore.decode(bytes, file: "merged.json") == Self.result.map)
        let score = try #require(Self.result.conflicts.first { $0.path == Self.scorePath })
        let scale = try #require(Self.result.conflicts.first { $0.path == ["emotionScale", "max"] })

        var kept = Self.result.map
        for conflict in Self.result.conflicts { kept = try kept.resolving(conflict.id, .ours).get() }
        #expect(kept.conflicts.isEmpty && kept.emotionScale.max == 1 && kept.touchpoint(id: "order-email")?.emotion["maya"] == 0.5)

        guard case .failure(let refused) = Self.result.map.resolving(score.id, .theirs) else {
            Issue.record("theirs' score was taken on ours' scale")
            return
        }
        #expect(refused.description.contains("cannot load"))
        let taken = try Self.result.map.resolving(scale.id, .theirs).get().resolving(score.id, .theirs).get()
        #expect(taken.conflicts.isEmpty && taken.emotionScale.max == 2 && taken.touchpoint(id: "order-email")?.emotion["maya"] == 2)
    }

    @Test func theSameClashTheOtherWayRoundKeepsOursAtIt() throws {
        let result = MapMerge.merge(base: Self.base, ours: Self.theirs, theirs: Self.ours)
        let map = result.map
        #expect(map.title == "Running shoes, theirs")
        #expect(map.touchpoint(id: "theirs-new") != nil)
        #expect(map.touchpoint(id: "delivery")?.emotion["maya"] == 1)
        #expect(map.emotionScale.max == 2 && map.emotionScale.min == -1)
        #expect(map.touchpoint(id: "order-email")?.emotion["maya"] == 2)
        #expect(Set(result.conflicts.map(\.path)) == [Self.scorePath, ["emotionScale", "max"]])
    }

    @Test func bothSidesAddingAMetricsLaneKeepOursAndAskAboutBoth() throws {
        var base = Self.base
        base.lanes.removeAll { $0.kind == .metrics }
        let ours = MapEdit.applying([.addLane(Lane(id: "figures-ours", kind: .metrics)), .title("Ours")], to: base)
        let theirs = MapEdit.applying([.addLane(Lane(id: "figures-theirs", kind: .metrics)),
                                       .rename(touchpoint: "checkout", "Pay")], to: base)
        let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.map.title == "Ours")
        #expect(result.map.touchpoint(id: "checkout")?.name == "Pay")
        #expect(result.map.lanes.map(\.id).contains("figures-ours"))
        #expect(!result.map.lanes.map(\.id).contains("figures-theirs"))
        #expect(Set(result.conflicts.map(\.path)) == [["lanes", "figures-ours"], ["lanes", "figures-theirs"]])
    }

    /// Ours placed a parked idea on a touchpoint, theirs edited it in the lot:
    /// one item id in two places would not load, so the lot keeps ours (without it),
    /// and the lot's conflict is told what it clashes with.
    @Test func anIdeaPlacedByOursAndEditedInTheLotByTheirsIsOneConflictEach() throws {
        var base = Self.base
        Edits.park(base, text: "Loyalty points")?.0.apply(to: &base)
        let idea = try #require(base.parkingLot.first)
        let ours = try #require(Edits.place(base, idea: idea.id, stage: 0, index: 0, kind: .quotes)).applied(to: base)
        var theirs = MapEdit.applying([.title("Theirs")], to: base)
        theirs.parkingLot[0].text = "Loyalty points for club runners"
        let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.map.title == "Theirs")
        #expect(result.map.parkingLot.isEmpty)
        #expect(result.map.stages[0].touchpoints[0].quotes.last?.id == idea.id)
        let paths = result.conflicts.map(\.path)
        #expect(paths.count == Set(paths).count, "one conflict a place: \(paths)")
        #expect(Set(paths) == [["parkingLot"], ["stages", "awareness", "touchpoints", "search-ad", "quotes", idea.id]])
        let placed = try #require(result.conflicts.first { $0.path.last == idea.id })
        let lot = try #require(result.conflicts.first { $0.path == ["parkingLot"] })
        let taken = try result.map.resolving(placed.id, .theirs).get().resolving(lot.id, .theirs).get()
        #expect(taken.parkingLot.map(\.text) == ["Loyalty points for club runners"] && taken.conflicts.isEmpty)
        #expect(result.conflicts.allSatisfy { $0.what.contains("cannot stand with") })
    }

    /// Theirs moved a touchpoint to another stage and scored it off ours'
    /// scale: the move stays, and only the score is taken back.
    @Test func aTouchpointTheirsMovedAndScoredOffTheScaleStaysWhereTheirsPutIt() throws {
        let theirs = MapEdit.applying([.move(touchpoint: "order-email", stage: "retention", after: nil),
                                       .setEmotion(touchpoint: "order-email", persona: "maya", 2)], to: Self.base)
        let result = MapMerge.merge(base: Self.base, ours: Self.ours, theirs: theirs)
        let (s, _) = try #require(result.map.locate(touchpoint: "order-email"))
        #expect(result.map.stages[s].id == "retention")
        #expect(result.map.touchpoint(id: "order-email")?.emotion["maya"] == 0.5)
        let moved = ["stages", "retention", "touchpoints", "order-email", "emotion", "maya"]
        #expect(Set(result.conflicts.map(\.path)) == [moved, ["emotionScale", "max"]])
        let score = try #require(result.conflicts.first { $0.path == moved })
        #expect(score.ours == .number("0.5") && score.theirs == .number("2"))
    }
}
