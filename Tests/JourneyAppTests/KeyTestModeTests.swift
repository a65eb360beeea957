import JourneyApp
import JourneyCore
import JourneyView
import Testing

/// `:keys`: each key shows what journey read and does nothing else, until q.
struct KeyTestModeTests {
    static let open: [Key] = Array(":keys").map { .character($0) } + [.enter]

    @Test func keysShowWhatTheyAreAndDoNothing() {
        let session = Session(keys: Self.open + [.character("X"), .character("u"), .home])
        #expect(session.map == SampleMap.make(), "X deletes a stage, u undoes: neither ran")
        #expect(session.view.message?.text == "key test: Home came as ? · q ends")
        #expect(session.editor.isTestingKeys)
    }

    @Test func qEndsIt() {
        let session = Session(keys: Self.open + [.character("q"), .character("l")])
        #expect(!session.editor.isTestingKeys)
        #expect(session.editor.cursor.touchpoint == "social-video", "l moves again")
    }

    @Test func theBytesAreShown() {
        var editor = Editor(document: Document(map: SampleMap.make(), path: nil, isSaved: true), displayName: "keys")
        for key in Self.open { _ = editor.update(.key(key)) }
        _ = editor.update(.keyRead(.unknown("ESC [ 9 9 z"), bytes: "ESC [ 9 9 z"))
        #expect(editor.view.message?.text == "key test: not a key journey knows came as ESC [ 9 9 z · q ends")
    }
}
