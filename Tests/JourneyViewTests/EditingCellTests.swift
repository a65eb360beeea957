import JourneyApp
import JourneyCore
import JourneyView
import Testing

/// A typed character must cost the terminal a byte, not a restyle: the text
/// in the cell editor is plain, and the rest of the cell keeps the cursor's
/// style so the cell being edited still stands out.
@Suite struct EditingCellTests {
    @Test func textBeingTypedIsPlainAndTheRestOfTheCellIsMarked() throws {
        let theme = ThemeCatalog.builtinDefault
        let map = SampleMap.make()
        var state = ViewState(file: FileStatus(name: "sample.json"))
        state.cellEditor = LineEditor("Hi")
        let index = ColumnIndex(map)
        let grid = EditorScreen.render(map: map, index: index, state: state, theme: theme, width: 80, height: 24)
        let cursor = try #require(grid.cursor)
        // The cursor sits just after "Hi", in the first touchpoint's first lane.
        #expect(grid[cursor.x - 2, cursor.y].text == "H")
        #expect(grid[cursor.x - 2, cursor.y].style == theme[.cell])
        #expect(grid[cursor.x - 1, cursor.y].style == theme[.cell])
        #expect(grid[cursor.x, cursor.y].style == theme[.cursor])
        #expect(grid[cursor.x + 5, cursor.y].style == theme[.cursor])
        #expect(grid[cursor.x, cursor.y + 1].style == theme[.cursor])
    }
}
