@testable import JourneyApp
import JourneyCore
import JourneyView
import Testing

/// Every key that takes work back says what, and how to bring it back.
struct TookBackMessageTests {
    @Test func undoRedoAndStepsInTimeSayWhatTheyChanged() {
        let keys: [Key] = Array(":title EDITED").map { .character($0) } + [.enter, .character("u")]
        var session = Session(keys: keys)
        #expect(session.view.message?.text == "took back: map: title: EDITED → \"Stride: buying running shoes online\"; Ctrl-R brings it back")
        session = Session(keys: keys + [.control("r")])
        #expect(session.view.message?.text == "brought back: map: title: \"Stride: buying running shoes online\" → EDITED; u takes it back")
        session = Session(keys: Array(":title EDITED").map { .character($0) } + [.enter, .character("U")])
        #expect(session.view.message?.text.hasPrefix("at change 0 of 1: took back: map: title: EDITED → ") == true)
        #expect(session.view.message?.text.hasSuffix("; :later 1 brings it back") == true)
    }

    /// Cut down to the stages and touchpoints that changed, the words are those of the whole map's diff.
    @Test func theWordsOfTheChangedPartsAreTheWholeMapsWords() {
        let before = SampleMap.make()
        var edits: [(String, Transaction?)] = [
            ("text", Edits.setText(before, stage: 1, index: 1, lane: "actions", text: "Edited")),
            ("insert", Edits.insertTouchpoint(before, stage: 2, at: 0, name: "New").0),
            ("move", Edits.moveTouchpoint(before, stage: 0, index: 0, by: 1)?.0),
            ("delete", Edits.deleteTouchpoint(before, stage: 3, index: 0)),
        ]
        edits.append(("two", Transaction((edits[0].1?.changes ?? []) + (edits[3].1?.changes ?? []))))
        for (name, edit) in edits {
            var after = before
            edit?.apply(to: &after)
            let whole = MapDiff.compare(before, after).map { DiffText.line($0, color: false) }
            let (old, new) = TookBack.changedParts(before, after)
            #expect(MapDiff.compare(old, new).map { DiffText.line($0, color: false) } == whole, "\(name)")
            #expect(!whole.isEmpty, "\(name)")
        }
    }
}
