import Foundation
import JourneyCore
import Testing

/// Exports read by the programs people read them with: cmark-gfm (GitHub's
/// own Markdown renderer) and headless Chromium, which prints the HTML page
/// to PDF the way a reader would; Mermaid's parser and Python's csv module
/// in ExportConsumerTests+Checks.swift.
@Suite struct ExportConsumerTests {
    let stageNames = ["Awareness", "Consideration", "Decision", "Purchase", "Retention", "Advocacy"]

    /// A map whose texts are markup in Markdown and HTML.
    func hostileMap(in scratch: Scratch) -> String {
        var map = BlankMap.make(title: "<script>alert('x')</script> Launch")
        map.stages[0].name = "<img src=x onerror=alert(1)> Entry"
        map.stages[1].name = "Pay | *now*"
        var touchpoint = Touchpoint(id: "t1", name: "A|B\n# C", channel: map.channels.first?.id)
        touchpoint.text["actions"] = "<iframe src=\"http://example.com\"></iframe>\n1. list?"
        touchpoint.painPoints = [Item(id: "i1", text: "<b>bold</b> & `code`", impact: 5, effort: 1)]
        map.stages[0].touchpoints = [touchpoint]
        let path = scratch.file("hostile.json")
        #expect(MapStore.save(map, to: path).isSaved)
        return path
    }

    func export(_ arguments: [String]) throws -> String {
        let result = try Binary.run(["export"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func markdownRendersAsGitHubWouldWithEveryStageAndTable() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let md = scratch.file("sample.md")
        _ = try export(["--format", "md", "-o", md])
        // --unsafe lets raw HTML through, so any markup the export failed to escape would show.
        let html = try Peer.run("cmark-gfm", package: "cmark-gfm", ["--unsafe", "-e", "table", md]).stdout
        #expect(html.contains("<h1>Stride: buying running shoes online</h1>"))
        for (i, name) in stageNames.enumerated() {
            #expect(html.contains("<h2>\(i + 1). \(name)</h2>"), "stage \(name) is a heading")
        }
        #expect(html.contains("<pre><code class=\"language-mermaid\">journey"))
        let tables = html.components(separatedBy: "<table>").count - 1
        #expect(tables == 2 + stageNames.count + 1, "a profile per persona, a table per stage, the insights")
        #expect(html.contains("<td>Shipping fee appears only at the final step</td>"))
        #expect(html.contains("<td>Maya 0 · Tom +0.5</td>"), "a cell's values apart, without raw HTML")
    }

    /// GitHub renders in safe mode, which drops raw HTML such as `<br>`;
    /// pandoc's Word output leaves it out. Cells and paragraphs keep their
    /// values and lines apart in both.
    @Test func markdownKeepsValuesAndLinesApartInSafeModeAndInWord() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        var map = SampleMap.make()
        map.objectives.purpose = "First line\nsecond line"
        let mapFile = scratch.file("map.json")
        #expect(MapStore.save(map, to: mapFile).isSaved)
        let md = scratch.file("map.md")
        _ = try export([mapFile, "--format", "md", "-o", md])
        for mode in [[], ["--unsafe"]] {
            let html = try Peer.run("cmark-gfm", package: "cmark-gfm", mode + ["-e", "table", md]).stdout
            #expect(!html.contains("raw HTML omitted"), "\(mode)")
            #expect(html.contains("<td>Maya 0 · Tom +0.5</td>"), "\(mode)")
            #expect(html.contains("First line<br />\nsecond line"), "a hard break \(mode)")
        }
        let docx = scratch.file("map.docx")
        let word = try Peer.run("pandoc", package: "pandoc", ["-f", "gfm", "-t", "docx", "-o", docx, md])
        #expect(word.status == 0, "\(word.stderr)")
        let text = try Peer.run("pandoc", package: "pandoc", ["-f", "docx", "-t", "plain", "--wrap=none", "--columns=10000", docx]).stdout
        #expect(text.contains("Maya 0 · Tom +0.5"))
        #expect(text.contains("First line\nsecond line"))
        #expect(text.contains("12 votes) • Account required before payment"))
        #expect(!text.contains("Maya 0Tom"))
    }

    @Test func markdownFromAHostileMapRendersItsTextsAsText() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let md = scratch.file("hostile.md")
        _ = try export([hostileMap(in: scratch), "--format", "md", "-o", md])
        let html = try Peer.run("cmark-gfm", package: "cmark-gfm", ["--unsafe", "-e", "table", md]).stdout
        for tag in ["<script", "<img", "<iframe", "<b>", "<em>now", "<code>", "<ol>", "<h1>C"] {
            #expect(!html.contains(tag), "\(tag) from the map never becomes markup")
        }
        #expect(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; Launch"))
        #expect(html.contains("Pay | *now*"))
        #expect(html.contains("<th>A|B · # C</th>"), "a name's lines, one cell")
    }

