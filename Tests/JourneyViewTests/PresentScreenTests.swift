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

    func slide(_ map: JourneyMap, stage: Int = 0, spotlight: String? = nil) -> PresentSlide {
        PresentSlide(map: map, stage: map.stages[stage].id, spotlight: spotlight, width: 100)
    }

    func text(_ slide: PresentSlide) -> [String] {
        slide.lines.map { $0.pieces.map(\.text).joined(separator: " ") }
    }

    @Test func aSlideShowsTheStagesKPIsWithTrendAndTargetInWords() throws {
        var map = sample
        map.stages[0].metrics = Metrics()
        map.stages[0].metrics.record(.conversionRate, 55, on: "2025-01-01")
        map.stages[0].metrics.record(.conversionRate, 61, on: "2025-02-01")
        map.stages[0].metrics.targets[.conversionRate] = 68
        let lines = text(slide(map))
        let kpis = try #require(lines.firstIndex { $0.hasPrefix("KPIs") })
        let conversion = lines[kpis + 1]
        #expect(conversion.contains("61%") && conversion.contains("55% → 61%") && conversion.contains("target 68%: not met ✗"),
                "\(conversion)")
        map.stages[0].metrics = Metrics()
        #expect(!text(slide(map)).contains { $0.hasPrefix("KPIs") }, "no KPIs, no heading")
    }

    @Test func votesAreCountedOnlyOnceThereAreVotes() {
        var map = sample
        for s in map.stages.indices {
            for t in map.stages[s].touchpoints.indices {
                for i in map.stages[s].touchpoints[t].painPoints.indices { map.stages[s].touchpoints[t].painPoints[i].votes = 0 }
                for i in map.stages[s].touchpoints[t].opportunities.indices { map.stages[s].touchpoints[t].opportunities[i].votes = 0 }
            }
        }
        let stage = map.stages.firstIndex { $0.touchpoints.contains { !$0.painPoints.isEmpty } }!
        #expect(!text(slide(map, stage: stage)).contains { $0.contains("votes") }, "no one voted: no column of 0 votes")
        map.stages[stage].touchpoints[0].painPoints.indices.first.map { map.stages[stage].touchpoints[0].painPoints[$0].votes = 2 }
        let voted = text(slide(map, stage: stage))
        #expect(voted.contains { $0.contains("0 votes") } || voted.contains { $0.contains("2 votes") }, "\(voted)")
    }

    @Test func theSpotlightDimsTheOtherTouchpoints() throws {
        let stage = sample.stages[1]
        var state = ViewState(file: FileStatus(name: "sample.json"))
        state.present = PresentState(stage: stage.id, spotlight: stage.touchpoints[0].id)
        let grid = EditorScreen.render(map: sample, index: ColumnIndex(sample), state: state, theme: theme, width: 100, height: 80)
        let other = try #require(grid.rows(containing: "2. " + stage.touchpoints[1].name).first)
        let spotlit = try #require(grid.rows(containing: "1. " + stage.touchpoints[0].name).first)
        #expect(grid[4, other].style.attributes.contains(.dim), "another touchpoint is dimmed")
        #expect(!grid[4, spotlit].style.attributes.contains(.dim), "the spotlit one is not")
    }

    @Test func theNeutralLineEndsAtTheLastTouchpoint() throws {
        let grid = render(stage: 0, width: 160, height: 45)
        let neutral = try #require(grid.rows(containing: "┈┈┈").first { grid.row($0).hasPrefix("    0 ") })
        let row = grid.row(neutral)
        #expect(!row.hasSuffix("┈"), "nothing after the last touchpoint's point: \(row)")
    }
}
