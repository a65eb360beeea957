@testable import JourneyApp
import Testing

/// An entry of a list without ids is found again by its text, nearest its old place.
@Suite struct ListEntryTests {
    let list = ["a", "b", "c"]

    @Test func anEntryIsFoundWhereItWasOrWhereItMoved() {
        let b = ListEntry(1, in: list)
        #expect(b.index(in: list) == 1)
        #expect(b.index(in: ["b", "a", "c"]) == 0)
        #expect(b.index(in: ["a", "c"]) == nil, "gone")
        #expect(b.index(in: ["b", "x", "x", "b"]) == 0, "of two, the nearest")
        #expect(ListEntry(2, in: list).index(in: ["b", "x", "c", "x", "x"]) == 2)
    }

    @Test func anInsertionFollowsTheEntryBeforeIt() {
        let afterA = ListInsertion(1, in: list)
        #expect(afterA.index(in: list) == 1)
        #expect(afterA.index(in: ["x", "a", "b"]) == 2)
        #expect(afterA.index(in: ["b"]) == 1, "its entry gone: the place it had, within the list")
        #expect(ListInsertion(0, in: list).index(in: ["x"] + list) == 0, "first stays first")
        #expect(ListInsertion(3, in: list).index(in: ["c", "a", "b"]) == 1, "after c, wherever c is")
    }
}
