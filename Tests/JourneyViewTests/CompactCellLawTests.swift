import JourneyCore
import JourneyTestSupport
@testable import JourneyView
import Testing

/// A cell holds its grapheme as a number and its style packed in a word;
/// before, it held a String and two colour enums. Law: for random and
/// hostile text, every cell shows the same bytes in the same style as the
/// String cells did, and lines and printed text are byte for byte the same.
@Suite struct CompactCellLawTests {
    /// The grid as it was: a String and a style per cell, laid out a character at a time.
    struct StringGrid {
        let width: Int
        var cells: [(text: String, style: Style)]

        init(width: Int) {
            self.width = width
            cells = Array(repeating: (" ", .plain), count: width)
        }

        mutating func set(_ column: Int, _ text: String, _ style: Style) {
            if column >= 0 && column < width { cells[column] = (text, style) }
        }

        mutating func put(_ text: String, x: Int, maxWidth: Int?, style: Style) {
            let limit = min(x + (maxWidth ?? width), width)
            var column = x
            for character in DisplayText.escapedCharacters(text[...]) {
                let w = TextWidth.of(character)
                if w == 0 {
                    if column > x, column - 1 >= 0, column - 1 < width {
                        var previous = column - 1
                        while previous > 0 && cells[previous].text.isEmpty { previous -= 1 }
                        cells[previous].text.append(character)
                    }
                    continue
                }
                if column + w > limit {
                    while column < limit { set(column, " ", style); column += 1 }
                    break
                }
                if column >= 0 {
                    set(column, String(character), style)
                    if w == 2 { set(column + 1, "", style) }
                }
                column += w
            }
        }

        var line: String {
            var line = cells.map(\.text).joined()
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    static let pieces = PrintedBandLawTests.pieces + [
        "👍🏽", "👩🏿\u{200D}💻", "🏳️\u{200D}🌈", "🇯🇵🇺🇸", "1\u{FE0F}\u{20E3}", "e\u{323}\u{301}", "e\u{301}\u{323}", "\u{E9}",
        "\u{600}1", "\u{600} ", "\u{110BD}", "\u{300}", "x\u{300}\u{300}\u{300}", "中文字符", "\u{FEFF}", "\u{AD}",
        "\u{10FFFF}", "\u{E000}", "\u{1F600}\u{FE0E}",
    ]

    static func style(_ random: inout SeededRandom) -> Style {
        func color() -> TerminalColor {
            Bool.random(using: &random) ? .standard : .indexed(Int.random(in: 0...255, using: &random))
        }
        return Style(foreground: color(), background: color(),
                     attributes: TextAttributes(rawValue: UInt8.random(in: 0...31, using: &random)))
    }

    @Test func everyCellShowsWhatTheStringCellShowed() {
        var random = SeededRandom(seed: 14)
        for _ in 0..<2000 {
            let width = Int.random(in: 1...30, using: &random)
            var grid = CellGrid(width: width, height: 1)
            var reference = StringGrid(width: width)
            // Text over text: marks join cells already drawn, wide characters overlap narrow ones.
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let text = (0..<Int.random(in: 0...6, using: &random)).map { _ in
                    Self.pieces.randomElement(using: &random)!
                }.joined()
                let x = Int.random(in: -3...width, using: &random)
                let maxWidth = Bool.random(using: &random) ? nil : Int.random(in: 0...width, using: &random)
                let style = Self.style(&random)
                grid.put(text, x: x, y: 0, maxWidth: maxWidth, style: style)
                reference.put(text, x: x, maxWidth: maxWidth, style: style)
            }
            for column in 0..<width {
                #expect(Array(grid[column, 0].text.utf8) == Array(reference.cells[column].text.utf8))
                #expect(grid[column, 0].style == reference.cells[column].style)
                #expect(grid[column, 0].isContinuation == reference.cells[column].text.isEmpty)
            }
            #expect(Array(grid.lines[0].utf8) == Array(reference.line.utf8))
            #expect(Array(PrintOutput.text { AnsiText.write(grid, color: false, to: &$0) }.utf8) == Array((reference.line + "\n").utf8))
        }
    }

    @Test func aCellKeepsItsTextByteForByte() {
        for piece in Self.pieces {
            for character in piece {
                #expect(Array(Cell(String(character)).text.utf8) == Array(String(character).utf8))
            }
            #expect(Array(Cell(piece).text.utf8) == Array(piece.utf8))
        }
        // Canonically equivalent texts stay apart: each cell shows the scalars it was given.
        #expect(Cell("e\u{323}\u{301}") != Cell("e\u{301}\u{323}"))
        #expect(Cell("e\u{301}").text.unicodeScalars.count == 2)
        #expect(Cell("").isContinuation && !Cell(" ").isContinuation)
    }

    /// The curve sets its line glyphs as cells, which is what `put` does only for a simple scalar.
    @Test func curveGlyphsAreSimpleScalars() {
        for lines in PersonaGlyphs.lineSets {
            for glyph in [lines.horizontal, lines.vertical, lines.downRight, lines.downLeft, lines.upRight, lines.upLeft] {
                #expect(glyph.unicodeScalars.count == 1 && CellGrid.isSimple(glyph.unicodeScalars.first!.value), "\(glyph)")
            }
        }
    }

    @Test func aStyleGivesBackItsColoursAndAttributes() {
        let colors = [TerminalColor.standard] + (0...255).map(TerminalColor.indexed)
        for foreground in colors {
            for background in [TerminalColor.standard, .indexed(0), .indexed(8), .indexed(236), .indexed(255)] {
                let attributes = TextAttributes(rawValue: UInt8.random(in: 0...255))
                let style = Style(foreground: foreground, background: background, attributes: attributes)
                #expect(style.foreground == foreground && style.background == background && style.attributes == attributes)
                var changed = style
                changed.background = foreground
                changed.foreground = background
                #expect(changed.foreground == background && changed.background == foreground && changed.attributes == attributes)
            }
        }
        #expect(Style(foreground: .indexed(1)) != Style(background: .indexed(1)))
        #expect(Style() == .plain && Style(attributes: .bold) != .plain)
    }
}
