/// Writes JSON the way a map file should look in `git diff`: keys sorted,
/// two-space indent, one value per line, a newline at the end. Refuses to
/// write a number JSON cannot hold (nan, inf), so what it writes always parses.
public enum JSONWriter {
    public struct Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        /// The number as it would have been written.
        public var lexeme: String
        public var description: String { "cannot write the number \(lexeme): JSON holds finite numbers only" }
    }

    public static func write(_ value: JSONValue) throws(Refusal) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        try write(value, indent: 0, into: &out)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// The same JSON on one line, with no final newline (for journal records).
    public static func compact(_ value: JSONValue) throws(Refusal) -> [UInt8] {
        var out: [UInt8] = []
        try write(value, indent: nil, into: &out)
        return out
    }

    private static func newline(_ indent: Int?, _ out: inout [UInt8]) {
        guard let indent else { return }
        out.append(UInt8(ascii: "\n"))
        appendSpaces(indent, to: &out)
    }

    private static let spaces: StaticString = "                                                                "

    /// An indent, copied from a row of spaces: appending a repeated element
    /// goes a byte at a time, and a static array is retained for each use.
    package static func appendSpaces(_ count: Int, to out: inout [UInt8]) {
        spaces.withUTF8Buffer { row in
            var left = count
            while left > 0 {
                let run = min(left, row.count)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: row[..<run]))
                left -= run
            }
        }
    }

    private static func deeper(_ indent: Int?) -> Int? { indent.map { $0 + 2 } }

    package static func write(_ value: JSONValue, indent: Int?, into out: inout [UInt8]) throws(Refusal) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text):
            guard JSONParser.isNumber(text) else { throw Refusal(lexeme: text) }
            out.append(contentsOf: text.utf8)
        case .string(let text): writeString(text, into: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(deeper(indent), &out)
                try write(item, indent: deeper(indent), into: &out)
            }
            newline(indent, &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            // The members' places sorted by key: no copies of the values, no second look-up.
            for (i, place) in members.indices.sorted(by: { members[$0].key < members[$1].key }).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(deeper(indent), &out)
                writeString(members[place].key, into: &out)
                out.append(contentsOf: (indent == nil ? ":" : ": ").utf8)
                try write(members[place].value, indent: deeper(indent), into: &out)
            }
            newline(indent, &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    package static let hexDigits = Array("0123456789abcdef".utf8)

    package static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Runs that need no escape go out whole; only the rest byte by byte.
            var start = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                escape(byte, into: &out)
                start = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8, into out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
        case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
        case 0x0A: out.append(contentsOf: "\\n".utf8)
        case 0x0D: out.append(contentsOf: "\\r".utf8)
        case 0x09: out.append(contentsOf: "\\t".utf8)
        case 0..<0x20, 0x7F:
            out.append(contentsOf: "\\u00".utf8)
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0xF)])
        default: out.append(byte)
        }
    }
}
