import JourneyCore

/// One screen cell: a grapheme and its style. A wide character fills its
/// first cell; the cell after it holds `Cell.continuation`.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let continuation = ""
    public var isContinuation: Bool { text.isEmpty }
}

/// A position on the screen, in columns and rows.
public struct GridPoint: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// A frame: width × height cells, drawn by the view, handed to a terminal.
public struct CellGrid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor should show (while typing), or nil to hide it.
    public var cursor: GridPoint?

    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(" ", style: style), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Writes text from (x, y), clipped to `maxWidth` columns and the grid.
    /// Control characters are shown escaped. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(x + (maxWidth ?? width), width)
        var column = x
        // Printable ASCII, most of a map's text, is a cell a byte with nothing
        // to escape or measure; the rest from the first other byte goes the long way.
        var asciiBytes = 0
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F else { break }
            guard column < limit else { return column - x }
            if column >= 0 { cells[y * width + column] = Cell(Self.ascii[Int(byte)], style: style) }
            column += 1
            asciiBytes += 1
        }
        let rest = text.utf8.index(text.utf8.startIndex, offsetBy: asciiBytes)
        guard rest < text.utf8.endIndex else { return column - x }
        // Escaped a character at a time, so a long text costs only what fits.
        for character in text[rest...].lazy.flatMap({ DisplayText.escaped(String($0)) }) {
            let w = TextWidth.of(character)
            if w == 0 {
                if column > x, column - 1 >= 0, column - 1 < width {
                    var previous = column - 1
                    while previous > 0 && cells[y * width + previous].isContinuation { previous -= 1 }
                    cells[y * width + previous].text.append(character)
                }
                continue
            }
            if column + w > limit {
                while column < limit { self[column, y] = Cell(" ", style: style); column += 1 }
                break
            }
            if column >= 0 {
                self[column, y] = Cell(String(character), style: style)
                if w == 2 { self[column + 1, y] = Cell(Cell.continuation, style: style) }
            }
            column += w
        }
        return column - x
    }

    /// Rows of another grid of the same width, in place of these.
    public mutating func copyRows(_ rows: Range<Int>, from other: CellGrid) {
        let rows = rows.clamped(to: 0..<min(height, other.height))
        guard other.width == width, !rows.isEmpty else { return }
        let range = rows.lowerBound * width..<rows.upperBound * width
        cells.replaceSubrange(range, with: other.cells[range])
    }

    /// Each ASCII character as a one-character text, made once.
    private static let ascii: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with text: String = " ", style: Style) {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) {
                self[column, row] = Cell(text, style: style)
            }
        }
    }

    /// Replaces the style of a rectangle, keeping its text.
    public mutating func restyle(x: Int, y: Int, width w: Int, height h: Int, _ transform: (Style) -> Style) {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) {
                cells[row * width + column].style = transform(cells[row * width + column].style)
            }
        }
    }

    /// The text of each row, trailing spaces removed.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                line += cells[row * width + column].text
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") + "\n" }
}
