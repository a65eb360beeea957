import Synchronization

/// What one screen cell shows, as a plain number: the Unicode scalar itself
/// when the cell's text is one scalar (almost every cell), a number from
/// `GraphemeTable` when it is more (an emoji sequence, a letter and its
/// marks), or `continuation` for the second column of a wide character. A
/// frame of these is copied, compared and freed without reference counting.
public struct Grapheme: Hashable, Sendable {
    let code: UInt32

    /// Scalars end at U+10FFFF; codes past it are not scalars.
    static let continuation = Grapheme(code: 0x11_0000)
    /// The first of the table's codes.
    static let firstInterned: UInt32 = 0x11_0001

    static let space = Grapheme(" ")

    init(code: UInt32) { self.code = code }

    init(_ scalar: Unicode.Scalar) { code = scalar.value }

    init(_ character: Character) {
        let scalars = character.unicodeScalars
        if scalars.count == 1 { self.init(scalars.first!) } else { self.init(interning: String(character)) }
    }

    /// The empty text is the continuation of a wide character.
    init(_ text: String) {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { self = .continuation; return }
        if scalars.next() == nil { self.init(first) } else { self.init(interning: text) }
    }

    private init(interning text: String) {
        self.init(code: Self.firstInterned + GraphemeTable.shared.number(of: text))
    }

    /// The single scalar shown, if the text is one.
    public var scalar: Unicode.Scalar? { code < Self.continuation.code ? Unicode.Scalar(code) : nil }

    var text: String {
        if let scalar { return String(scalar) }
        if self == .continuation { return "" }
        return GraphemeTable.shared.text(code - Self.firstInterned)
    }

    /// This text with `character` after it (a mark joining the character in the cell).
    func appending(_ character: Character) -> Grapheme {
        Grapheme(text + String(character))
    }

    /// Writes a scalar's UTF-8 at `end` (which must have room for four
    /// bytes) and moves `end` past it; a continuation writes nothing. False,
    /// writing nothing, for a text of several scalars (see `appendUTF8`).
    /// Written out rather than through `UTF8.encode`, whose scalar check and
    /// closure cost 5% more instructions in `journey show` (157 M -> 166 M).
    func encode(into buffer: UnsafeMutableBufferPointer<UInt8>, at end: inout Int) -> Bool {
        let c = code
        switch c {
        case ..<0x80:
            buffer[end] = UInt8(truncatingIfNeeded: c)
            end += 1
        case ..<0x800:
            buffer[end] = UInt8(truncatingIfNeeded: 0xC0 | c >> 6)
            buffer[end + 1] = UInt8(truncatingIfNeeded: 0x80 | c & 0x3F)
            end += 2
        case ..<0x1_0000:
            buffer[end] = UInt8(truncatingIfNeeded: 0xE0 | c >> 12)
            buffer[end + 1] = UInt8(truncatingIfNeeded: 0x80 | c >> 6 & 0x3F)
            buffer[end + 2] = UInt8(truncatingIfNeeded: 0x80 | c & 0x3F)
            end += 3
        case ..<Self.continuation.code:
            buffer[end] = UInt8(truncatingIfNeeded: 0xF0 | c >> 18)
            buffer[end + 1] = UInt8(truncatingIfNeeded: 0x80 | c >> 12 & 0x3F)
            buffer[end + 2] = UInt8(truncatingIfNeeded: 0x80 | c >> 6 & 0x3F)
            buffer[end + 3] = UInt8(truncatingIfNeeded: 0x80 | c & 0x3F)
            end += 4
        default:
            return self == .continuation
        }
        return true
    }

    /// The text as UTF-8 at the end of `bytes`, without making a String for a scalar.
    func appendUTF8(to bytes: inout [UInt8]) {
        let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { room in
            var end = 0
            guard encode(into: room, at: &end) else { return false }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: room[..<end]))
            return true
        }
        if !written { GraphemeTable.shared.appendUTF8(of: code - Self.firstInterned, to: &bytes) }
    }
}

/// The texts of more than one scalar that cells have shown, each numbered
/// once for the life of the process; shared by every grid (the printer
/// paints bands on several threads), so cells of any two grids compare by
/// number. Only new texts are added, so it grows with the different
/// clusters seen, not with the cells drawn.
final class GraphemeTable: Sendable {
    static let shared = GraphemeTable()

    private struct Texts {
        /// Keyed by the exact bytes: String's == would merge canonically
        /// equivalent texts (marks in another order), and a cell must show what it was given.
        var numbers: [[UInt8]: UInt32] = [:]
        var texts: [String] = []
    }

    private let state = Mutex(Texts())

    func number(of text: String) -> UInt32 {
        let bytes = Array(text.utf8)
        return state.withLock { state in
            if let known = state.numbers[bytes] { return known }
            let number = UInt32(state.texts.count)
            state.numbers[bytes] = number
            state.texts.append(text)
            return number
        }
    }

    func text(_ number: UInt32) -> String {
        state.withLock { $0.texts[Int(number)] }
    }

    func appendUTF8(of number: UInt32, to bytes: inout [UInt8]) {
        state.withLock { bytes.append(contentsOf: $0.texts[Int(number)].utf8) }
    }
}
