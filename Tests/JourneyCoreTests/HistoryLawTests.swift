import Foundation
@testable import JourneyCore
import JourneyTestSupport
import Testing

/// The undo laws, over thousands of random edit sequences on random maps.
@Suite struct HistoryLawTests {
    @Test func undoingEveryEditReturnsTheOriginalAndRedoingReturnsTheEdited() {
        for seed in 0..<2000 {
            var r = SeededRandom(seed: UInt64(seed))
            let original = RandomMaps.map(&r)
            var map = original
            var history = History()
            let count = Int.random(in: 1...25, using: &r)
            for _ in 0..<count {
                if let edit = RandomMaps.edit(map, &r) { history.commit(edit, to: &map, at: nil) }
            }
            let edited = map
            let steps = history.revisionCount
            for _ in 0..<steps { history.undo(&map) }
            #expect(map == original, "seed \(seed): undo all")
            #expect(!history.canUndo)
            for _ in 0..<steps { history.redo(&map) }
            #expect(map == edited, "seed \(seed): redo all")
            #expect(!history.canRedo)
            if map != edited || history.canRedo { return }
        }
    }

    /// A random walk of edits, undos, redos, earlier and later: after every
    /// step the map is exactly the one recorded for the current revision.
    @Test func everyRevisionIsReachableAndExact() {
        for seed in 0..<1000 {
            var r = SeededRandom(seed: UInt64(seed) + 10_000)
            var map = RandomMaps.map(&r)
            var history = History()
            var snapshots = [0: map]
            var revision = 0
            for _ in 0..<40 {
                switch Int.random(in: 0..<6, using: &r) {
                case 0, 1:
                    if let edit = RandomMaps.edit(map, &r) {
                        history.commit(edit, to: &map, at: nil)
                        revision += 1
                        snapshots[history.current] = map
                    }
                case 2: history.undo(&map)
                case 3: history.redo(&map)
                case 4: history.earlier(Int.random(in: 1...3, using: &r), &map)
                default: history.later(Int.random(in: 1...3, using: &r), &map)
                }
                guard map == snapshots[history.current] else {
                    Issue.record("seed \(seed): map differs from revision \(history.current)")
                    return
                }
            }
            #expect(history.revisionCount == revision)
        }
    }

    @Test func aNewEditAfterUndoKeepsTheOldBranchReachable() {
        var map = BlankMap.make()
        var history = History()
        history.commit(Edits.updateInfo(map) { $0.title = "A" }!, to: &map, at: nil)
        history.commit(Edits.updateInfo(map) { $0.title = "B" }!, to: &map, at: nil)
        history.undo(&map)
        history.commit(Edits.updateInfo(map) { $0.title = "C" }!, to: &map, at: nil)
        #expect(map.title == "C")
        history.earlier(1, &map)
        #expect(map.title == "B", "earlier walks back in time into the undone branch")
        history.earlier(1, &map)
        #expect(map.title == "A")
        history.later(2, &map)
        #expect(map.title == "C")
        history.undo(&map)
        history.redo(&map)
        #expect(map.title == "C", "redo follows the branch last visited")
    }

    @Test func undoReturnsWhereTheEditWasMade() {
        var map = SampleMap.make()
        var history = History()
        let edit = Edits.setText(map, stage: 2, index: 1, lane: "thoughts", text: "Hmm")!
        history.commit(edit, to: &map, at: EditLocation(stage: "decision", touchpoint: "tp-8", lane: "thoughts"))
        #expect(history.undo(&map) == EditLocation(stage: "decision", touchpoint: "tp-8", lane: "thoughts"))
        #expect(history.redo(&map) == EditLocation(stage: "decision", touchpoint: "tp-8", lane: "thoughts"))
    }

    @Test func undoStillWorksAfterSaveAndReload() throws {
        var r = SeededRandom(seed: 7)
        let original = RandomMaps.map(&r)
        var map = original
        var history = History()
        for _ in 0..<30 {
            if let edit = RandomMaps.edit(map, &r) { history.commit(edit, to: &map, at: nil) }
        }
        var reloaded = try MapStore.decode(MapStore.encode(map), file: "t")
        #expect(reloaded == map)
        while history.canUndo { history.undo(&reloaded) }
        #expect(reloaded == original)
    }

