import Foundation
import JourneyCore
import JourneyJSON
import Testing

/// `journey backlog` and `journey query` over a folder of maps, as a team runs them in its maps repository.
@Suite struct WorkspaceCommandTests {
    /// A folder with the sample and two templates (one in a subfolder), and an empty cache of its own.
    struct Folder {
        let scratch = Scratch()
        var maps: String { scratch.file("maps") }
        var environment: [String: String] { ["XDG_CACHE_HOME": scratch.file("cache"), "COLUMNS": "80"] }

        init(templates: Int = 2) throws {
            try FileManager.default.createDirectory(atPath: maps + "/teams", withIntermediateDirectories: true)
            #expect(try Binary.run(["new", maps + "/sample.journey.json"]).status == 0)
            let listed = try Binary.run(["templates"]).stdout.split(separator: "\n")
                .filter { !$0.hasPrefix(" ") && !$0.contains("the sample map") }
            for name in listed.prefix(templates).compactMap({ $0.split(separator: " ").first.map(String.init) }) {
                #expect(try Binary.run(["new", maps + "/teams/\(name).journey.json", "--template", name]).status == 0)
            }
        }

        func run(_ arguments: [String]) throws -> Spawn.Result { try Binary.run(arguments, environment: environment) }

        /// Pain points and opportunities of every map in the folder, as the maps hold them.
        func backlogCount() throws -> Int {
            try FileManager.default.subpathsOfDirectory(atPath: maps).filter { $0.hasSuffix(".journey.json") }.reduce(0) { count, path in
                let map = try MapStore.load(path: maps + "/" + path)
                return count + map.stages.flatMap(\.touchpoints).reduce(0) { $0 + $1.painPoints.count + $1.opportunities.count }
            }
        }
    }

    /// The issue's "done when": one CSV row per pain point and opportunity of the three maps, read by Python's csv module.
    @Test func theBacklogOfASampleAndTwoTemplatesHasARowPerItem() throws {
        let folder = try Folder()
        defer { folder.scratch.remove() }
        let csv = try folder.run(["backlog", folder.maps, "--format", "csv"])
        #expect(csv.status == 0 && csv.stderr.isEmpty, "\(csv.stderr)")
        let expected = try folder.backlogCount()
        #expect(expected > 20)
        let checked = try ExportConsumerTests.python("csv_check.py", on: csv.stdout,
                                                     ["\(expected)", "map=sample.journey.json@1", "priority=25@1",
                                                      "text=Shipping fee appears only at the final step@1"])
        #expect(checked.status == 0, "\(checked.stderr)")
        let warm = try folder.run(["backlog", folder.maps, "--format", "csv"])
        #expect(warm.stdout == csv.stdout, "the cached records give the same backlog")
    }

