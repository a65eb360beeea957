/// A patch of cells drawn in braille: each cell is 2 dots wide and 4 tall
/// (U+2800–U+28FF), so a line can move a quarter of a row. Each dot is set
/// for a persona; a cell holding dots of two personas keeps them all (the
/// OR of their bits) and belongs to neither (`shared`).
struct BrailleCanvas {
    let width: Int
    let height: Int
    private(set) var bits: [UInt8]
    private(set) var owners: [Int]

    static let empty = -1
    static let shared = -2
    /// The bit of the dot at (column, row) in a cell, as Unicode numbers the dots 1–8.
    static let dotBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        bits = Array(repeating: 0, count: self.width * self.height)
        owners = Array(repeating: Self.empty, count: self.width * self.height)
    }

    var dotWidth: Int { width * 2 }
    var dotHeight: Int { height * 4 }

    /// Sets a dot; dots off the canvas are left out, so lines may run past its edges.
    mutating func set(x: Int, y: Int, owner: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let cell = (y / 4) * width + x / 2
        bits[cell] |= Self.dotBits[x % 2][y % 4]
        owners[cell] = owners[cell] == Self.empty || owners[cell] == owner ? owner : Self.shared
    }

    /// The braille glyph of a cell, nil where it has no dot.
    func glyph(x: Int, y: Int) -> Unicode.Scalar? {
        let value = bits[y * width + x]
        return value == 0 ? nil : Unicode.Scalar(0x2800 + UInt32(value))
    }

    /// The persona whose dots the cell holds, or `shared`.
    func owner(x: Int, y: Int) -> Int { owners[y * width + x] }
}