    @Test func editsThatChangeNothingAreNotRecorded() {
        let map = SampleMap.make()
        #expect(Edits.updateInfo(map) { $0.title = map.title } == nil)
        #expect(Edits.setText(map, stage: 0, index: 0, lane: "actions", text: map.stages[0].touchpoints[0].text["actions"]!) == nil)
        var history = History()
        var copy = map
        history.commit(Transaction([]), to: &copy, at: nil)
        #expect(history.revisionCount == 0)
    }

    @Test func aScoreOffTheScaleIsRefused() {
        let map = SampleMap.make()
        #expect(Edits.setEmotion(map, stage: 0, index: 0, persona: "maya", score: 9).failureDescription
                == "emotion score is a number from -2 to 2 (the map's emotion scale); got 9")
        #expect(Edits.setEmotion(map, stage: 0, index: 0, persona: "maya", score: .nan).failureDescription != nil)
    }

    @Test func movingPastAStageEdgeCrossesIntoTheNextStage() {
        var map = SampleMap.make()
        let last = map.stages[0].touchpoints.count - 1
        let moved = map.stages[0].touchpoints[last]
        let (edit, stage, index) = Edits.moveTouchpoint(map, stage: 0, index: last, by: 1)!
        edit.apply(to: &map)
        #expect((stage, index) == (1, 0))
        #expect(map.stages[1].touchpoints[0] == moved)
        #expect(Edits.moveTouchpoint(map, stage: 0, index: 0, by: -1) == nil)
    }
}

@Suite struct PersonaAndScaleEditTests {
    @Test func removingAPersonaTakesItsScoresAndUndoBringsThemBack() {
        var map = SampleMap.make()
        let original = map
        var history = History()
        history.commit(Edits.removePersona(map, 1), to: &map, at: nil)
        #expect(map.personas.map(\.id) == ["maya"])
        #expect(map.stages.allSatisfy { $0.touchpoints.allSatisfy { $0.emotion["tom"] == nil } })
        #expect(throws: Never.self) { try MapStore.decode(MapStore.encode(map), file: "t") }
        history.undo(&map)
        #expect(map == original)
    }

    @Test func aScaleThatWouldCutScoresIsRefused() throws {
        let map = SampleMap.make()
        #expect(Edits.setEmotionScale(map, min: 0, max: 5) == .failure(.scoresOutside(count: map.stages.flatMap(\.touchpoints)
            .flatMap { $0.emotion.values }.filter { $0 < 0 }.count)))
        #expect(Edits.setEmotionScale(map, min: 2, max: 2).failureDescription == "the emotion scale's minimum (2) must be below its maximum (2)")
        var wider = map
        try Edits.setEmotionScale(map, min: -3, max: 3).get()!.apply(to: &wider)
        #expect(wider.emotionScale.min == -3 && wider.emotionScale.max == 3)
    }
}

@Suite struct LastAppliedTests {
    /// Replaying what each step applied, from the start, gives the same map:
    /// the journal's law.
    @Test func replayingWhatWasAppliedReproducesTheMap() {
        for seed in 0..<300 {
            var r = SeededRandom(seed: UInt64(seed) + 50_000)
            let start = RandomMaps.map(&r)
            var map = start
            var replayed = start
            var history = History()
            for _ in 0..<30 {
                let before = history.lastApplied
                switch Int.random(in: 0..<5, using: &r) {
                case 0, 1: if let edit = RandomMaps.edit(map, &r) { history.commit(edit, to: &map, at: nil) }
                case 2: history.undo(&map)
                case 3: history.redo(&map)
                default: history.earlier(Int.random(in: 1...3, using: &r), &map)
                }
                if history.lastApplied != before || map != replayed { history.lastApplied.apply(to: &replayed) }
                guard replayed == map else {
                    Issue.record("seed \(seed): replay differs")
                    return
                }
            }
        }
    }
}
