@testable import JourneyView
import Testing

/// `CellGrid.put` takes printable ASCII and the grid's box drawing a scalar
/// at a time, without grapheme breaking: it must lay out every text exactly
/// as the character-by-character way does.
@Suite struct CellGridPutTests {
    /// The character-by-character layout: a cell per character of width 1 or
    /// 2, a mark of width 0 joined to the cell before it.
    static func reference(_ text: String) -> [String] {
        var cells: [String] = []
        for character in text {
            switch TextWidth.of(character) {
            case 0: if !cells.isEmpty { cells[cells.count - 1] += String(character) }
            case 2: cells += [String(character), ""]
            default: cells.append(String(character))
            }
        }
        return cells
    }

    static func put(_ text: String) -> [String] {
        var grid = CellGrid(width: 12, height: 1)
        let used = grid.put(text, x: 0, y: 0, style: .plain)
        return (0..<used).map { grid[$0, 0].text }
    }

    static let followers = ["", "a", "\u{301}", "\u{FE0F}", "\u{200D}\u{1F600}", "\u{20E3}", "\u{1F1E6}", "─", "界"]

    @Test func everySimpleScalarIsOneColumnAndLaysOutAsCharactersDo() {
        for value in UInt32(0x20)...0x25FF where CellGrid.isSimple(value) {
            let scalar = Unicode.Scalar(value)!
            #expect(TextWidth.of(Character(scalar)) == 1, "U+\(String(value, radix: 16)) is not one column")
            #expect(!scalar.properties.generalCategory.isMarkOrFormat, "U+\(String(value, radix: 16))")
            for follower in Self.followers {
                let text = "x" + String(scalar) + follower
                #expect(Self.put(text) == Self.reference(text), "U+\(String(value, radix: 16)) then \(follower.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test func clippedTextPadsAndStopsAsBefore() {
        var grid = CellGrid(width: 10, height: 1)
        #expect(grid.put("──────────────", x: 2, y: 0, maxWidth: 5, style: .plain) == 5)
        #expect(grid.lines == ["  ─────"])
        #expect(grid.put("ab界", x: 0, y: 0, maxWidth: 3, style: .plain) == 3)
        #expect(grid.lines == ["ab ────"])
    }
}

extension Unicode.GeneralCategory {
    var isMarkOrFormat: Bool { [.nonspacingMark, .spacingMark, .enclosingMark, .format].contains(self) }
}
