/// Printed text on its way out (`journey show`): lines go in as UTF-8 and
/// leave in large chunks as they are made, so printing a big map holds one
/// chunk of its text in memory, never all of it.
public struct PrintOutput {
    /// Receives each chunk; the bytes are valid only during the call.
    public typealias Sink = (UnsafeRawBufferPointer) -> Void

    var bytes: [UInt8] = []
    /// Where the line being written starts in `bytes`.
    var lineStart = 0
    let chunkSize: Int
    let sink: Sink
    /// While set, blank lines are dropped: a part printed on its own does not open with a gap.
    public var dropsLeadingBlankLines = false

    public init(chunkSize: Int = 1 << 16, sink: @escaping Sink) {
        self.chunkSize = chunkSize
        self.sink = sink
        bytes.reserveCapacity(min(chunkSize, 1 << 20) + 4096)
    }

    /// Collects everything printed into one string (for tests and small texts).
    public static func text(_ print: (inout PrintOutput) -> Void) -> String {
        var collected: [UInt8] = []
        var output = PrintOutput { collected.append(contentsOf: $0) }
        print(&output)
        output.flush()
        return String(decoding: collected, as: UTF8.self)
    }

    /// One line; the newline is added.
    public mutating func line(_ text: String) {
        append(text)
        endLine()
    }

    public mutating func lines(_ texts: [String]) {
        for text in texts { line(text) }
    }

    /// Part of a line; `endLine` ends it.
    mutating func append(_ text: String) {
        let utf8 = text.utf8
        // Most cells hold one ASCII character: no copy through a buffer for those.
        if utf8.count == 1 { bytes.append(utf8.first!) } else { bytes.append(contentsOf: utf8) }
    }

    mutating func append(_ grapheme: Grapheme) {
        grapheme.appendUTF8(to: &bytes)
    }

    /// The cells' text. A cell of one scalar (almost every cell) is encoded
    /// straight into room for the rest of the row, copied out in one go.
    mutating func append(_ cells: ArraySlice<Cell>) {
        cells.withUnsafeBufferPointer { cells in
            var next = 0
            while next < cells.count {
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: (cells.count - next) * 4) { room in
                    var end = 0
                    while next < cells.count, cells[next].grapheme.encode(into: room, at: &end) { next += 1 }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: room[..<end]))
                }
                // A text of several scalars, from the shared table.
                if next < cells.count {
                    append(cells[next].grapheme)
                    next += 1
                }
            }
        }
    }

    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Complete lines, already UTF-8.
    mutating func append(lines: [UInt8]) {
        bytes.append(contentsOf: lines)
        lineStart = bytes.count
        if bytes.count >= chunkSize { flush() }
    }

    mutating func endLine() {
        if dropsLeadingBlankLines {
            guard bytes.count > lineStart else { return }
            dropsLeadingBlankLines = false
        }
        bytes.append(0x0A)
        if bytes.count >= chunkSize { flush() }
        lineStart = bytes.count
    }

    public mutating func flush() {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes(sink)
        bytes.removeAll(keepingCapacity: true)
        lineStart = 0
    }
}
