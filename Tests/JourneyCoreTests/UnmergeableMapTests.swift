import Testing
@testable import JourneyCore

/// The merge's last resort, when the two sides cannot be combined into a map
/// that loads (ours narrowed the emotion scale, theirs scored off it): the
/// map holds ours, and only the places where ours and theirs differ are
/// conflicts, never the whole maps.
@Suite struct UnmergeableMapTests {
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

    @Test func theMergedFileIsAboutOneMapsSize() throws {
        let merged = try MapStore.encode(Self.result.map).count
        let larger = max(try MapStore.encode(Self.ours).count, try MapStore.encode(Self.theirs).count)
        #expect(Double(merged) < 1.2 * Double(larger), "merged \(merged) bytes, the larger side \(larger)")
    }

    @Test func eachDifferenceIsAConflictAtItsSmallestPlace() {
        let paths = Set(Self.result.conflicts.map(\.path))
        #expect(paths.contains(["emotionScale", "max"]))
        #expect(paths.contains(["stages", "purchase", "touchpoints", "checkout", "emotion", "maya"]))
        #expect(paths.contains(["stages", "purchase", "touchpoints", "theirs-new"]))
        #expect(paths.contains { $0.last == "bulk-11" })
        #expect(paths.contains { $0.suffix(2) == ["bulk-9", "name"] })
        #expect(paths.contains { $0.suffix(2) == ["bulk-7", "name"] })
        #expect(Self.result.conflicts.allSatisfy { $0.what.contains("cannot be combined") })
    }

    @Test func theMapHoldsOursAndLoadsAndRoundTrips() throws {
        var held = Self.result.map
        held.conflicts = []
        #expect(held == Self.ours)
        let bytes = try MapStore.encode(Self.result.map)
        let loaded = try MapStore.decode(bytes, file: "merged.json")
        #expect(loaded == Self.result.map)
        #expect(try MapStore.encode(loaded) == bytes)
        #expect(MapCheck.run(loaded, rules: [.mergeConflict]).count == Self.result.conflicts.count)
    }

    @Test func takingOursEverywhereGivesOurs() throws {
        var map = Self.result.map
        for conflict in Self.result.conflicts { map = try map.resolving(conflict.id, .ours).get() }
        #expect(map == Self.ours)
    }

    @Test func takingTheirsEverywhereScaleFirstGivesTheirs() throws {
        var map = Self.result.map
        let scale = Self.result.conflicts.filter { $0.path.first == "emotionScale" }
        let scaleFirst = scale + Self.result.conflicts.filter { $0.path.first != "emotionScale" }
        for conflict in scaleFirst {
            guard map.conflicts.contains(where: { $0.id == conflict.id }) else { continue }
            map = try map.resolving(conflict.id, .theirs).get()
        }
        #expect(map.conflicts.isEmpty)
        #expect(map == Self.theirs)
    }

    @Test func keepingWhatTheMapHoldsChangesNothingButTheConflicts() throws {
        let added = try #require(Self.result.conflicts.first { $0.path.last == "theirs-new" })
        let kept = try Self.result.map.resolving(added.id, .kept).get()
        #expect(kept.touchpoint(id: "theirs-new") == nil)
        #expect(kept.conflicts.count == Self.result.conflicts.count - 1)
    }
}