    /// Chromium prints the page (our PDF); pdftotext reads back what it drew.
    func printed(_ html: String, scratch: Scratch) throws -> (info: String, text: String) {
        let pdf = scratch.file("printed.pdf")
        let printing = try Peer.run("chromium", package: "chromium", [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + scratch.file("profile"),
            "--print-to-pdf=" + pdf, "file://" + html,
        ])
        #expect(FileManager.default.fileExists(atPath: pdf), "chromium printed nothing: \(printing.stderr)")
        let info = try Peer.run("pdfinfo", package: "poppler-utils", [pdf]).stdout
        let text = try Peer.run("pdftotext", package: "poppler-utils", ["-layout", pdf, "-"]).stdout
        return (info, text)
    }

    @Test func htmlPrintsTheWholeMapOnA3Landscape() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let html = scratch.file("sample.html")
        _ = try export(["-o", html])
        let (info, text) = try printed(html, scratch: scratch)
        #expect(info.contains("(A3)"), "\(info)")
        let size = info.split(separator: "\n").first { $0.hasPrefix("Page size:") } ?? ""
        let numbers = size.split(separator: " ").compactMap { Double($0) }
        #expect(numbers.count >= 2 && numbers[0] > numbers[1], "landscape: \(size)")
        for name in stageNames + ["Maya", "Tom", "Emotion curve", "Insights", "Metrics by stage", "Refer a friend"] {
            #expect(text.contains(name), "the printed page shows \(name)")
        }
    }

    /// The page or image as Chromium holds it once loaded, its scripts run.
    static func dom(_ file: String, scratch: Scratch) throws -> String {
        try Peer.run("chromium", package: "chromium", [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + scratch.file("profile"), "--dump-dom", "file://" + file,
        ]).stdout
    }

    @Test func htmlFromAHostileMapRunsNothingAndShowsTheTexts() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let html = scratch.file("hostile.html")
        _ = try export([hostileMap(in: scratch), "--format", "html", "-o", html])
        let dom = try Self.dom(html, scratch: scratch)
        for tag in ["<script", "<img", "<iframe", "<b>"] {
            #expect(!dom.contains(tag), "\(tag) from the map never becomes an element")
        }
        let (_, text) = try printed(html, scratch: scratch)
        #expect(text.contains("<script>alert('x')</script> Launch"))
        #expect(text.contains("<img src=x onerror=alert(1)> Entry"))
        #expect(text.contains("<b>bold</b> & `code`"))
    }

    @Test func exportSaysWhichFormatAndWritesAtomically() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let noFormat = try Binary.run(["export"])
        #expect(noFormat.status == 64)
        #expect(noFormat.stderr.contains("--format md, csv, mermaid, html or svg"))
        let wrongTable = try Binary.run(["export", "--format", "md", "--table", "items"])
        #expect(wrongTable.status == 64)
        #expect(wrongTable.stderr.contains("--table is for --format csv only"))
        let out = scratch.write("old.md", "old")
        #expect(try Binary.run(["export", "-o", out]).status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("# Stride"), "the format comes from -o's extension")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no temporary file is left: \(leftovers)")
        let folder = scratch.file("sub")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        if getuid() != 0 {
            let refused = try Binary.run(["export", "-o", folder + "/x.html"])
            #expect(refused.status == 73)
        }
        let missing = try Binary.run(["export", scratch.file("nope.json"), "--format", "md"])
        #expect(missing.status == 66)
    }
}
