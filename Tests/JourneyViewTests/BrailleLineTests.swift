import JourneyCore
@testable import JourneyView
import JourneyTestSupport
import Testing

/// The dots under the braille curve: their bits, the rule for a cell two
/// personas share, and the line's shape.
@Suite struct BrailleLineTests {
    static func dots(_ canvas: BrailleCanvas) -> [(x: Int, y: Int)] {
        var found: [(x: Int, y: Int)] = []
        for y in 0..<canvas.dotHeight {
            for x in 0..<canvas.dotWidth {
                let bits = UInt32(canvas.glyph(x: x / 2, y: y / 4)?.value ?? 0x2800) - 0x2800
                if bits & UInt32(BrailleCanvas.dotBits[x % 2][y % 4]) != 0 { found.append((x, y)) }
            }
        }
        return found
    }

    @Test func eachDotIsItsOwnBitAndAFullCellIsTheLastBrailleGlyph() {
        var canvas = BrailleCanvas(width: 1, height: 1)
        var seen: Set<UInt32> = []
        for y in 0..<4 {
            for x in 0..<2 {
                var one = BrailleCanvas(width: 1, height: 1)
                one.set(x: x, y: y, owner: 0)
                seen.insert(one.glyph(x: 0, y: 0)!.value)
                canvas.set(x: x, y: y, owner: 0)
            }
        }
        #expect(seen.count == 8)
        #expect(canvas.glyph(x: 0, y: 0) == "⣿")
        canvas.set(x: 2, y: 0, owner: 0)
        canvas.set(x: -1, y: 9, owner: 0)
        #expect(canvas.glyph(x: 0, y: 0) == "⣿", "dots off the canvas are left out")
    }

    @Test func aCellTwoPersonasShareHoldsBothTheirDotsInTheCellStyle() {
        var canvas = BrailleCanvas(width: 2, height: 1)
        canvas.set(x: 0, y: 0, owner: 0)
        canvas.set(x: 1, y: 3, owner: 1)
        canvas.set(x: 2, y: 1, owner: 1)
        canvas.set(x: 3, y: 1, owner: 1)
        #expect(canvas.glyph(x: 0, y: 0) == "⢁")
        #expect(canvas.owner(x: 0, y: 0) == BrailleCanvas.shared)
        #expect(canvas.owner(x: 1, y: 0) == 1)
        let theme = ThemeCatalog.builtinDefault
        var grid = CellGrid(width: 2, height: 1)
        BrailleCurve.put(canvas, into: &grid, x: 0, y: 0) { BrailleCurve.style(owner: $0, theme: theme) }
        #expect(grid[0, 0].style == theme[.cell])
        #expect(grid[1, 0].style == theme.persona(1))
    }

    @Test func theLineIsJoinedAndNeverPassesItsPoints() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<200 {
            var points: [BrailleLine.Point] = []
            var x = 1
            for _ in 0..<Int.random(in: 2...6, using: &random) {
                points.append(BrailleLine.Point(x: x, y: Double(Int.random(in: 0...38, using: &random)) / 2))
                x += Int.random(in: 3...30, using: &random)
            }
            var canvas = BrailleCanvas(width: x / 2 + 1, height: 5)
            BrailleLine.draw(points, owner: 0, pattern: .solid, on: &canvas)
            let dots = Self.dots(canvas)
            let byColumn = Dictionary(grouping: dots, by: \.x)
            for (a, b) in zip(points, points.dropFirst()) {
                let low = BrailleLine.dot(min(a.y, b.y)), high = BrailleLine.dot(max(a.y, b.y))
                for column in a.x...b.x {
                    let ys = byColumn[column]?.map(\.y) ?? []
                    #expect(!ys.isEmpty, "a gap at \(column) in \(points)")
                    if column > a.x && column < b.x {
                        #expect(ys.allSatisfy { $0 >= low && $0 <= high }, "past the points \(a) and \(b) at \(column)")
                    }
                }
            }
        }
    }

    @Test func aFlatLineIsOneRowOfDotsAndPatternsTellPersonasApart() {
        for pattern in BrailleLine.Pattern.allCases {
            var canvas = BrailleCanvas(width: 10, height: 2)
            BrailleLine.draw([.init(x: 1, y: 2), .init(x: 9, y: 2), .init(x: 17, y: 2)], owner: 0, pattern: pattern, on: &canvas)
            let rows = Set(Self.dots(canvas).map(\.y))
            #expect(rows == (pattern == .thick ? [2, 3] : [2]), "\(pattern)")
            let count = Self.dots(canvas).count
            switch pattern {
            case .solid: #expect(count == 17)
            case .thick: #expect(count == 34)
            case .dotted: #expect(count == 9)
            case .dashed: #expect(count == 12)
            }
        }
    }

    @Test func aScoreWithNoScoredNeighbourIsADash() {
        var canvas = BrailleCanvas(width: 6, height: 1)
        BrailleLine.draw([.init(x: 1, y: 1), nil, .init(x: 7, y: 2), nil], owner: 0, pattern: .solid, on: &canvas)
        #expect(Self.dots(canvas).map { [$0.x, $0.y] } == [[0, 1], [1, 1], [2, 1], [6, 2], [7, 2], [8, 2]])
    }

    @Test func theLocaleChoosesCellsOnlyWhenItNamesAnotherCharacterSet() {
        #expect(CurveStyle.forLocale([:]) == .braille)
        #expect(CurveStyle.forLocale(["LANG": "C.UTF-8"]) == .braille)
        #expect(CurveStyle.forLocale(["LANG": "en_GB.utf8"]) == .braille)
        #expect(CurveStyle.forLocale(["LANG": "C"]) == .cells)
        #expect(CurveStyle.forLocale(["LANG": "de_DE.UTF-8", "LC_ALL": "POSIX"]) == .cells)
        #expect(CurveStyle.forLocale(["LANG": "de_DE.ISO-8859-1", "LC_CTYPE": "de_DE.UTF-8"]) == .braille)
        #expect(CurveStyle.forLocale(["LC_ALL": "", "LANG": "en_US.ISO-8859-15"]) == .cells)
    }
}
