import JourneyApp
import JourneyCore
import JourneyTestSupport
import JourneyView
import Testing

/// The presentation: a stage as a slide, in golden screens, and the block letters.
@Suite struct PresentScreenTests {
    let theme = ThemeCatalog.builtinDefault
    let sample = SampleMap.make()

    func render(stage: Int, spotlight: Int? = nil, scroll: Int = 0, width: Int, height: Int, theme: Theme? = nil) -> CellGrid {
        var state = ViewState(file: FileStatus(name: "sample.json"))
        let chosen = sample.stages[stage]
        state.present = PresentState(stage: chosen.id, spotlight: spotlight.map { chosen.touchpoints[$0].id }, scroll: scroll)
        state.modeName = "PRESENT"
        return EditorScreen.render(map: sample, index: ColumnIndex(sample), state: state, theme: theme ?? self.theme,
                                   width: width, height: height)
    }

    @Test func stageAt120x40() {
        Golden.check(render(stage: 2, width: 120, height: 40), named: "present-120x40")
    }

    @Test func stageAt160x45() {
        Golden.check(render(stage: 0, width: 160, height: 45), named: "present-160x45")
    }

    @Test func stageAt80x24WithASpotlight() {
        // Through the editor, as typed: present, the next stage, the second touchpoint in the spotlight.
        var editor = Editor(document: Document(map: sample, path: nil, isSaved: true), displayName: "sample.json")
        for key in ":present".map(Key.character) + [.enter, .character(" "), .tab, .tab] { _ = editor.update(.key(key)) }
        Golden.check(editor.frame(theme: theme), named: "present-80x24-spotlight")
    }

    @Test func stageAt40x12ScrolledInMonochrome() {
        Golden.check(render(stage: 1, scroll: 8, width: 40, height: 12, theme: try! ThemeCatalog.load("projector-dark",
                                                                                                        environment: ["NO_COLOR": "1"])),
                     named: "present-40x12-mono")
    }

    @Test func everyTouchpointTextIsShownWhole() {
        // Tall enough for the whole stage: no text of it is cut.
        let grid = render(stage: 1, width: 60, height: 120)
        for (index, touchpoint) in sample.stages[1].touchpoints.enumerated() {
            // In the touchpoint's own block: its heading and the rows under it, up to a blank one.
            let block = grid.paragraph(from: "\(index + 1). \(touchpoint.name)") ?? ""
            #expect(block.hasPrefix("\(index + 1). \(touchpoint.name)"), "\(block)")
            for lane in sample.lanes where !lane.hidden {
                guard let text = touchpoint.text[lane.id], !text.isEmpty else { continue }
                for word in text.split(separator: " ") { #expect(block.contains(word), "\(touchpoint.name) › \(lane.name): \(word)") }
            }
        }
    }

    @Test func blockLettersCoverLettersDigitsAndPunctuation() {
        let rows = BlockFont.render("Go-Live 2!")
        #expect(rows?.count == BlockFont.height)
        #expect(rows?.allSatisfy { $0.count == rows?[0].count } == true)
        Golden.compare((rows ?? []).joined(separator: "\n") + "\n", file: "block-letters.txt")
        for character in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -+.,:!?'/()&" {
            #expect(BlockFont.render(String(character)) != nil, "\(character)")
        }
    }

    @Test func namesTheFontLacksFallBackToThePlainName() {
        #expect(BlockFont.render("Café") == nil)
        #expect(BlockFont.render("購入") == nil)
        #expect(BlockFont.render("Consideration", width: 20) == nil)
        var map = sample
        map.stages[0].name = "Kauf-Entscheidung für Läufer"
        var state = ViewState(file: FileStatus(name: "x"))
        state.present = PresentState(stage: map.stages[0].id)
        let grid = EditorScreen.render(map: map, index: ColumnIndex(map), state: state, theme: theme, width: 80, height: 24)
        #expect(grid.row(1).contains("Kauf-Entscheidung für Läufer"), "the name heads the slide")
        #expect(!grid.text.contains("█"))
    }
}
