@testable import JourneyCore
import Testing

/// A value kept while the stages are the same storage, and made again after
/// any change to a stage, a touchpoint or an item, however deep.
@Suite struct StagesMemoTests {
    @Test func itIsMadeOnceForTheSameStagesAndAgainAfterAnyChange() {
        let memo = StagesMemo<Int, Int>()
        var made = 0
        var map = SampleMap.make()
        func value(_ key: Int = 0) -> Int { memo.value(for: map.stages, key: key) { made += 1; return made } }
        #expect(value() == 1)
        #expect(value() == 1, "nothing changed")
        map.title = "Another title"
        #expect(value() == 1, "the stages did not change")
        map.stages[3].touchpoints[0].opportunities[0].status = .done
        #expect(value() == 2, "an item deep inside changed")
        map.stages[0].name = "Seen"
        #expect(value() == 3)
        let copy = map
        #expect(value() == 3, "a copy of the same map shares its stages")
        #expect(value(1) == 4, "another key")
        map = SampleMap.make()
        #expect(value(1) == 5, "another map with equal contents is made again, not trusted")
        _ = copy
    }
}
