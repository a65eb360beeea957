import Foundation
import JourneyTestSupport
import Testing
@testable import JourneyCore

@Suite struct MermaidJourneyTests {
    static func hostileMap() -> JourneyMap { ExportMaps.hostileToMermaid() }

    @Test func sampleGolden() {
        ExportGolden.check(MermaidJourney.export(SampleMap.make()), file: "sample.mermaid")
    }

    @Test func scoresMapLinearlyAndHalvesRoundAwayFromNeutral() {
        let scale = EmotionScale()
        #expect([-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2].map { MermaidJourney.score($0, on: scale) } == [1, 1, 2, 2, 3, 4, 4, 5, 5])
        #expect(MermaidJourney.score(10, on: EmotionScale(min: 0, max: 10)) == 5)
        #expect(MermaidJourney.score(0, on: EmotionScale(min: 0, max: 10)) == 1)
        #expect(MermaidJourney.score(.nan, on: scale) == 3)
        #expect((0...5).map { MermaidJourney.value(Double($0), on: scale) } == [-2, -2, -1, 0, 1, 2])
    }

    @Test func disagreeingPersonasGetALinePerScoreAndAnUnscoredTouchpointIsNeutral() {
        var map = JourneyMap(title: "T")
        map.personas = [Persona(id: "m", name: "Maya"), Persona(id: "t", name: "Tom"), Persona(id: "a", name: "Ann")]
        var touchpoint = Touchpoint(id: "x", name: "Checkout")
        touchpoint.emotion = ["m": 1, "t": -1.5, "a": 1]
        map.stages = [Stage(id: "s", name: "Buy", touchpoints: [touchpoint, Touchpoint(id: "y", name: "Quiet")])]
        #expect(MermaidJourney.export(map) == "journey\n    title T\n    section Buy\n      Checkout: 4: Maya, Ann\n      Checkout: 1: Tom\n      Quiet: 3\n")
        let back = try? MermaidJourney.parse(Array(MermaidJourney.export(map).utf8), file: "t.mmd")
        #expect(back?.stages[0].touchpoints.map(\.name) == ["Checkout", "Quiet"])
        // Mermaid cannot tell "nobody scored it" from a neutral task: it comes back as the task's own neutral score.
        #expect(back?.stages[0].touchpoints[1].emotion == ["no-actor": 0])
    }

    @Test func exportImportExportIsStableAndTheMapIsValid() throws {
        for map in [SampleMap.make(), Self.hostileMap()] {
            let first = MermaidJourney.export(map)
            let imported = try MermaidJourney.parse(Array(first.utf8), file: "map.mmd")
            #expect(MermaidJourney.export(imported) == first)
            #expect(imported.lanes == Lane.defaults)
            let reloaded = try MapStore.decode(try MapStore.encode(imported), file: "map.json")
            #expect(reloaded == imported)
            #expect(try MermaidJourney.parse(Array(first.utf8), file: "map.mmd") == imported, "same input, same ids")
        }
    }

    @Test func namesAndScoresSurvive() throws {
        let map = Self.hostileMap()
        let back = try MermaidJourney.parse(Array(MermaidJourney.export(map).utf8), file: "h.mmd")
        #expect(back.title == map.title)
        #expect(back.stages.map(\.name) == map.stages.map(\.name))
        #expect(back.stages.map { $0.touchpoints.map(\.name) } == map.stages.map { $0.touchpoints.map(\.name) })
        let names = Dictionary(uniqueKeysWithValues: map.personas.map { ($0.id, $0.name) })
        let backNames = Dictionary(uniqueKeysWithValues: back.personas.map { ($0.id, $0.name) })
        for (stage, backStage) in zip(map.stages, back.stages) {
            for (touchpoint, backTouchpoint) in zip(stage.touchpoints, backStage.touchpoints) {
                var want = Dictionary(uniqueKeysWithValues: touchpoint.emotion.map { (names[$0.key]!, $0.value) })
                if want.isEmpty { want[MermaidJourney.noActor] = 0 }
                let got = Dictionary(uniqueKeysWithValues: backTouchpoint.emotion.map { (backNames[$0.key]!, $0.value) })
                #expect(got == want, "\(touchpoint.name)")
            }
        }
    }

