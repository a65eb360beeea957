@testable import JourneyCore
import JourneyTestSupport
import Testing

/// The merge laws over random maps and random edit sequences: two sides
/// editing disjoint things merge into the map with both sides' edits, and a
/// side that changed nothing gives the other side exactly.
@Suite struct MapMergeLawTests {
    static let cases = 400

    @Test func disjointEditsMergeIntoBothEditsApplied() {
        var conflicted = 0
        var bothChanged = 0
        for seed in 0..<Self.cases {
            var r = SeededRandom(seed: UInt64(seed) + 70_000)
            let base = RandomMaps.map(&r)
            var owners = DisjointOwners(base, &r)
            let ours = owners.edits(for: .ours, on: base, &r)
            let theirs = owners.edits(for: .theirs, on: base, &r)
            let oursMap = MapEdit.applying(ours, to: base)
            let theirsMap = MapEdit.applying(theirs, to: base)
            let result = MapMerge.merge(base: base, ours: oursMap, theirs: theirsMap)
            if oursMap != base && theirsMap != base && oursMap != theirsMap { bothChanged += 1 }
            let expected = MapEdit.applying(theirs, to: oursMap)
            if !result.isClean { conflicted += 1 }
            guard result.map == expected, result.isClean else {
                let merged = result.map.stages.map { $0.touchpoints.map(\.id) }
                let wanted = expected.stages.map { $0.touchpoints.map(\.id) }
                Issue.record("seed \(seed + 70_000): merged \(merged), expected \(wanted); conflicts: \(result.conflicts.map(\.what))")
                return
            }
        }
        #expect(conflicted == 0)
        #expect(bothChanged > Self.cases * 9 / 10, "most cases merge two real changes: \(bothChanged) of \(Self.cases)")
    }

    @Test func mergingWithAnUnchangedSideGivesTheOtherSideExactly() {
        for seed in 0..<Self.cases {
            var r = SeededRandom(seed: UInt64(seed) + 80_000)
            let base = RandomMaps.map(&r)
            var edited = base
            for _ in 0..<Int.random(in: 1...10, using: &r) {
                if let edit = RandomMaps.edit(edited, &r) { edit.apply(to: &edited) }
            }
            let theirsOnly = MapMerge.merge(base: base, ours: base, theirs: edited)
            let oursOnly = MapMerge.merge(base: base, ours: edited, theirs: base)
            guard theirsOnly.map == edited, oursOnly.map == edited, theirsOnly.conflicts.isEmpty, oursOnly.conflicts.isEmpty else {
                Issue.record("seed \(seed + 80_000): a merge with an unchanged side changed the other")
                return
            }
        }
    }
}

/// Which side may change what, so that the two sides' edits never touch the
/// same thing: each stage's list (inserts, deletes, moves, its name) belongs
/// to one side, each touchpoint's content to one side (maybe not the side
/// that moves it), the title to one side. Both sides may add lanes.
struct DisjointOwners {
    enum Side: String { case ours, theirs }

    var stages: [String: Side] = [:]
    var touchpoints: [String: Side] = [:]
    let title: Side
    var counter = 0

    init(_ base: JourneyMap, _ r: inout SeededRandom) {
        for stage in base.stages {
            stages[stage.id] = Bool.random(using: &r) ? .ours : .theirs
            for t in stage.touchpoints { touchpoints[t.id] = Bool.random(using: &r) ? .ours : .theirs }
        }
        title = Bool.random(using: &r) ? .ours : .theirs
    }

    mutating func edits(for side: Side, on base: JourneyMap, _ r: inout SeededRandom) -> [MapEdit] {
        var map = base
        var edits: [MapEdit] = []
        for _ in 0..<Int.random(in: 1...12, using: &r) {
            guard let edit = edit(for: side, on: map, &r) else { continue }
            edit.apply(to: &map)
            edits.append(edit)
        }
        return edits
    }

    private mutating func fresh(_ side: Side, _ kind: String) -> String {
        counter += 1
        return "\(side.rawValue)-\(kind)-\(counter)"
    }

    private mutating func edit(for side: Side, on map: JourneyMap, _ r: inout SeededRandom) -> MapEdit? {
        let myStages = map.stages.filter { stages[$0.id] == side }
        let myContent = map.stages.flatMap(\.touchpoints).filter { touchpoints[$0.id] == side }.map(\.id)
        switch Int.random(in: 0..<11, using: &r) {
        case 0:
            return title == side ? .title(RandomMaps.text(&r)) : nil
        case 1:
            return .addLane(Lane(id: fresh(side, "lane"), kind: .text, name: RandomMaps.text(&r)))
        case 2:
            return myStages.randomElement(using: &r).map { .renameStage($0.id, RandomMaps.text(&r)) }
        case 3:
            guard let after = myStages.randomElement(using: &r) else { return nil }
            let stage = Stage(id: fresh(side, "stage"), name: RandomMaps.text(&r))
            stages[stage.id] = side
            return .insertStage(stage, after: after.id)
        case 4:
            let deletable = myStages.filter { $0.touchpoints.allSatisfy { touchpoints[$0.id] == side } }
            guard map.stages.count > 1, let stage = deletable.randomElement(using: &r) else { return nil }
            return .deleteStage(stage.id)
        case 5:
            return myContent.randomElement(using: &r).map {
                .setText(touchpoint: $0, lane: Bool.random(using: &r) ? "actions" : "thoughts", RandomMaps.text(&r))
            }
        case 6:
            return myContent.randomElement(using: &r).map { .rename(touchpoint: $0, RandomMaps.text(&r)) }
        case 7:
            return myContent.randomElement(using: &r).map {
                .setEmotion(touchpoint: $0, persona: Bool.random(using: &r) ? "persona-1" : "p2", Double(Int.random(in: -2...2, using: &r)))
            }
        case 8:
            guard let stage = myStages.randomElement(using: &r) else { return nil }
            let touchpoint = Touchpoint(id: fresh(side, "tp"), name: RandomMaps.text(&r), channel: "email")
            touchpoints[touchpoint.id] = side
            return .insert(touchpoint, stage: stage.id, after: stage.touchpoints.map(\.id).randomElement(using: &r))
        case 9:
            let deletable = myStages.flatMap(\.touchpoints).filter { touchpoints[$0.id] == side }
            return deletable.randomElement(using: &r).map { .delete(touchpoint: $0.id) }
        default:
            guard let from = myStages.filter({ !$0.touchpoints.isEmpty }).randomElement(using: &r),
                  let to = myStages.randomElement(using: &r), let moved = from.touchpoints.randomElement(using: &r) else { return nil }
            let after = to.touchpoints.map(\.id).filter { $0 != moved.id }.randomElement(using: &r)
            return .move(touchpoint: moved.id, stage: to.id, after: Bool.random(using: &r) ? after : nil)
        }
    }
}
