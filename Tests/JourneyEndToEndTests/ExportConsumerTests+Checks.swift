import Foundation
import JourneyCore
import JourneyTestSupport
import Testing

/// The Mermaid and CSV exports read by Mermaid's own parser and by Python's
/// csv module, through the checkers in `Tests/Checks/` (Node.js with the
/// Mermaid bundle from JupyterLab's wheel, and python3).
extension ExportConsumerTests {
    static let checks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Checks")

    /// Runs `script` from `Tests/Checks/` with `program` on `text` in a file, then `arguments`.
    static func check(_ program: String, package: String, _ script: String, on text: String, extension ext: String,
                      arguments: [String] = []) throws -> Spawn.Result {
        let scratch = Scratch()
        defer { scratch.remove() }
        let file = scratch.write("export." + ext, text)
        return try Peer.run(program, package: package, [checks.appendingPathComponent(script).path, file] + arguments)
    }

    // MARK: Mermaid's own parser (mermaid_journey_check.js)

    struct Drawn: Decodable {
        struct Task: Decodable, Equatable {
            var section: String
            var task: String
            var score: Double
            var people: [String]
        }
        var title: String?
        var accDescr: String?
        var sections: [String]
        var tasks: [Task]
        var sectionLines: [[String]]
        var taskLines: [[String]]
    }

    static func mermaid(_ text: String) throws -> (Spawn.Result, Drawn?) {
        let result = try check("node", package: "nodejs", "mermaid_journey_check.js", on: text, extension: "mmd")
        return (result, try? JSONDecoder().decode(Drawn.self, from: Data(result.stdout.utf8)))
    }

    static func parse(_ text: String) throws(ImportFailure) -> JourneyMap {
        try MermaidJourney.parse(Array(text.utf8), file: "t.mmd")
    }

    /// What Mermaid should draw for a map: the export's promise, written independently of it.
    static func expected(_ map: JourneyMap) -> [Drawn.Task] {
        map.stages.flatMap { stage in
            stage.touchpoints.flatMap { touchpoint in
                var byScore: [Int: [String]] = [:]
                for persona in map.personas {
                    if let value = touchpoint.emotion[persona.id] {
                        byScore[MermaidJourney.score(value, on: map.emotionScale), default: []].append(persona.name)
                    }
                }
                let shown = { (text: String) in text.replacingOccurrences(of: "\n", with: "<br>") }
                if byScore.isEmpty { return [Drawn.Task(section: shown(stage.name), task: shown(touchpoint.name), score: 3, people: [])] }
                return byScore.keys.sorted(by: >).map {
                    Drawn.Task(section: shown(stage.name), task: shown(touchpoint.name), score: Double($0), people: byScore[$0]!)
                }
            }
        }
    }

    @Test func mermaidParsesTheExportsAndDrawsWhatTheMapSays() throws {
        for map in [SampleMap.make(), ExportMaps.hostileToMermaid()] {
            let (result, drawn) = try Self.mermaid(MermaidJourney.export(map))
            #expect(result.status == 0, "\(result.stderr)")
            #expect(drawn?.title == map.title.replacingOccurrences(of: "\n", with: "<br>"))
            #expect(drawn?.sections == map.stages.map { $0.name.replacingOccurrences(of: "\n", with: "<br>") })
            #expect(drawn?.tasks == Self.expected(map))
        }
    }

    @Test func sectionNamesBreakWhereMermaidBreaksThem() throws {
        let text = "journey\n  section A<br\t/>B<BR />C<br  >D<br\u{A0}/>E<br/>F\n    T: 3\n  section G<br/ >H<br#32;/>I\n    U: 3\n"
        let map = try Self.parse(text)
        #expect(map.stages.map(\.name) == ["A\nB\nC\nD\nE\nF", "G<br/ >H<br />I"])
        let (_, drawn) = try Self.mermaid(text)
        #expect(drawn?.sectionLines == map.stages.map { $0.name.components(separatedBy: "\n") })
    }

    @Test func anAccessibleDescriptionBlockLosesItsIndentationAsInMermaid() throws {
        let text = "journey\n  accDescr {\n      Why this  \n    map exists\n\n \t  for us\n  %% not said\n  }\n  section S\n    T: 3\n"
        #expect(try Self.parse(text).objectives.purpose == "Why this  \nmap exists\nfor us")
        #expect(try Self.mermaid(text).1?.accDescr == "Why this  \nmap exists\nfor us")
    }

