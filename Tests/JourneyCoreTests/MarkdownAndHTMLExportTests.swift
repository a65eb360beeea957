@testable import JourneyCore
import Testing

/// Markdown and HTML exports: goldens of the sample, and text from a map
/// that never turns into markup. The real renderers (cmark-gfm, Chromium)
/// read these in the end-to-end suite.
@Suite struct MarkdownAndHTMLExportTests {
    /// Names and texts that are markup in Markdown or HTML, or break a table.
    static func hostileMap() -> JourneyMap {
        var map = BlankMap.make(title: "<script>alert('title')</script> & co")
        map.objectives.purpose = "1. not a list\n- nor this\n# nor a heading"
        map.personas[0].name = "Ann | *bold* _it_"
        map.stages[0].name = "<img src=x onerror=alert(1)>"
        map.stages[0].goal = "`code` [link](http://x) ![img](y) ~~gone~~"
        var touchpoint = Touchpoint(id: "t1", name: "A|B\nC", channel: map.channels.first?.id)
        touchpoint.text["actions"] = "line one\nline two\u{1B}[31m"
        touchpoint.painPoints = [Item(id: "i1", text: "<b>bold</b> \\ backslash &amp;", impact: 5, effort: 1, votes: 2)]
        touchpoint.emotion[map.personas[0].id] = -1
        map.stages[0].touchpoints = [touchpoint]
        return map
    }

    @Test func theSampleMatchesItsGoldens() {
        ExportGolden.check(MarkdownExport.export(SampleMap.make()), file: "sample.md")
        ExportGolden.check(HTMLExport.export(SampleMap.make()), file: "sample.html")
    }

    @Test func markdownEscapesEveryMarkupCharacterFromTheMap() {
        let md = MarkdownExport.export(Self.hostileMap())
        #expect(md.contains("# \\<script\\>alert('title')\\</script\\> \\& co"))
        #expect(md.contains("**Purpose:** 1\\. not a list\\\n\\- nor this\\\n\\# nor a heading"), "a hard break, each line escaped")
        #expect(md.contains("### Ann \\| \\*bold\\* \\_it\\_"))
        #expect(md.contains("## 1. \\<img src=x onerror=alert(1)\\>"))
        #expect(md.contains("\\`code\\` \\[link\\](http://x) \\!\\[img\\](y) \\~\\~gone\\~\\~"))
        #expect(md.contains("| | A\\|B · C |"), "a touchpoint's name stays one cell")
        #expect(md.contains("line one · line two \\[31m"), "control characters never reach the file")
        #expect(md.contains("\\<b\\>bold\\</b\\> \\\\ backslash \\&amp;"))
        #expect(!md.contains("\u{1B}"))
    }

    /// `<br>` is raw HTML: GitHub's safe mode drops it and pandoc's Word output ignores it.
    @Test func markdownWritesNoRawHTMLForALineBreakOrBetweenValues() {
        var map = Self.hostileMap()
        map.stages[0].touchpoints[0].painPoints.append(Item(id: "i2", text: "second\n\nthird"))
        map.personas.append(Persona(id: "p2", name: "Bo"))
        map.stages[0].touchpoints[0].emotion["p2"] = 0.5
        map.objectives.scope = "\n\nafter empty lines\n\n"
        let md = MarkdownExport.export(map)
        let outsideMermaid = md.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        #expect(!outsideMermaid.joined().lowercased().contains("<br"), "Mermaid's own <br> only, in its block")
        #expect(md.contains("| Ann \\| \\*bold\\* \\_it\\_ -1 · Bo +0.5 |"), "several values in a cell")
        #expect(md.contains("• \\<b\\>bold\\</b\\> \\\\ backslash \\&amp; (impact 5, effort 1, 2 votes) • second · third |"))
        #expect(md.contains("**Scope:** after empty lines\n"), "a hard break never ends a paragraph")
        #expect(MarkdownText.paragraph("a\n\nb") == "a\\\n\\\nb")
        #expect(MarkdownText.inline("\na\n\nb\n") == "a · b")
    }

