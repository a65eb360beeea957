import JourneyView
import Testing

/// Every key that takes work back says what, and how to bring it back.
struct TookBackMessageTests {
    @Test func undoRedoAndStepsInTimeSayWhatTheyChanged() {
        let keys: [Key] = Array(":title EDITED").map { .character($0) } + [.enter, .character("u")]
        var session = Session(keys: keys)
        #expect(session.view.message == "took back: map: title: EDITED → \"Stride: buying running shoes online\"; Ctrl-R brings it back")
        session = Session(keys: keys + [.control("r")])
        #expect(session.view.message == "brought back: map: title: \"Stride: buying running shoes online\" → EDITED; u takes it back")
        session = Session(keys: Array(":title EDITED").map { .character($0) } + [.enter, .character("U")])
        #expect(session.view.message?.hasPrefix("at change 0 of 1: took back: map: title: EDITED → ") == true)
        #expect(session.view.message?.hasSuffix("; :later 1 brings it back") == true)
    }
}
