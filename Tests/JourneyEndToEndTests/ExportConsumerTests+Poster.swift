import Foundation
@testable import JourneyCore
import JourneyTestSupport
import Testing

/// The SVG poster drawn by the programs that draw SVG: rsvg-convert (librsvg,
/// to PNG and PDF) and headless Chromium, which also measures every line of
/// text in the real font to check the width table the wrapping relies on.
extension ExportConsumerTests {
    /// A PNG's width and height, from its header.
    static func pngSize(_ path: String) throws -> (width: Int, height: Int) {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(path) is a PNG")
        let number = { (at: Int) in bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    @Test func rsvgConvertDrawsTheSamplePosterAsPNGAndPDF() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let svg = scratch.file("sample.svg")
        _ = try export(["-o", svg])
        let png = scratch.file("sample.png")
        let drawn = try Peer.run("rsvg-convert", package: "librsvg2-bin", ["-f", "png", "-o", png, svg])
        #expect(drawn.status == 0 && drawn.stderr.isEmpty, "\(drawn.stderr)")
        let layout = PosterLayout(SampleMap.make())
        let size = try Self.pngSize(png)
        #expect(abs(Double(size.width) - layout.width) <= 1 && abs(Double(size.height) - layout.height) <= 1, "\(size)")
        #expect(size.width > 4000 && size.height > 1200, "a column per touchpoint and a row per lane: \(size)")
        let pngBytes = try FileManager.default.attributesOfItem(atPath: png)[.size] as? Int ?? 0
        #expect(pngBytes > 200_000, "a drawn poster, not a blank page: \(pngBytes) bytes")
        let pdf = scratch.file("sample.pdf")
        let printed = try Peer.run("rsvg-convert", package: "librsvg2-bin", ["-f", "pdf", "-o", pdf, svg])
        #expect(printed.status == 0, "\(printed.stderr)")
        let text = try Peer.run("pdftotext", package: "poppler-utils", [pdf, "-"]).stdout
        for name in stageNames + ["Maya", "Tom", "Refer a friend", "PAIN POINT", "OPPORTUNITY", "moment of truth", "Stage metrics"] {
            #expect(text.contains(name), "the PDF shows \(name)")
        }
    }

    @Test func chromiumShowsThePosterAndItsTextsAsText() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let svg = scratch.file("hostile.svg")
        _ = try export([hostileMap(in: scratch), "--format", "svg", "-o", svg])
        let dom = try Self.dom(svg, scratch: scratch)
        #expect(dom.contains("<svg"))
        for tag in ["<script", "<img", "<iframe", "<b>", "parsererror"] {
            #expect(!dom.contains(tag), "\(tag) from the map never becomes an element")
        }
        #expect(dom.contains("&lt;script&gt;alert('x')&lt;/script&gt; Launch"))
        let sample = scratch.file("sample.svg")
        _ = try export(["-o", sample])
        let shot = scratch.file("shot.png")
        _ = try Peer.run("chromium", package: "chromium", [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=" + scratch.file("profile"),
            "--window-size=1600,1000", "--screenshot=" + shot, "file://" + sample,
        ])
        let size = try Self.pngSize(shot)
        #expect(size.width == 1600 && size.height == 1000, "\(size)")
        let bytes = try FileManager.default.attributesOfItem(atPath: shot)[.size] as? Int ?? 0
        #expect(bytes > 50_000, "the poster fills the window, scaled to its width: \(bytes) bytes")
    }

    /// Chromium measures each line in the font it picks for the poster's
    /// family list; the layout's estimate must never be narrower.
    @Test func noLineIsWiderInChromiumThanTheLayoutAllowed() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        for (name, map) in [("sample", SampleMap.make()), ("hostile", ExportMaps.hostileToCSV())] {
            let svg = SVGPoster.export(map).split(separator: "\n").dropFirst().joined(separator: "\n")
            let page = scratch.write(name + ".html", """
                <!DOCTYPE html><html><body>\(svg)<pre id="widths"></pre><script>
                document.getElementById("widths").textContent =
                  JSON.stringify([...document.querySelectorAll("svg text")].map(t => t.getComputedTextLength()));
                </script></body></html>
                """)
            let dom = try Self.dom(page, scratch: scratch)
            let json = dom.components(separatedBy: "<pre id=\"widths\">").last?.components(separatedBy: "</pre>").first ?? ""
            let measured = try JSONDecoder().decode([Double].self, from: Data(json.utf8))
            let lines = PosterLayout(map).boxes.flatMap(\.lines)
            #expect(measured.count == lines.count)
            for (line, width) in zip(lines, measured) {
                #expect(width <= line.extent.width + 0.01, "\(name): \"\(line.text)\" is \(width) wide, estimated \(line.extent.width)")
            }
        }
    }
}

extension ExportConsumerTests {
    /// rsvg-convert makes one PDF of the sheets, a page each, of the paper asked for.
    @Test func aPosterOnA4SheetsIsAPDFOfA4Pages() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let result = try Binary.run(["export", "--paper", "a4", "--portrait", "-o", scratch.file("map.svg")])
        #expect(result.status == 0, "\(result.stderr)")
        let sheets = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasSuffix(".svg") }.sorted()
        #expect(sheets.count > 1 && sheets.first == "map-\(sheets.count < 10 ? "" : "0")1.svg", "\(sheets)")
        #expect(result.stdout.contains("the poster takes \(sheets.count) sheets"))
        let pdf = scratch.file("map.pdf")
        let printed = try Peer.run("rsvg-convert", package: "librsvg2-bin", ["-f", "pdf", "-o", pdf] + sheets.map(scratch.file))
        #expect(printed.status == 0, "\(printed.stderr)")
        let info = try Peer.run("pdfinfo", package: "poppler-utils", [pdf]).stdout.split(separator: "\n")
        let field = { (name: String) in info.first { $0.hasPrefix(name + ":") }?.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
        #expect(field("Pages") == "\(sheets.count)")
        #expect(field("Page size") == "595.276 x 841.89 pts (A4)", "portrait")
        let text = try Peer.run("pdftotext", package: "poppler-utils", [pdf, "-"]).stdout
        #expect(text.contains("Sheet \(sheets.count) of \(sheets.count)"))
        for name in stageNames { #expect(text.contains(name), "some sheet shows \(name)") }
        let refused = try Binary.run(["export", "--paper", "A4"])
        #expect(refused.status == 64 && refused.stderr.contains("name a file with -o"), "\(refused.stderr)")
        #expect(try Binary.run(["export", "--format", "md", "--paper", "A3"]).status == 64)
        #expect(try Binary.run(["export", "--format", "svg", "--portrait"]).status == 64)
    }
}
