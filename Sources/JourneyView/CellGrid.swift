import JourneyCore

/// One screen cell: a grapheme and its style, a plain value of eight bytes.
/// A wide character fills its first cell; the cell after it holds
/// `Cell.continuation`.
public struct Cell: Equatable, Sendable {
    public var grapheme: Grapheme
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.init(Grapheme(text), style: style)
    }

    public init(_ grapheme: Grapheme, style: Style = .plain) {
        self.grapheme = grapheme
        self.style = style
    }

    public var text: String {
        get { grapheme.text }
        set { grapheme = Grapheme(newValue) }
    }

    public static let continuation = ""
    public var isContinuation: Bool { grapheme == .continuation }
}

/// A position on the screen, in columns and rows.
public struct GridPoint: Equatable, Sendable {
    public var x: Int
    public var y: Int
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
        cells = Array(repeating: Cell(.space, style: style), count: self.width * self.height)
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
        // Printable ASCII, most of a map's text, and the box drawing the grid
        // is made of are a cell a scalar with nothing to escape or measure; the
        // rest from the first other scalar goes the long way.
        var simpleBytes = 0
        for scalar in text.unicodeScalars {
            guard Self.isSimple(scalar.value) else { break }
            guard column < limit else { return column - x }
            if column >= 0 { cells[y * width + column] = Cell(Grapheme(scalar), style: style) }
            column += 1
            simpleBytes += UTF8.width(scalar)
        }
        let rest = text.utf8.index(text.utf8.startIndex, offsetBy: simpleBytes)
        guard rest < text.utf8.endIndex else { return column - x }
        // Escaped a character at a time, so a long text costs only what fits.
        for character in DisplayText.escapedCharacters(text[rest...]) {
            let w = TextWidth.of(character)
            if w == 0 {
                if column > x, column - 1 >= 0, column - 1 < width {
                    var previous = column - 1
                    while previous > 0 && cells[y * width + previous].isContinuation { previous -= 1 }
                    cells[y * width + previous].grapheme = cells[y * width + previous].grapheme.appending(character)
                }
                continue
            }
            if column + w > limit {
                while column < limit { self[column, y] = Cell(.space, style: style); column += 1 }
                break
            }
            if column >= 0 {
                self[column, y] = Cell(Grapheme(character), style: style)
                if w == 2 { self[column + 1, y] = Cell(.continuation, style: style) }
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

    /// A scalar that is a character of one column on its own: shown as it
    /// is, never joined to the one before it, and never starting an emoji
    /// sequence (so a mark or joiner after it is left to the long way).
    static func isSimple(_ value: UInt32) -> Bool {
        switch value {
        case 0x20..<0x7F: true
        case 0xA0...0x2FF: value != 0xA9 && value != 0xAD && value != 0xAE
        case 0x2010...0x2027, 0x2030...0x203B, 0x203D...0x2048, 0x204A...0x205E: true
        case 0x2500...0x25A9, 0x25AC...0x25B5, 0x25B7...0x25BF, 0x25C1...0x25FA: true
        default: false
        }
    }

    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with text: String = " ", style: Style) {
        let cell = Cell(text, style: style)
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) { cells[row * width + column] = cell }
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
            var bytes: [UInt8] = []
            for cell in cells[row * width..<(row + 1) * width] { cell.grapheme.appendUTF8(to: &bytes) }
            var line = String(decoding: bytes, as: UTF8.self)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") + "\n" }
}
