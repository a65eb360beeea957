import JourneyApp
import JourneyCore
import JourneyView
import Testing

/// The personas view as a user sees it: the editor switched to it with `v p`.
@Suite struct PersonasScreenTests {
    let theme = ThemeCatalog.builtinDefault
    let sample = SampleMap.make()

    func render(_ map: JourneyMap, width: Int, height: Int, keys: [Key] = []) -> CellGrid {
        var editor = Editor(document: Document(map: map, path: nil, isSaved: true), displayName: "sample.json",
                            width: width, height: height)
        for key in [.character("v"), .character("p")] + keys { _ = editor.update(.key(key)) }
        return editor.frame(theme: theme)
    }

    @Test func sampleAt80x24() {
        Golden.check(render(sample, width: 80, height: 24), named: "personas-80x24")
    }

    @Test func sampleAt120x40() {
        Golden.check(render(sample, width: 120, height: 40), named: "personas-120x40")
    }

    @Test func narrowScreenShowsAStripAndScrollsToTheSelectedRow() {
        let grid = render(sample, width: 40, height: 12, keys: [.tab] + Array(repeating: .character("j"), count: 9))
        Golden.check(grid, named: "personas-40x12", attributes: false)
        #expect(grid.text.contains("◀ Tom ▶"))
        #expect(grid.lines.contains { $0.hasPrefix(" ▶") && $0.contains("3. Get advice") }, "the selected row is marked\n\(grid.text)")
    }

    @Test func theSecondPersonaAndALaterRowStayInSight() {
        let grid = render(sample, width: 80, height: 24, keys: [.tab, .character("G")])
        Golden.check(grid, named: "personas-80x24-tom-story")
        #expect(grid.text.contains("▶ Story"))
        #expect(grid.text.contains("▶ ◆ Tom"))
    }

    @Test func printedShowsEveryCardWhole() {
        let grid = PersonasScreen.printed(map: sample, width: 100, theme: theme)
        Golden.check(grid, named: "personas-printed-100", attributes: false)
        for persona in sample.personas {
            #expect(grid.text.contains(persona.story.split(separator: " ").suffix(3).joined(separator: " ")))
        }
    }
}