    @Test func backlogFormatsAndFilters() throws {
        let folder = try Folder()
        defer { folder.scratch.remove() }
        let text = try folder.run(["backlog", folder.maps, "--width", "80"])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("MAP") == true && lines.allSatisfy { $0.count <= 80 }, "\(text.stdout)")
        #expect(lines.first?.contains("TEXT") == true && lines.first?.contains("PRIORITY") == true)
        #expect(text.stderr.hasPrefix("journey: too narrow for ") && text.stderr.contains("evidence")
                && text.stderr.hasSuffix(" (--format csv has every column)\n"), "\(text.stderr)")
        let wide = try folder.run(["backlog", folder.maps, "--width", "1000"])
        #expect(wide.stderr.isEmpty && wide.stdout.split(separator: "\n").first?.split(separator: " ").count == 13)
        let markdown = try folder.run(["backlog", folder.maps, "--format", "md", "--kind", "opportunity", "--owner", "checkout squad"])
        #expect(markdown.stdout.split(separator: "\n").count == 4, "\(markdown.stdout)")
        let json = try folder.run(["backlog", folder.maps, "--format", "json", "--persona", "Maya", "--status", "in progress"])
        guard case .array(let rows)? = try? JSONParser.parse(Array(json.stdout.utf8)) else {
            Issue.record("not JSON: \(json.stdout)")
            return
        }
        #expect(rows.count == 2)
        let none = try folder.run(["backlog", folder.maps, "--stage", "No such stage"])
        #expect(none.status == 0 && none.stdout.isEmpty && none.stderr.contains("no pain points or opportunities match"))
        let badStatus = try folder.run(["backlog", folder.maps, "--status", "someday"])
        #expect(badStatus.status == 64 && badStatus.stderr.contains("--status \"someday\" is no status"))
        let badKind = try folder.run(["backlog", folder.maps, "--kind", "quote"])
        #expect(badKind.status == 64)
    }

    @Test func theIssuesQueriesAndTheirExitCodes() throws {
        let folder = try Folder()
        defer { folder.scratch.remove() }
        let maya = try folder.run(["query", folder.maps, "touchpoint emotion.maya<=-1", "--format", "csv"])
        #expect(maya.status == 0, "\(maya.stderr)")
        let checked = try ExportConsumerTests.python("csv_check.py", on: maya.stdout,
                                                     ["2", "map=sample.journey.json@1", "touchpoint=Size guide@1",
                                                      "emotion.maya=-1.5@1", "kind=touchpoint@2"])
        #expect(checked.status == 0, "\(checked.stderr)")
        let email = try folder.run(["query", folder.maps, "touchpoint channel=Email and dropoff>30"])
        #expect(email.status == 1 && email.stdout.isEmpty, "none: exit 1, as grep")
        let pains = try folder.run(["query", folder.maps, "pain impact>=4 and status=idea", "--format", "json"])
        #expect(pains.status == 0 || pains.status == 1)
        let ideas = try folder.run(["query", folder.maps, "opportunity impact>=4 and status=idea", "--format", "json"])
        guard case .array(let rows)? = try? JSONParser.parse(Array(ideas.stdout.utf8)), case .object(let first)? = rows.first else {
            Issue.record("not JSON: \(ideas.stdout)")
            return
        }
        #expect(first["impact"] != nil && first["status"] == .string("idea") && first["map"] != nil)
        let named = try folder.run(["query", folder.maps, "touchpoint emotion.Maya<=-1 or csat>90"])
        #expect(named.stdout.hasPrefix("MAP") && named.stdout.split(separator: "\n").first?.hasSuffix("EMOTION.MAYA  CSAT") == true,
                "the fields the query names are columns: \(named.stdout)")
        let text = try folder.run(["query", folder.maps, "touchpoint moment", "--width", "60"])
        #expect(text.status == 0 && text.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 }, "\(text.stdout)")
        let fields = try folder.run(["query", "--fields"])
        #expect(fields.status == 0 && fields.stdout.contains("dropoff, drop, dropOffRate") && fields.stdout.contains("emotion.PERSONA"))
    }

    @Test func aBadExpressionIsShownWithACaretAndExits2() throws {
        let folder = try Folder(templates: 0)
        defer { folder.scratch.remove() }
        let typo = try folder.run(["query", folder.maps, "pain impcat>=4"])
        #expect(typo.status == 2 && typo.stdout.isEmpty)
        #expect(typo.stderr == """
            journey: bad query at column 6: unknown field "impcat": did you mean impact?
              pain impcat>=4
                   ^^^^^^

            """)
        let hostile = try folder.run(["query", folder.maps, "name=\u{1B}[2J and"])
        #expect(hostile.status == 2 && !hostile.stderr.contains("\u{1B}"), "\(hostile.stderr)")
        let overflow = try folder.run(["query", folder.maps, "impact>1e400"])
        #expect(overflow.status == 2 && overflow.stderr.contains("1e400 is too large a number"))
    }

    /// Text from a map never drives the terminal, and never runs as a formula in a spreadsheet.
    @Test func hostileTextStaysText() throws {
        let folder = try Folder(templates: 0)
        defer { folder.scratch.remove() }
        var map = SampleMap.make()
        map.stages[3].touchpoints[0].painPoints[0].text = "=HYPERLINK(\"http://x\") \u{1B}[2J\u{202E} | two\nlines"
        #expect(MapStore.save(map, to: folder.maps + "/sample.journey.json").isSaved)
        for format in ["text", "md"] {
            let shown = try folder.run(["backlog", folder.maps, "--format", format, "--width", "200"])
            #expect(shown.status == 0 && !shown.stdout.contains("\u{1B}") && !shown.stdout.contains("\u{202E}"), "\(format): \(shown.stdout)")
        }
        let csv = try folder.run(["query", folder.maps, "pain text~hyperlink", "--format", "csv"])
        let checked = try ExportConsumerTests.python("csv_check.py", on: csv.stdout,
                                                     ["1", "text='=HYPERLINK(\"http://x\") \u{1B}[2J\u{202E} | two\nlines@1"])
        #expect(checked.status == 0, "\(checked.stderr)")
        let json = try folder.run(["query", folder.maps, "pain text~hyperlink", "--format", "json"])
        guard case .array(let rows)? = try? JSONParser.parse(Array(json.stdout.utf8)), case .object(let row)? = rows.first else {
            Issue.record("not JSON: \(json.stdout)")
            return
        }
        #expect(row["text"] == .string("=HYPERLINK(\"http://x\") \u{1B}[2J\u{202E} | two\nlines"), "JSON keeps the text as it is")
    }

    @Test func brokenMapsEmptyAndMissingFolders() throws {
        let folder = try Folder(templates: 0)
        defer { folder.scratch.remove() }
        folder.scratch.write("maps/broken.journey.json", "{ \"title\": ")
        folder.scratch.write("maps/package.json", "{}")
        let query = try folder.run(["query", folder.maps, "touchpoint name=Checkout"])
        #expect(query.status == 0 && query.stdout.contains("Checkout"))
        #expect(query.stderr.contains("broken.journey.json") && !query.stderr.contains("package.json"), "\(query.stderr)")
        let backlog = try folder.run(["backlog", folder.maps, "--format", "csv"])
        #expect(backlog.status == 0 && backlog.stderr.contains("broken.journey.json"))

        try FileManager.default.createDirectory(atPath: folder.scratch.file("empty"), withIntermediateDirectories: true)
        let empty = try folder.run(["query", folder.scratch.file("empty"), "item"])
        #expect(empty.status == 1 && empty.stdout.isEmpty && empty.stderr.isEmpty)
        let emptyBacklog = try folder.run(["backlog", folder.scratch.file("empty"), "--format", "csv"])
        #expect(emptyBacklog.status == 0 && emptyBacklog.stdout == "map,stage,touchpoint,kind,text,impact,effort,priority,votes,status,owner,due,evidence\r\n")

        let missing = try folder.run(["query", folder.scratch.file("nowhere"), "item"])
        #expect(missing.status == 66 && missing.stderr.contains("nowhere"), "\(missing.stderr)")
        let missingBacklog = try folder.run(["backlog", folder.scratch.file("nowhere")])
        #expect(missingBacklog.status == 66)
    }
}
