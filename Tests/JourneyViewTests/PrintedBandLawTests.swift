import JourneyCore
import JourneyTestSupport
@testable import JourneyView
import Testing

/// The printer wraps each cell once, to size its lane, and paints those
/// lines; before, the painter wrapped every cell again from a text cut to
/// what the lane can show. Law: for random and hostile cell text, every
/// band prints byte for byte as it did.
@Suite struct PrintedBandLawTests {
    /// The band as printed before: lanes sized by wrapping each cell, then painted by the painter wrapping again.
    static func referenceBand(_ printer: MapPrinter, _ columns: Range<Int>, index: ColumnIndex, geometry: GridGeometry) -> String {
        let map = printer.map
        var painter = GridPainter(map: map, index: index, theme: printer.theme, geometry: geometry, columns: columns)
        painter.itemFacts = true
        let lanes = map.lanes.filter { !$0.hidden }.map { lane in
            var tallest = lane.kind == .emotion ? EmotionRows(scale: map.emotionScale).count : 1
            for column in columns where lane.kind != .emotion {
                let position = index.position(of: column)
                guard let t = position.touchpoint else { continue }
                let lines = CellContent.lines(map.stages[position.stage].touchpoints[t], lane: lane,
                                              width: geometry.columnWidth - 1, facts: true)
                tallest = max(tallest, lines.count)
            }
            return GridPainter.LaneRow(lane: lane, height: tallest)
        }
        let bodyHeight = lanes.reduce(0) { $0 + $1.height + 1 } - 1
        var grid = CellGrid(width: geometry.x(ofColumn: columns.upperBound, first: columns.lowerBound),
                            height: GridGeometry.headerHeight + bodyHeight)
        painter.paintHeader(into: &grid, y: 0, current: nil)
        painter.paintLanes(into: &grid, y: GridGeometry.headerHeight, maxY: grid.height, lanes: lanes, gap: 1, cursor: nil)
        return PrintOutput.text { AnsiText.write(grid, color: printer.color, to: &$0) }
    }

    /// Pieces of hostile text: wide, joined, zero-width, escaped, long, and runs of what takes no room when wrapped.
    static let pieces = [
        "", "a", "word", "the quick brown fox", String(repeating: "x", count: 47), "日本語のテキスト", "한국어", "🎉",
        "👩\u{200D}👩\u{200D}👧", "🇫🇷", "e\u{301}", "a\u{301}\u{302}\u{303}\u{304}\u{305}", "\u{200D}", "\u{200B}",
        String(repeating: "\u{200B}", count: 40), "\u{FE0F}", "\t", "\n", "\r\n", "\u{1B}[31m", "\u{7}", "\u{0}",
        "\u{7F}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{600}", "\u{1100}\u{1161}", "Ａ", "─┼│", " ", "  ",
        String(repeating: " ", count: 90), "• ", "“quoted”", "½ × ⅓",
    ]

    static func text(_ random: inout SeededRandom) -> String {
        (0..<Int.random(in: 0...12, using: &random)).map { _ in
            pieces.randomElement(using: &random)! + (Bool.random(using: &random) ? " " : "")
        }.joined()
    }

    static func map(_ random: inout SeededRandom) -> JourneyMap {
        var map = JourneyMap(title: "law")
        map.lanes.append(Lane(id: "notes", kind: .text, name: text(&random)))
        map.lanes[Int.random(in: 0..<map.lanes.count, using: &random)].hidden = Bool.random(using: &random)
        map.personas = [Persona(id: "p", name: "P")]
        var n = 0
        for s in 0..<Int.random(in: 1...3, using: &random) {
            var stage = Stage(id: "s\(s)", name: text(&random))
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                n += 1
                var touchpoint = Touchpoint(id: "t\(n)", name: text(&random))
                for lane in map.lanes where Int.random(in: 0..<4, using: &random) > 0 {
                    let items = (0..<Int.random(in: 0...3, using: &random)).map {
                        Item(id: "i\(n)\(lane.id)\($0)", text: text(&random), impact: Int.random(in: 1...5, using: &random),
                             votes: Int.random(in: 0...3, using: &random))
                    }
                    switch lane.kind {
                    case .painPoints: touchpoint.painPoints = items
                    case .opportunities: touchpoint.opportunities = items
                    case .quotes: touchpoint.quotes = items
                    case .emotion: touchpoint.emotion["p"] = Double(Int.random(in: -2...2, using: &random))
                    case .metrics: break
                    default: touchpoint.text[lane.id] = text(&random)
                    }
                }
                stage.touchpoints.append(touchpoint)
            }
            map.stages.append(stage)
        }
        return map
    }

    @Test func everyBandPrintsAsBefore() {
        var random = SeededRandom(seed: 14)
        for trial in 0..<150 {
            let map = Self.map(&random)
            let index = ColumnIndex(map)
            for width in [30, 47, 64, 100, 137] {
                let printer = MapPrinter(map: map, theme: ThemeCatalog.builtinDefault, width: width, color: trial % 3 == 0)
                let geometry = GridGeometry(width: printer.width)
                let perBand = geometry.columnsPerScreen
                for first in stride(from: 0, to: index.count, by: perBand) {
                    let columns = first..<min(index.count, first + perBand)
                    let printed = PrintOutput.text { printer.band(columns, index: index, geometry: geometry, into: &$0) }
                    let before = Self.referenceBand(printer, columns, index: index, geometry: geometry)
                    #expect(printed == before, "trial \(trial), width \(width), columns \(columns)")
                    if printed != before { return }
                }
            }
        }
    }

    /// Why a cut text is wrapped again rather than shared: cut, a run of
    /// spaces can lose the word after it, which wrapped whole shares a line.
    @Test func aCutTextCanWrapDifferently() {
        var touchpoint = Touchpoint(id: "t", name: "t")
        touchpoint.text["actions"] = "a" + String(repeating: " ", count: 90) + "b"
        let lane = Lane.defaults[0]
        let width = 15
        let whole = CellContent.lines(touchpoint, lane: lane, width: width)
        let cut = CellContent.lines(touchpoint, lane: lane, width: width,
                                    upTo: CellContent.columnsShown(width: width, height: whole.count))
        #expect(whole == ["a b"])
        #expect(cut == ["a"])
    }
}

/// Simple text (a column a scalar, nothing to escape) is wrapped by bytes:
/// it must wrap as a character at a time does.
@Suite struct SimpleWrapLawTests {
    static let pieces = ["a", "word", "“", "”", "—", "›", "·", "é", "½", "×", "─┼", "• ", " ", "   ", "Ü", "ÿ",
                         String(repeating: "—", count: 23), String(repeating: "x", count: 31), "日本", "e\u{301}", "\t", "\u{7}"]

    @Test func simpleTextWrapsAsCharactersDo() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...14, using: &random)).map { _ in
                Self.pieces.randomElement(using: &random)!
            }.joined()
            for width in [1, 2, 3, 7, 15, 40] {
                #expect(TextWrap.wrap(text, width: width) == TextWrap.wrapCharacters(text, width: width), "\(text) at \(width)")
            }
        }
    }
}