    @Test func readsMermaidsOwnSyntax() throws {
        let text = """
            ---
            title: From front matter
            ---
            %% a comment
            journey
              accTitle: Accessible
              accDescr {
                Why this
                map exists
              }
              Early: 5: Me
              section Go to<br/>work # comment
                Make tea: 5: Me
                Go upstairs: 3: Me, Cat
                Alone: 1:
              section Home
                Do work: 1: Me, Cat\r
            """
        let map = try MermaidJourney.parse(Array(text.utf8), file: "x.mmd")
        #expect(map.title == "Accessible")
        #expect(map.objectives.purpose == "Why this\nmap exists")
        #expect(map.stages.map(\.name) == [MermaidJourney.noSection, "Go to\nwork", "Home"])
        #expect(map.personas.map(\.name) == ["Me", "Cat", "(no actor)"])
        #expect(map.stages[1].touchpoints.map(\.name) == ["Make tea", "Go upstairs", "Alone"])
        #expect(map.stages[1].touchpoints[1].emotion == ["me": 0, "cat": 0])
        #expect(map.stages[1].touchpoints[2].emotion == ["no-actor": -2])
        #expect(map.stages[2].touchpoints[0].emotion == ["me": -2, "cat": -2])
    }

    static let bad: [(text: String, line: Int)] = [
        ("journey\nsection A\n  Task: 7: Me\n", 3),
        ("journey\nsection A\n  Task: 3: Me\n  Task: x: Me\n", 4),
        ("journey\n\nsection A\n  Task: -1: Me\n", 4),
        ("journey\nsection A\n  Task\n", 3),
        ("journey\nsection A\n  Task; two: 3\n", 3),
        ("\n%% c\nsection A\n  Task: 3\n", 3),
        ("", 1),
        ("journey\nsection A\n  Ta\u{0}sk: 3\n", 3),
        ("---\ntitle: x\n", 1),
        ("journey\nsection A\n  Task: 2.5: Me\n", 3),
        ("journey\nsection A\n  Task: 1e400\n", 3),
        ("journey\nsection A\n  Task: nan\n", 3),
        ("journey\nsection A\n  Task: -2: Me\n", 3),
        ("journey\nsection A\n  Task: 5: Me\n  Task: -0.5\n", 4),
        ("journey\nsection A\n  Task: \(String(repeating: "9", count: 400))\n", 3),
    ]

