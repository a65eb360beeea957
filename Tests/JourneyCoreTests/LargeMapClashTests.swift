import Testing
@testable import JourneyCore

/// Two sides that cannot be combined as they are (ours narrowed the emotion
/// scale, theirs scored off it) on a large map: both sides' other edits are
/// merged, only the clash is in conflict, and the file stays one map's size.
@Suite struct LargeMapClashTests {
    /// The sample with 400 touchpoints more, so that three copies would show.
    static let base: JourneyMap = {
        var map = SampleMap.make()
        for n in 0..<400 {
            var touchpoint = Touchpoint(id: "bulk-\(n)", name: "Bulk touchpoint \(n)")
            touchpoint.text["actions"] = String(repeating: "Reads the page and compares it with the last one. ", count: 4)
            map.stages[n % map.stages.count].touchpoints.append(touchpoint)
        }
        return map
    }()

    static let ours: JourneyMap = {
        var map = MapEdit.applying([.rename(touchpoint: "bulk-7", "Ours renamed")], to: base)
        map.emotionScale.max = 1
        for s in map.stages.indices {
            for t in map.stages[s].touchpoints.indices {
                map.stages[s].touchpoints[t].emotion = map.stages[s].touchpoints[t].emotion.mapValues { min($0, 1) }
            }
        }
        return map
    }()

    static let theirs = MapEdit.applying([
        .setEmotion(touchpoint: "checkout", persona: "maya", 2),
        .rename(touchpoint: "bulk-9", "Theirs renamed"),
        .delete(touchpoint: "bulk-11"),
        .insert(Touchpoint(id: "theirs-new", name: "Theirs new"), stage: "purchase", after: base.stages[base.stageIndex(id: "purchase")!].touchpoints.last?.id),
    ], to: base)

    static let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)

    static let scorePath = ["stages", "purchase", "touchpoints", "checkout", "emotion", "maya"]

    @Test func theMergedFileIsAboutOneMapsSize() throws {
        let merged = try MapStore.encode(Self.result.map).count
        let larger = max(try MapStore.encode(Self.ours).count, try MapStore.encode(Self.theirs).count)
        #expect(Double(merged) < 1.05 * Double(larger), "merged \(merged) bytes, the larger side \(larger)")
    }

    @Test func bothSidesEditsAreMergedAndOnlyTheClashIsInConflict() {
        let map = Self.result.map
        #expect(map.touchpoint(id: "bulk-7")?.name == "Ours renamed")
        #expect(map.touchpoint(id: "bulk-9")?.name == "Theirs renamed")
        #expect(map.touchpoint(id: "bulk-11") == nil)
        #expect(map.touchpoint(id: "theirs-new") != nil)
        #expect(map.emotionScale.max == 1)
        #expect(Set(Self.result.conflicts.map(\.path)) == [Self.scorePath, ["emotionScale", "max"]])
    }

    @Test func takingTheirsScaleFirstThenTheirScoreGivesBothSidesEdits() throws {
        let scale = try #require(Self.result.conflicts.first { $0.path.first == "emotionScale" })
        let score = try #require(Self.result.conflicts.first { $0.path == Self.scorePath })
        let map = try Self.result.map.resolving(scale.id, .theirs).get().resolving(score.id, .theirs).get()
        #expect(map.conflicts.isEmpty)
        #expect(map.touchpoint(id: "checkout")?.emotion["maya"] == 2)
        #expect(map.touchpoint(id: "bulk-7")?.name == "Ours renamed" && map.touchpoint(id: "bulk-9")?.name == "Theirs renamed")
    }
}
