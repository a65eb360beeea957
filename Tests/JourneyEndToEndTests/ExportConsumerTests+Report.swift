import Foundation
import JourneyCore
import JourneyTestSupport
import Testing

/// The HTML report as Chromium lays it out on screen and prints it: what
/// the page's boxes measure, and where the printed pages break.
extension ExportConsumerTests {
    /// What a script measures in a copy of the page (the export itself runs
    /// no script). It finds the curve and the swatches by where they are, not
    /// by their classes, which the CSS fix added.
    struct Measured: Decodable {
        var swatches: [[Double]]
        var outside: [String]
    }

    static let measure = """
        <script>
        const chart = document.querySelector('#emotion > svg').getBoundingClientRect();
        const outside = [...document.querySelectorAll('#emotion > svg text')].filter(t => {
          const r = t.getBoundingClientRect();
          return r.left < chart.left || r.right > chart.right || r.top < chart.top || r.bottom > chart.bottom;
        }).map(t => t.textContent);
        const swatches = [...document.querySelectorAll('.legend svg, .card h3 svg')].map(s => {
          const r = s.getBoundingClientRect();
          return [r.width, r.height];
        });
        const pre = document.createElement('pre');
        pre.id = 'measured';
        pre.textContent = JSON.stringify({ swatches, outside });
        document.body.append(pre);
        </script>
        """

    func report(in scratch: Scratch) throws -> String {
        let map = scratch.file("report.json")
        #expect(MapStore.save(ExportMaps.report(), to: map).isSaved)
        let html = scratch.file("report.html")
        _ = try export([map, "--format", "html", "-o", html])
        return html
    }

    @Test func swatchesAreSizedAlikeAndNoLabelLeavesTheCurve() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let page = try String(contentsOfFile: report(in: scratch), encoding: .utf8)
        let measuring = scratch.write("measuring.html", page.replacingOccurrences(of: "</body>", with: Self.measure + "</body>"))
        let dom = try Peer.run("chromium", package: "chromium", [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1600,1200", "--user-data-dir=" + scratch.file("profile"),
            "--dump-dom", "file://" + measuring,
        ]).stdout
        let json = dom.components(separatedBy: "<pre id=\"measured\">").dropFirst().first?.components(separatedBy: "</pre>").first ?? ""
        let measured = try JSONDecoder().decode(Measured.self, from: Data(json.replacingOccurrences(of: "&amp;", with: "&").utf8))
        #expect(measured.swatches.count == 4)
        #expect(Set(measured.swatches).count == 1, "every swatch the same size: \(measured.swatches)")
        #expect(measured.outside == [], "labels cut at the curve's edge")
    }

    /// Each printed page's lines, blank ones left out.
    func printedPages(_ html: String, scratch: Scratch) throws -> [[String]] {
        let (info, _) = try printed(html, scratch: scratch)
        let count = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        return try (1...max(1, count)).map { page in
            try Peer.run("pdftotext", package: "poppler-utils", ["-layout", "-f", "\(page)", "-l", "\(page)", scratch.file("printed.pdf"), "-"])
                .stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        }
    }

    @Test func printedHeadingsStayWithTheirTablesAndStagesSharePages() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let pages = try printedPages(report(in: scratch), scratch: scratch)
        let stages = stageNames.enumerated().map { "\($0.offset + 1). \($0.element)" }
        let headings = ["Personas", "Emotion curve", "Stages", "Metrics by stage", "Targets and trends", "Insights", "Vote results",
                        "Round 1", "Parking lot"] + stages
        let all = pages.flatMap { $0 }
        for heading in headings { #expect(all.contains(heading), "printed: \(heading)") }
        let introductions = ["Goal:", "Pain points and opportunities", "Metrics with a target", "Dots on", "Ideas not yet"]
        for (number, page) in pages.enumerated().dropLast() {
            let last = page.last ?? ""
            #expect(!headings.contains(last) && !introductions.contains(where: last.hasPrefix),
                    "page \(number + 1) ends with \(last), apart from what it introduces")
        }
        #expect(pages.contains { page in page.filter(stages.contains).count > 1 }, "stages share a page: \(pages.map { $0.filter(stages.contains) })")
    }
}