    @Test func badImportsSayWhere() {
        for (text, line) in Self.bad {
            #expect(throws: ImportFailure.self) { try MermaidJourney.parse(Array(text.utf8), file: "bad.mmd") }
            do {
                _ = try MermaidJourney.parse(Array(text.utf8), file: "bad.mmd")
            } catch {
                #expect(error.line == line, "\(error)")
                #expect(error.exitCode == 65)
            }
        }
        do {
            _ = try MermaidJourney.parse(Array("journey\nsection A\n".utf8) + [0xC3, 0x28], file: "bad.mmd")
            Issue.record("invalid UTF-8 was read")
        } catch {
            #expect(error.line == 3 && error.message.contains("UTF-8"))
        }
        #expect((try? MermaidJourney.parse([0xEF, 0xBB, 0xBF] + Array("journey\r\nsection A\r\n  T: 3\r\n".utf8), file: "b.mmd"))?
            .stages.first?.touchpoints.first?.name == "T")
    }

    // MARK: Issue 27, item 4: what a hand-written diagram says comes back

    static func parse(_ text: String) throws(ImportFailure) -> JourneyMap {
        try MermaidJourney.parse(Array(text.utf8), file: "t.mmd")
    }

    @Test func aTaskWithNoActorsKeepsItsScore() throws {
        let text = "journey\n    title T\n    section S\n      C task: 5\n      Low: 1\n"
        #expect(MermaidJourney.export(try Self.parse(text)) == text)
        let map = try Self.parse(text)
        #expect(map.personas.map(\.name) == ["(no actor)"])
        #expect(map.stages[0].touchpoints.map { $0.emotion["no-actor"] } == [2, -2])
        let trailingColon = try Self.parse("journey\n    title T\n    section S\n      E task: 5:\n")
        #expect(MermaidJourney.export(trailingColon) == "journey\n    title T\n    section S\n      E task: 5\n")
    }

    /// The task's own score is written first among lines of its score, so the lines read back as one touchpoint.
    @Test func aTasksOwnScoreAndItsActorsScoresStayOneTouchpoint() throws {
        var map = JourneyMap(title: "T")
        map.personas = [Persona(id: "a", name: "Ann"), Persona(id: "n", name: "(no actor)"), Persona(id: "b", name: "Bo")]
        var touchpoint = Touchpoint(id: "x", name: "Pay")
        touchpoint.emotion = ["a": 1, "n": 1, "b": -2]
        var sadder = Touchpoint(id: "y", name: "Wait")
        sadder.emotion = ["a": 2, "n": -1]
        map.stages = [Stage(id: "s", name: "S", touchpoints: [touchpoint, sadder])]
        let text = MermaidJourney.export(map)
        #expect(text == "journey\n    title T\n    section S\n      Pay: 4\n      Pay: 4: Ann\n      Pay: 1: Bo\n      Wait: 5: Ann\n      Wait: 2\n")
        let back = try Self.parse(text)
        #expect(back.stages[0].touchpoints.map(\.emotion) == [["ann": 1, "no-actor": 1, "bo": -2], ["ann": 2, "no-actor": -1]])
        #expect(MermaidJourney.export(back) == text)
        #expect(try Self.parse("journey\nsection S\n  Wait: 3\n  Wait: 2\n").touchpointCount == 2, "one own score a touchpoint")
    }

    /// Each task line lists its actors in the personas' order, which the import takes from the lines.
    @Test func actorsKeepTheOrderTheyAreWrittenIn() throws {
        let text = "journey\n    title T\n    section S\n      D task: 5: Charlie, Alice\n      E task: 2: Charlie, Bob\n"
        #expect(MermaidJourney.export(try Self.parse(text)) == text)
        let pulled = "journey\n    title T\n    section S\n      A: 5: Tom\n      A: 3: Maya\n      B: 4: Maya, Tom\n"
        #expect(MermaidJourney.export(try Self.parse(pulled)) == pulled)
        #expect(try Self.parse(pulled).personas.map(\.name) == ["Maya", "Tom"])
        let disagreeing = MermaidJourney.export(try Self.parse(text + "      F task: 4: Alice, Charlie\n"))
        #expect(disagreeing.hasSuffix("F task: 4: Charlie, Alice\n"), "the order they first appear in")
        #expect(MermaidJourney.export(try Self.parse(disagreeing)) == disagreeing)
    }

    @Test func aLineOfManyActorsKeepsItsOrderWithoutRecursingPerActor() throws {
        let actors = (0..<10_000).reversed().map { "actor \($0)" }
        let map = try Self.parse("journey\n  section S\n    Wait: 3: \(actors.joined(separator: ", "))\n    Go: 4: newcomer, actor 9999\n")
        #expect(map.personas.map(\.name) == ["newcomer"] + actors)
    }

    /// That Mermaid draws the same lines is checked with its own parser in JourneyEndToEndTests (ExportConsumerTests).
    @Test func sectionNamesBreakWhereMermaidBreaksThem() throws {
        let text = "journey\n  section A<br\t/>B<BR />C<br  >D<br\u{A0}/>E<br/>F\n    T: 3\n  section G<br/ >H<br#32;/>I\n    U: 3\n"
        #expect(try Self.parse(text).stages.map(\.name) == ["A\nB\nC\nD\nE\nF", "G<br/ >H<br />I"])
    }

    /// That Mermaid reads the same text is checked with its own parser in JourneyEndToEndTests (ExportConsumerTests).
    @Test func anAccessibleDescriptionBlockLosesItsIndentationAsInMermaid() throws {
        let text = "journey\n  accDescr {\n      Why this  \n    map exists\n\n \t  for us\n  %% not said\n  }\n  section S\n    T: 3\n"
        #expect(try Self.parse(text).objectives.purpose == "Why this  \nmap exists\nfor us")
        #expect(try Self.parse("journey\naccDescr { one\n   two }\n").objectives.purpose == "one\ntwo")
    }

    @Test func aFractionalScoreIsRefusedWithWhatToWrite() throws {
        for (score, advice) in [("2.5", "2 or 3"), ("4.01", "4 or 5"), ("0.5", "0 or 1")] {
            do {
                _ = try Self.parse("journey\nsection A\n  Pay: \(score): Ann\n")
                Issue.record("\(score) was read")
            } catch {
                #expect(error.line == 3)
                #expect(error.message.contains("\"Pay\"") && error.message.contains(score) && error.message.contains("whole")
                        && error.message.contains(advice), "\(error)")
            }
        }
        #expect(try Self.parse("journey\nsection A\n  Pay: 5.0: Ann\n").stages[0].touchpoints[0].emotion == ["ann": 2])
    }
}
