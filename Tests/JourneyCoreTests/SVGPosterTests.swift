import Foundation
import FoundationXML
@testable import JourneyCore
import JourneyTestSupport
import Testing

/// The SVG poster as XML: it parses, holds every text of the map as text
/// (never as markup), and fetches nothing.
@Suite struct SVGPosterTests {
    /// The text of every `<text>` element, and the names of all elements.
    final class Reader: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var elements: [String] = []
        var inText = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements.append(name)
            if name == "text" {
                inText = true
                texts.append("")
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" { inText = false }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { texts[texts.count - 1] += string }
        }
    }

    static func read(_ svg: String) -> (parsed: Bool, reader: Reader, error: String) {
        let parser = XMLParser(data: Data(svg.utf8))
        let reader = Reader()
        parser.delegate = reader
        let parsed = parser.parse()
        return (parsed, reader, parser.parserError.map { "\($0)" } ?? "")
    }

    @Test func theSampleMatchesItsGolden() {
        ExportGolden.check(SVGPoster.export(SampleMap.make()), file: "sample.svg")
    }

    @Test func everyPosterParsesAsXMLWithItsTextsAsText() {
        for map in PosterLayoutTests.maps {
            let svg = SVGPoster.export(map)
            let (parsed, reader, error) = Self.read(svg)
            #expect(parsed, "\(error)")
            let lines = PosterLayout(map).boxes.flatMap(\.lines).map(\.text)
            #expect(reader.texts == lines, "each line of the layout is one text element, read back as it was")
            #expect(Set(reader.elements).isSubset(of: ["svg", "title", "rect", "text", "line", "polygon", "circle", "path", "g"]))
        }
    }

    @Test func hostileTextsAreShownAsTheyWere() {
        let svg = SVGPoster.export(MarkdownAndHTMLExportTests.hostileMap())
        // A card's lines are joined again by a space: wrapping broke them only at spaces.
        let texts = Self.read(svg).reader.texts.joined(separator: " ")
        #expect(texts.contains("<script>alert('title')</script> & co"))
        #expect(texts.contains("<b>bold</b> \\ backslash &amp;"))
        #expect(texts.contains("line two [31m"), "an escape character is a space")
        #expect(!svg.contains("<script") && !svg.contains("<b>") && !svg.contains("\u{1B}"))
    }

    @Test func thePosterFetchesNothing() {
        for map in PosterLayoutTests.maps {
            let svg = SVGPoster.export(map)
            for reference in ["href", "url(", "@import", "<image", "<foreignObject", "<style", "<script"] {
                #expect(!svg.contains(reference))
            }
        }
    }

    @Test func charactersXMLRefusesAreReplaced() {
        var map = BlankMap.make(title: "bad \u{FFFE} and \u{FFFF}\u{0} end")
        map.stages[0].name = "C1 \u{85} \u{9B} controls"
        let (parsed, reader, error) = Self.read(SVGPoster.export(map))
        #expect(parsed, "\(error)")
        #expect(reader.texts.first == "bad \u{FFFD} and \u{FFFD} end", "runs of spaces are one, as SVG shows them")
    }
}