    @Test func markdownTablesHaveAsManyCellsAsColumns() {
        for map in [SampleMap.make(), Self.hostileMap()] {
            var columns: Int?
            for line in MarkdownExport.export(map).split(separator: "\n") {
                guard line.hasPrefix("|") else {
                    columns = nil
                    continue
                }
                let cells = Self.unescapedBars(in: line) - 1
                if let columns { #expect(cells == columns, "\(line)") } else { columns = cells }
            }
        }
    }

    static func unescapedBars(in line: Substring) -> Int {
        var count = 0
        var escaped = false
        for c in line {
            if c == "|" && !escaped { count += 1 }
            escaped = c == "\\" && !escaped
        }
        return count
    }

    @Test func aWideStageIsSplitIntoTablesThatFit() {
        var map = BlankMap.make()
        map.stages[0].touchpoints = (1...12).map { Touchpoint(id: "t\($0)", name: "Step \($0)") }
        let md = MarkdownExport.export(map)
        #expect(md.contains("| | Step 1 | Step 2 | Step 3 | Step 4 | Step 5 |"))
        #expect(md.contains("| | Step 6 |"))
        #expect(md.contains("| | Step 11 | Step 12 |"))
    }

    @Test func htmlShowsEveryTextAsTextAndRunsNothing() {
        let html = HTMLExport.export(Self.hostileMap())
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("\u{1B}"))
        #expect(html.contains("<title>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; co</title>"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&lt;b&gt;bold&lt;/b&gt; \\ backslash &amp;amp;"))
        #expect(html.contains("A|B<br>C"))
        #expect(!html.contains("http://") || !html.contains("src=\"http"), "nothing is fetched from the network")
    }

    @Test func htmlDrawsOneCurvePerPersonaBrokenWhereAScoreIsMissing() {
        var map = BlankMap.make()
        map.personas.append(Persona(id: "p2", name: "Second"))
        map.stages[0].touchpoints = (1...4).map { Touchpoint(id: "t\($0)", name: "Step \($0)") }
        for i in [0, 1, 3] { map.stages[0].touchpoints[i].emotion[map.personas[0].id] = Double(i - 1) }
        for i in 0..<4 { map.stages[0].touchpoints[i].emotion["p2"] = 1 }
        let svg = EmotionCurveSVG(map: map).render()
        let lines = svg.components(separatedBy: "<polyline").count - 1
        #expect(lines == 2, "the first persona's line stops at the missing score and its last point stands alone; the second has one line")
        #expect(svg.components(separatedBy: "<title>\(map.personas[0].name) at").count - 1 == 3)
        #expect(svg.components(separatedBy: "<title>Second at").count - 1 == 4)
    }

    @Test func insightsRankByPriorityThenVotes() {
        let ranked = SampleMap.make().rankedInsights()
        #expect(ranked.first?.item.text == "Shipping fee appears only at the final step")
        let priorities = ranked.map { $0.priority ?? 0 }
        #expect(priorities == priorities.sorted(by: >))
        for (a, b) in zip(ranked, ranked.dropFirst()) where a.priority == b.priority {
            #expect(a.item.votes >= b.item.votes)
        }
        #expect(ranked.count == SampleMap.make().stages.flatMap(\.touchpoints).reduce(0) { $0 + $1.painPoints.count + $1.opportunities.count })
    }

    @Test func namesBecomeStableDistinctIDs() {
        var ids = NameIDs()
        #expect(ids.make(from: "Pop-up store", fallback: "x") == "pop-up-store")
        #expect(ids.make(from: "Pop-up  Store!", fallback: "x") == "pop-up-store-2")
        #expect(ids.make(from: "Café crème", fallback: "x") == "cafe-creme")
        #expect(ids.make(from: "🎉", fallback: "touchpoint") == "touchpoint")
        #expect(ids.make(from: "日本", fallback: "touchpoint") == "touchpoint-2")
        #expect(ids.make(from: String(repeating: "long ", count: 30), fallback: "x").count <= 40)
    }
}
