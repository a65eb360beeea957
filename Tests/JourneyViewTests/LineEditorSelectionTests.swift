import JourneyCore
import JourneyView
import Testing

/// A rename starts with the old name selected: typing replaces it, a move keeps it.
@Suite struct LineEditorSelectionTests {
    func typed(_ editor: LineEditor, _ keys: [Key]) -> LineEditor {
        var editor = editor
        for key in keys { _ = editor.handle(key) }
        return editor
    }

    @Test func typingReplacesTheSelectedName() {
        let renamed = typed(LineEditor("Awareness", selected: true), "Discover".map(Key.character))
        #expect(renamed.text == "Discover")
        #expect(!renamed.isSelected)
    }

    @Test func aPasteReplacesItToo() {
        var editor = LineEditor("Awareness", selected: true)
        editor.insert("Discover")
        #expect(editor.text == "Discover")
    }

    @Test func aMoveKeepsTheNameToEditIt() {
        #expect(typed(LineEditor("Aware", selected: true), [.end, .character("!")]).text == "Aware!")
        #expect(typed(LineEditor("Aware", selected: true), [.right, .character("!")]).text == "Aware!")
        #expect(typed(LineEditor("Aware", selected: true), [.home, .character(">")]).text == ">Aware")
        #expect(typed(LineEditor("Aware", selected: true), [.left, .character(">")]).text == ">Aware")
    }

    @Test func aDeletingKeyClearsTheSelection() {
        for key: Key in [.backspace, .delete, .control("u"), .control("k"), .control("w")] {
            #expect(typed(LineEditor("Aware", selected: true), [key]).text == "", "\(key.label)")
        }
    }

    @Test func enterKeepsTheNameAsItWas() {
        var editor = LineEditor("Aware", selected: true)
        #expect(editor.handle(.enter) == .commit)
        #expect(editor.text == "Aware")
    }

    @Test func anEmptyTextIsNeverSelected() {
        #expect(!LineEditor("", selected: true).isSelected)
        #expect(!LineEditor("Aware").isSelected)
    }
}
