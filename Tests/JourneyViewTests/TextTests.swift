import JourneyCore
import JourneyView
import Testing

@Suite struct TextTests {
    @Test(arguments: [("a", 1), ("日本", 4), ("🎉", 2), ("e\u{301}", 1), ("Cafe\u{301}", 4), ("한국", 4), ("ｱ", 1), ("Ａ", 2)])
    func widths(text: String, width: Int) {
        #expect(TextWidth.of(text) == width)
    }

    @Test func wrapBreaksAtWordsAndSplitsLongWords() {
        #expect(TextWrap.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextWrap.wrap("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(TextWrap.wrap("日本語のテキスト", width: 5) == ["日本", "語の", "テキ", "スト"])
        #expect(TextWrap.wrap("one\ntwo", width: 10) == ["one", "two"])
    }

    /// A word too long for its line breaks after a hyphen or a slash where one
    /// fits, not mid-word ("Check-and-rep" / "lace" was seen at 80x24).
    @Test func aLongWordBreaksAfterAHyphenOrASlash() {
        #expect(TextWrap.wrap("Check-and-replace", width: 13) == ["Check-and-", "replace"])
        #expect(TextWrap.wrap("Prüf-und-Tauschservice", width: 13) == ["Prüf-und-", "Tauschservice"])
        #expect(TextWrap.wrap("Web/app/kiosk", width: 9) == ["Web/app/", "kiosk"])
        #expect(TextWrap.wrap("-abcdefghij", width: 5) == ["-abcd", "efghi", "j"], "not after a leading hyphen")
        #expect(TextWrap.wrap("ab-", width: 2) == ["ab", "-"])
        for width in 1...4 {
            for text in ["a-b-c-d", "ä-ö-ü-ß", "a/b", "--", "-"] {
                #expect(TextWrap.wrap(text, width: width).allSatisfy { TextWidth.of($0) <= width }, "\(text) at \(width)")
                #expect(TextWrap.wrap(text, width: width).joined() == text, "\(text) at \(width): nothing lost")
            }
        }
    }

    /// A wide character in a column too narrow for it takes a line of its own (wrapping it used to crash).
    @Test func wideCharactersWiderThanTheLine() {
        #expect(TextWrap.wrap("日本 a", width: 1) == ["日", "本", "a"])
    }

    @Test func fitCutsWithAnEllipsis() {
        #expect(TextWrap.fit(["aaaa", "bbbb", "cccc"], height: 2, width: 4) == ["aaaa", "bbb…"])
    }

    @Test func wideCharacterThatDoesNotFitLeavesABlank() {
        var grid = CellGrid(width: 5, height: 1)
        let used = grid.put("ab日本", x: 0, y: 0, style: .plain)
        #expect(used == 5)
        #expect(grid.lines == ["ab日"])
        #expect(grid[3, 0].isContinuation)
    }

    @Test func controlCharactersAreEscaped() {
        #expect(DisplayText.escaped("a\u{1B}[2Jb\u{7F}\u{9B}") == "a^[[2Jb^?<9B>")
        var grid = CellGrid(width: 10, height: 1)
        grid.put("x\u{07}y", x: 0, y: 0, style: .plain)
        #expect(grid.lines == ["x^Gy"])
    }

    @Test func bidirectionalControlsAreShownNotObeyed() {
        // U+202E turns what follows around on screen; U+2066 and U+2069 isolate; U+200F marks.
        var grid = CellGrid(width: 30, height: 1)
        grid.put("a\u{202E}bc\u{2066}d\u{2069}\u{200F}", x: 0, y: 0, style: .plain)
        #expect(grid.lines == ["a<202E>bc<2066>d<2069><200F>"])
        #expect(!grid.cells.contains { $0.text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) } })
    }
}

@Suite struct PrintedRowTests {
    /// Rows are cut by bytes: the same as a string's characters, even where a space is part of one.
    @Test func plainRowsAreTheGridsLines() {
        var grid = CellGrid(width: 12, height: 4)
        grid.put("a\u{600}", x: 0, y: 0, style: .plain)
        grid.put("日本 e\u{301}", x: 0, y: 1, style: .plain)
        grid.put("┈┈ x", x: 0, y: 2, style: .plain)
        #expect(PrintOutput.text { AnsiText.write(grid, color: false, to: &$0) } == grid.text)
    }
}

@Suite struct PrintedCurveTests {
    @Test func personasWithTheSameScoreAreBothPrinted() {
        var map = SampleMap.make()
        for i in map.stages[0].touchpoints.indices { map.stages[0].touchpoints[i].emotion = ["maya": -1, "tom": -1] }
        let text = MapPrinter(map: map, theme: ThemeCatalog.builtinDefault, width: 100, color: false).render()
        let row = text.split(separator: "\n").first { $0.hasPrefix("           -1") }
        #expect(row.map { $0.contains("●") && $0.contains("◆") } == true, "both glyphs on the -1 row:\n\(text)")
    }
}
