/// What a terminal must write to turn the screen it shows into a new frame:
/// per row, the runs of cells that changed, left to right, then where its
/// cursor goes. Made by `CellGrid.changes(from:)`; a real terminal writes the
/// runs, a test terminal applies them to its copy of the screen.
public struct ScreenChanges: Equatable, Sendable {
    /// The frame's size.
    public let width: Int
    public let height: Int
    /// Nothing is known of the screen (none shown yet, or another size): it
    /// is erased first, and every cell of the frame is in a run.
    public let erasesFirst: Bool
    /// Top to bottom, and left to right within a row.
    public let runs: [Run]
    /// Where the terminal's cursor shows, or nil to hide it.
    public let cursor: GridPoint?

    /// Neighbouring cells of one row to write. A wide character's
    /// continuation cell is in the run with it; the terminal writes only the
    /// character, which covers both cells.
    public struct Run: Equatable, Sendable {
        public let x: Int
        public let y: Int
        /// The new cells, each with its style.
        public let cells: ArraySlice<Cell>

        public var columns: Range<Int> { x..<x + cells.count }
    }
}

extension CellGrid {
    /// The cells to write so that a screen showing `previous` shows this
    /// frame. A cell is written when it differs from the one before, and a
    /// wide character also when its continuation cell does. Without a
    /// previous frame of the same size, everything is.
    public func changes(from previous: CellGrid?) -> ScreenChanges {
        let old = previous.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        guard let old else {
            let runs = width == 0 ? [] : (0..<height).map { y in
                ScreenChanges.Run(x: 0, y: y, cells: cells[y * width..<(y + 1) * width])
            }
            return ScreenChanges(width: width, height: height, erasesFirst: true, runs: runs, cursor: cursor)
        }
        var runs: [ScreenChanges.Run] = []
        for y in 0..<height {
            let row = y * width
            var start: Int?
            for x in 0..<width {
                let wide = x + 1 < width && cells[row + x + 1].isContinuation
                let same = old.cells[row + x] == cells[row + x] && (!wide || old.cells[row + x + 1] == cells[row + x + 1])
                if !same {
                    if start == nil { start = x }
                } else if let begin = start {
                    runs.append(ScreenChanges.Run(x: begin, y: y, cells: cells[row + begin..<row + x]))
                    start = nil
                }
            }
            if let begin = start { runs.append(ScreenChanges.Run(x: begin, y: y, cells: cells[row + begin..<row + width])) }
        }
        return ScreenChanges(width: width, height: height, erasesFirst: false, runs: runs, cursor: cursor)
    }

    /// Writes the changes into this grid, which showed the frame they were
    /// made from: afterwards it is the frame they were made for.
    public mutating func apply(_ changes: ScreenChanges) {
        if changes.erasesFirst || changes.width != width || changes.height != height {
            self = CellGrid(width: changes.width, height: changes.height)
        }
        for run in changes.runs {
            for (x, cell) in zip(run.columns, run.cells) { self[x, run.y] = cell }
        }
        cursor = changes.cursor
    }
}
