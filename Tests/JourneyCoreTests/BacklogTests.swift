import Foundation
import JourneyJSON
import JourneyTestSupport
import Testing
@testable import JourneyCore

/// The backlog across maps: every pain point and opportunity, ranked, filtered.
@Suite struct BacklogTests {
    static func template(_ name: String) throws -> JourneyMap {
        try BuiltinTemplate.all.first { $0.name == name }!.make().get()
    }

    static func threeMaps() throws -> Workspace {
        QueryTestMaps.workspace([("sample.journey.json", SampleMap.make()), ("teams/saas.journey.json", try template("saas-trial")),
                                 ("teams/support.journey.json", try template("support-case"))])
    }

    static func item(_ row: QueryTarget) -> ItemRecord { row.item! }

    @Test func everyPainPointAndOpportunityRankedByPriorityThenVotesThenPlace() throws {
        let workspace = try Self.threeMaps()
        let rows = Backlog.rows(workspace)
        let expected = workspace.records.map { $0.items.count { $0.kind != .quote } }.reduce(0, +)
        #expect(rows.count == expected && expected > 20)
        #expect(Set(rows.map(\.path)).count == 3)
        for (a, b) in zip(rows, rows.dropFirst()) {
            let (x, y) = (Self.item(a), Self.item(b))
            switch (x.priority, y.priority) {
            case (nil, .some): Issue.record("unrated \(x.text) before rated \(y.text)")
            case (.some(let p), .some(let q)) where p < q: Issue.record("\(x.text) (\(p)) before \(y.text) (\(q))")
            case (let p, let q) where p == q && x.votes < y.votes: Issue.record("\(x.text) has fewer votes than \(y.text)")
            case (let p, let q) where p == q && x.votes == y.votes:
                #expect(a.path < b.path || a.path == b.path && a.itemIndex! < b.itemIndex!, "\(x.text), then \(y.text)")
            default: break
            }
        }
        #expect(Self.item(rows[0]).priority == rows.compactMap { Self.item($0).priority }.max())
    }

    @Test func unratedItemsComeLastWhateverTheirVotes() {
        var map = SampleMap.make()
        map.stages[0].touchpoints[0].painPoints[0].impact = nil
        map.stages[0].touchpoints[0].painPoints[0].votes = 99
        let rows = Backlog.rows(QueryTestMaps.workspace([("a.json", map)]))
        #expect(rows.last?.item?.votes == 99)
        #expect(rows.dropLast().allSatisfy { $0.item?.priority != nil })
    }

    @Test func filtersCombine() throws {
        let workspace = try Self.threeMaps()
        let all = Backlog.rows(workspace)
        let maya = Backlog.rows(workspace, filter: .init(persona: "MAYA"))
        #expect(Set(maya.map(\.path)) == ["sample.journey.json"])
        #expect(Backlog.rows(workspace, filter: .init(persona: "maya")).count == maya.count)
        #expect(Backlog.rows(workspace, filter: .init(persona: "nobody")).isEmpty)
        let purchase = Backlog.rows(workspace, filter: .init(stage: "PURCHASE"))
        #expect(!purchase.isEmpty && purchase.allSatisfy { $0.touchpoint.stage == "Purchase" })
        let squad = Backlog.rows(workspace, filter: .init(owner: "checkout SQUAD"))
        #expect(squad.map { $0.item!.text.prefix(13) } == ["Shipping fee ", "Show shipping", "Account requi", "Guest checkou"],
                "a pain point without an owner of its own has its touchpoint's")
        let going = Backlog.rows(workspace, filter: .init(status: .inProgress))
        #expect(going.allSatisfy { $0.item?.status == .inProgress } && going.count >= 2)
        let pains = Backlog.rows(workspace, filter: .init(kind: .pain))
        let opportunities = Backlog.rows(workspace, filter: .init(kind: .opportunity))
        #expect(pains.allSatisfy { $0.item?.kind == .pain } && opportunities.allSatisfy { $0.item?.kind == .opportunity })
        #expect(pains.count + opportunities.count == all.count)
        let lena = Backlog.rows(workspace, filter: .init(persona: "tom", owner: "lena (product)", kind: .opportunity))
        #expect(lena.count == 2)
        #expect(Backlog.rows(workspace, filter: .init(owner: "lena (product)", status: .done)).count == 1)
    }

    @Test func aMapThatDoesNotLoadIsLeftOut() throws {
        var workspace = try Self.threeMaps()
        workspace.maps.insert(WorkspaceEntry(file: .init(path: "broken.json", size: 1, changed: 0), fingerprint: "",
                                             state: .failed("broken.json: not valid JSON")), at: 0)
        workspace.records.insert(MapRecords(), at: 0)
        #expect(Backlog.rows(workspace).count == Backlog.rows(try Self.threeMaps()).count)
    }

    @Test func formatsHaveTheColumnsAndKeepTextSafe() throws {
        var map = SampleMap.make()
        map.stages[0].touchpoints[0].painPoints[0].text = "=HYPERLINK(\"x\") | two\nlines"
        let table = Backlog.table(Backlog.rows(QueryTestMaps.workspace([("a.json", map)]), filter: .init(stage: "awareness")))
        let header = "map,stage,touchpoint,kind,text,impact,effort,priority,votes,status,owner,due,evidence"
        #expect(table.csv().hasPrefix(header + "\r\n"))
        #expect(table.csv().contains("\"'=HYPERLINK(\"\"x\"\") | two\nlines\""))
        let markdown = table.markdown()
        #expect(markdown.hasPrefix("| map | stage | touchpoint | kind | text | impact | effort | priority | votes | status | owner | due | evidence |\n"
                                   + "| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | --- | --- | --- | --- |\n"))
        #expect(markdown.contains("\\=HYPERLINK(\"x\") \\| two · lines"))
        guard case .array(let objects)? = try? JSONParser.parse(table.json()), case .object(let first)? = objects.first else {
            Issue.record("not an array of objects")
            return
        }
        #expect(objects.count == 2)
        #expect(first["impact"] == .number("2") && first["status"] == .null && first["kind"] == .string("pain"))
        #expect(Set(first.keys) == Set(header.split(separator: ",").map(String.init)))
    }
}

/// README's field table is made from `QueryField.all`.
@Suite struct QueryFieldReferenceTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    @Test func theReadmeListsEveryField() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        guard let begin = text.range(of: "<!-- query-fields:begin"), let lineEnd = text[begin.upperBound...].firstIndex(of: "\n"),
              let end = text.range(of: "<!-- query-fields:end -->", range: lineEnd..<text.endIndex) else {
            Issue.record("README.md has no <!-- query-fields:begin --> … <!-- query-fields:end --> section")
            return
        }
        let regenerated = String(text[...lineEnd]) + QueryField.markdownReference + String(text[end.lowerBound...])
        if let mismatch = GoldenFile.mismatch(regenerated, at: Self.readme, named: "README.md's table of query fields") {
            Issue.record(Comment(rawValue: mismatch))
        }
        for field in QueryField.all { #expect(regenerated.contains("| `\(field.name)` |")) }
    }
}