    /// What Mermaid draws for a hand-written diagram is what journey reads, and what its export of that draws.
    @Test func aHandWrittenDiagramDrawsTheSameAfterImportAndExport() throws {
        let text = """
            journey
              accDescr {
                  Why this
                map exists
              }
              section One<br\t/>Two<BR />Three
                C task: 5
                E task: 4:
                D task: 5: Charlie, Alice
                G task: 1: Alice, Bob
                Twice: 2: Bob
                Twice: 2
            """
        let (result, drawn) = try Self.mermaid(text)
        #expect(result.status == 0, "\(result.stderr)")
        let map = try Self.parse(text)
        #expect(map.objectives.purpose == drawn?.accDescr)
        let (_, again) = try Self.mermaid(MermaidJourney.export(map))
        #expect(again?.sectionLines == drawn?.sectionLines)
        #expect(again?.taskLines == drawn?.taskLines)
        // Mermaid reads `4:` as one actor named ""; journey as no actor.
        let scored = { (drawn: Drawn?) in drawn?.tasks.map { "\($0.score): \($0.people.filter { !$0.isEmpty })" } }
        #expect(scored(again) == scored(drawn))
    }

    @Test func theMermaidCheckerRejectsWhatMermaidRejects() throws {
        for text in [
            "journey\nsection A\n  Task; x: 3\n", "journey\nsection A\n  Task without a score\n", "flowchart TD\n  A-->B\n",
            "journey\nsection A\n  Task: 7: Me\n", "journey\nsection A: B\n  Task: 3\n", "journey\nsection A\n  Task #1: 3\n",
        ] {
            let (result, _) = try Self.mermaid(text)
            #expect(result.status != 0, "accepted: \(text)")
        }
    }

    // MARK: Python's csv module (csv_check.py, csv_resave.py)

    static func python(_ script: String, on text: String, _ arguments: [String]) throws -> Spawn.Result {
        try check("python3", package: "python3", script, on: text, extension: "csv", arguments: arguments)
    }

    @Test func pythonCSVReadsBothTables() throws {
        let map = SampleMap.make()
        let touchpoints = try Self.python("csv_check.py", on: CSVExport.export(map, table: .touchpoints),
                                          ["\(map.touchpointCount)", "stage=Awareness@1", "touchpoint=Search ad@1",
                                           "emotion: Tom=0.5@1", "reach=120000@1", "moment of truth=yes@5"])
        #expect(touchpoints.status == 0, "\(touchpoints.stderr)")
        let itemCount = map.stages.flatMap(\.touchpoints).reduce(0) { $0 + $1.painPoints.count + $1.opportunities.count + $1.quotes.count }
        let items = try Self.python("csv_check.py", on: CSVExport.export(map, table: .items),
                                    ["\(itemCount)", "kind=pain point@1", "priority=10@1", "touchpoint owner=Growth marketing@1",
                                     "status=idea@2", "owner=Social and content@2", "addresses=pp-generic-ad@2"])
        #expect(items.status == 0, "\(items.stderr)")
        let hostile = ExportMaps.hostileToCSV()
        let odd = try Self.python("csv_check.py", on: CSVExport.export(hostile, table: .touchpoints),
                                  ["\(hostile.touchpointCount)", "touchpoint=two\nlines@11", "channel='=HYPERLINK(\"x\")@1"])
        #expect(odd.status == 0, "\(odd.stderr)")
        let broken = try Self.python("csv_check.py", on: "a,b\r\n1,2,3\r\n", ["1"])
        #expect(broken.status != 0, "the checker accepted a short header")
    }

    /// Python's csv module writing what a European spreadsheet saves: `;` or tabs, decimal commas, a BOM, empty edges.
    @Test(arguments: [";", "tab"])
    func aMapResavedByASpreadsheetComesBack(delimiter: String) throws {
        for map in [SampleMap.make(), ExportMaps.onOneToFive(scores: [1, 4.5, 2]), ExportMaps.hostileToCSV()] {
            let resaved = try Self.python("csv_resave.py", on: CSVExport.export(map, table: .touchpoints), [delimiter])
            #expect(resaved.status == 0, "\(resaved.stderr)")
            #expect(resaved.stdout.unicodeScalars.first == "\u{FEFF}")
            let back = try CSVImport.read(Array(resaved.stdout.utf8), file: "resaved.csv")
            #expect(back.warnings == [])
            #expect(back.map.emotionScale == map.emotionScale)
            #expect(ExportMaps.csvFields(back.map) == ExportMaps.csvFields(map))
        }
    }
}
