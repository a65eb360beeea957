import JourneyTestSupport
@testable import JourneyView
import Testing

/// `CellGrid.changes(from:)`: the cells a terminal writes for a new frame
/// (`NcursesTerminal` writes them; `HeadlessTerminal` applies them to its copy).
@Suite struct ScreenChangesTests {
    static let bold = Style(attributes: .bold)

    static func grid(_ rows: [String], width: Int = 8) -> CellGrid {
        var grid = CellGrid(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { grid.put(row, x: 0, y: y, style: .plain) }
        return grid
    }

    /// Each run as "x,y:text", the text of a continuation cell empty.
    static func runs(_ changes: ScreenChanges) -> [String] {
        changes.runs.map { "\($0.x),\($0.y):" + $0.cells.map(\.text).joined() }
    }

    @Test func identicalFramesChangeNothing() {
        let frame = Self.grid(["journey", "map 界"])
        let changes = frame.changes(from: frame)
        #expect(!changes.erasesFirst && changes.runs.isEmpty && changes.cursor == nil)
    }

    @Test func oneChangedCellIsOneRun() {
        let before = Self.grid(["journey", "map"])
        var after = before
        after.put("M", x: 0, y: 1, style: .plain)
        let changes = after.changes(from: before)
        #expect(!changes.erasesFirst)
        #expect(Self.runs(changes) == ["0,1:M"])
        #expect(changes.runs[0].columns == 0..<1)
    }

    @Test func neighbouringChangesAreOneRunAndAGapSplitsThem() {
        let before = Self.grid(["abcdefgh"])
        var after = before
        after.put("XY", x: 1, y: 0, style: .plain)
        after.put("Z", x: 5, y: 0, style: .plain)
        #expect(Self.runs(after.changes(from: before)) == ["1,0:XY", "5,0:Z"])
        after.put("d", x: 3, y: 0, style: .plain)
        #expect(Self.runs(after.changes(from: before)) == ["1,0:XY", "5,0:Z"], "a cell put back as it was is not written")
    }

    @Test func aWideCharacterComesWithItsContinuationCell() {
        let before = Self.grid(["abcdefgh"])
        let after = Self.grid(["ab界efgh"])
        let changes = after.changes(from: before)
        #expect(Self.runs(changes) == ["2,0:界"])
        #expect(changes.runs[0].cells.count == 2 && changes.runs[0].cells.last?.isContinuation == true)
    }

    @Test func aWideCharacterIsWrittenAgainWhenOnlyItsContinuationCellChanged() {
        let before = Self.grid(["ab界efgh"])
        var after = before
        after[3, 0] = Cell(Cell.continuation, style: Self.bold)
        #expect(Self.runs(after.changes(from: before)) == ["2,0:界"])
        // The cell after the pair changing leaves the pair alone.
        var next = before
        next.put("E", x: 4, y: 0, style: .plain)
        #expect(Self.runs(next.changes(from: before)) == ["4,0:E"])
    }

    @Test func aNarrowCharacterOverAWideOneIsWritten() {
        let before = Self.grid(["ab界efgh"])
        let after = Self.grid(["abcdefgh"])
        #expect(Self.runs(after.changes(from: before)) == ["2,0:cd"])
    }

    @Test func aGraphemeOfSeveralScalarsIsOneCell() {
        let before = Self.grid(["cafe"])
        let after = Self.grid(["cafe\u{301}"])
        let changes = after.changes(from: before)
        #expect(Self.runs(changes) == ["3,0:e\u{301}"])
        #expect(changes.runs[0].cells.count == 1)
    }

    @Test func aChangeOfStyleAloneIsWrittenWithTheNewStyle() {
        let before = Self.grid(["journey"])
        var after = before
        after.restyle(x: 1, y: 0, width: 3, height: 1) { $0.adding(.reverse) }
        let changes = after.changes(from: before)
        #expect(Self.runs(changes) == ["1,0:our"])
        #expect(changes.runs[0].cells.allSatisfy { $0.style == Style(attributes: .reverse) })
    }

    @Test func anotherSizeOrNoScreenYetErasesAndWritesEveryCell() {
        let frame = Self.grid(["ab界", "cd"], width: 5)
        for previous in [nil, Self.grid(["ab界"], width: 5), Self.grid(["ab界", "cd"], width: 6)] {
            let changes = frame.changes(from: previous)
            #expect(changes.erasesFirst)
            #expect(changes.runs.map(\.y) == [0, 1] && changes.runs.allSatisfy { $0.columns == 0..<5 })
            #expect(Array(changes.runs.flatMap(\.cells)) == frame.cells)
        }
    }

    @Test func theCursorGoesWithTheChangesEvenWhenNoCellChanged() {
        let before = Self.grid(["journey"])
        var after = before
        after.cursor = GridPoint(x: 3, y: 0)
        let changes = after.changes(from: before)
        #expect(changes.runs.isEmpty && changes.cursor == GridPoint(x: 3, y: 0))
        #expect(before.changes(from: after).cursor == nil)
    }

    /// Law: for random frames a and b, applying b's changes from a to a
    /// screen showing a shows b; the runs hold every cell that differs, and
    /// besides those only wide characters whose continuation cell differs.
    @Test func applyingTheChangesFromAFrameGivesTheNewFrame() {
        var random = SeededRandom(seed: 26)
        for _ in 0..<3000 {
            let width = Int.random(in: 1...24, using: &random)
            let height = Int.random(in: 1...4, using: &random)
            let a = Self.randomFrame(from: CellGrid(width: width, height: height), &random)
            let b: CellGrid
            switch Int.random(in: 0..<10, using: &random) {
            case 0: b = Self.randomFrame(from: CellGrid(width: Int.random(in: 0...24, using: &random),
                                                        height: Int.random(in: 0...4, using: &random)), &random)
            case 1: b = a
            default: b = Self.randomFrame(from: a, &random)
            }
            let changes = b.changes(from: a)
            var screen = a
            screen.apply(changes)
            #expect(screen == b, "\(Self.runs(changes))\nfrom\n\(a.text)to\n\(b.text)")
            guard !changes.erasesFirst else {
                #expect(a.width != b.width || a.height != b.height)
                continue
            }
            var written = Set<Int>()
            for (n, run) in changes.runs.enumerated() {
                #expect(!run.cells.isEmpty)
                if n > 0, changes.runs[n - 1].y == run.y {
                    #expect(changes.runs[n - 1].columns.upperBound < run.x, "runs on a row are apart and in order")
                }
                for x in run.columns {
                    written.insert(run.y * width + x)
                    let wideChanged = x + 1 < width && b[x + 1, run.y].isContinuation && a[x + 1, run.y] != b[x + 1, run.y]
                    #expect(a[x, run.y] != b[x, run.y] || wideChanged, "(\(x), \(run.y)) is written but did not change")
                }
            }
            for i in b.cells.indices where a.cells[i] != b.cells[i] {
                #expect(written.contains(i), "cell \(i) changed but is not written")
            }
        }
    }

    /// Text put over `start`, some of it restyled, the cursor somewhere or nowhere.
    static func randomFrame(from start: CellGrid, _ random: inout SeededRandom) -> CellGrid {
        var grid = start
        for _ in 0..<Int.random(in: 0...6, using: &random) {
            let text = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                CompactCellLawTests.pieces.randomElement(using: &random)!
            }.joined()
            let style = Bool.random(using: &random) ? .plain : CompactCellLawTests.style(&random)
            grid.put(text, x: Int.random(in: -2...max(0, grid.width), using: &random),
                     y: Int.random(in: 0...max(0, grid.height - 1), using: &random), style: style)
        }
        if Int.random(in: 0..<4, using: &random) == 0 {
            let x = Int.random(in: 0...max(0, grid.width), using: &random)
            grid.restyle(x: x, y: 0, width: Int.random(in: 1...4, using: &random), height: grid.height) { $0.adding(.underline) }
        }
        if Bool.random(using: &random) {
            grid.cursor = GridPoint(x: Int.random(in: 0...max(0, grid.width - 1), using: &random),
                                    y: Int.random(in: 0...max(0, grid.height - 1), using: &random))
        }
        return grid
    }
}
