import JourneyView
import Testing

@Suite struct LineEditorTests {
    func edit(_ text: String, _ keys: [Key], cursorAtEnd: Bool = true) -> LineEditor {
        var editor = LineEditor(text, cursorAtEnd: cursorAtEnd)
        for key in keys { _ = editor.handle(key) }
        return editor
    }

    @Test func killAndWordKeys() {
        #expect(edit("one two three", [.control("w")]).text == "one two ")
        #expect(edit("one two three", [.home, .wordRight, .control("k")]).text == "one")
        #expect(edit("one two three", [.wordLeft, .control("u")]).text == "three")
        #expect(edit("one two three", [.control("a"), .delete, .control("e"), .backspace]).text == "ne two thre")
    }

    @Test func widecharactersAndCombiningMarksAreOneStep() {
        #expect(edit("日本語", [.left, .backspace]).text == "日語")
        #expect(edit("Cafe\u{301}", [.backspace]).text == "Caf")
        var editor = LineEditor("Cafe")
        editor.insert("\u{301}")
        #expect(editor.text == "Café" && editor.characters.count == 4)
    }

    @Test func enterCommitsAndEscCancels() {
        var editor = LineEditor("x")
        #expect(editor.handle(.enter) == .commit)
        #expect(editor.handle(.escape) == .cancel)
        #expect(editor.handle(.pageDown) == .ignored)
    }

    @Test func layoutWrapsAtSpacesAndPlacesTheCursor() {
        let editor = LineEditor("Stops at the Stride tent")
        let layout = editor.layout(width: 12)
        #expect(layout.lines == ["Stops at ", "the Stride ", "tent"])
        #expect(layout.row == 2 && layout.column == 4)
        let start = LineEditor("Stops at the Stride tent", cursorAtEnd: false).layout(width: 12)
        #expect(start.row == 0 && start.column == 0)
        #expect(LineEditor("abcdefghijkl").layout(width: 6).lines == ["abcde", "fghij", "kl"])
        #expect(LineEditor("日本語テキスト").layout(width: 6).lines == ["日本", "語テ", "キス", "ト"])
    }
}
