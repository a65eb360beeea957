/// A strict JSON parser (RFC 8259) over UTF-8 bytes: rejects duplicate keys,
/// invalid UTF-8 and nesting deeper than `maxDepth`, and reports where it
/// stopped as a line and column.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public var line: Int
    public var column: Int
    public var message: String
}

public struct JSONParser {
    public static let maxDepth = 256

    /// `maxDepth` is the nesting allowed: a document that holds a map's
    /// values inside its own (a journal record) allows for its own levels.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = maxDepth) throws(JSONSyntaxError) -> JSONValue {
        try withTape(bytes, maxDepth: maxDepth) { $0.value(0) }
    }

    /// The document checked and laid out flat, without making a value of it,
    /// for `body` to read: the tape lives only while `body` runs.
    package static func withTape<Result>(_ bytes: [UInt8], maxDepth: Int = maxDepth,
                                 _ body: (JSONTape) -> Result) throws(JSONSyntaxError) -> Result {
        try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
            var parser = Cursor(bytes: buffer)
            parser.maxDepth = maxDepth
            // About one value per 14 bytes in a map file: one growth at most.
            parser.nodes.reserveCapacity(buffer.count / 12 + 16)
            parser.skipWhitespace()
            try parser.value(depth: 0)
            parser.skipWhitespace()
            if parser.index < buffer.count {
                throw parser.error("unexpected text after the end of the document")
            }
            return parser.nodes.withUnsafeBufferPointer { body(JSONTape(bytes: buffer, nodes: $0)) }
        }
    }

    /// The text of a string already checked by the parser, its escapes undone.
    static func unescape(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> String {
        var cursor = Cursor(bytes: bytes)
        cursor.index = start
        // Checked when the document was read: it cannot fail now.
        return (try? cursor.escapedString()) ?? ""
    }

    /// Whether `text` is exactly one JSON number: what the writer may write
    /// as one, and the shape a typed number is held to.
    public static func isNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var cursor = Cursor(bytes: bytes)
            return (try? cursor.number()) != nil && cursor.index == bytes.count
        }
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var maxDepth = JSONParser.maxDepth
        var nodes: [JSONTape.Node] = []
        /// The keys of the objects being read, innermost last: their nodes.
        var keys: [Int] = []

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
            let end = min(offset ?? index, bytes.count)
            var line = 1
            var lineStart = 0
            for i in 0..<end where bytes[i] == UInt8(ascii: "\n") {
                line += 1
                lineStart = i + 1
            }
            let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self).count + 1
            return JSONSyntaxError(line: line, column: column, message: message)
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x0A, 0x0D, 0x09: index += 1
                default: return
                }
            }
        }

        mutating func value(depth: Int) throws(JSONSyntaxError) {
            guard let byte = current else { throw error("unexpected end of the document; expected a value") }
            let start = index
            switch byte {
            case UInt8(ascii: "{"): try object(depth: depth + 1)
            case UInt8(ascii: "["): try array(depth: depth + 1)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try literal("true"); leaf(.true, start)
            case UInt8(ascii: "f"): try literal("false"); leaf(.false, start)
            case UInt8(ascii: "n"): try literal("null"); leaf(.null, start)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number(); leaf(.number, start)
            default: throw error("unexpected character \(describe(byte)); expected a value")
            }
        }

        /// A value with nothing inside, from `start` to where the cursor is.
        mutating func leaf(_ kind: JSONTape.Kind, _ start: Int, flags: UInt8 = 0) {
            nodes.append(JSONTape.Node(kind: kind, flags: flags, start: UInt32(start), length: UInt32(index - start),
                                       end: UInt32(nodes.count + 1)))
        }

        /// Opens a container at its bracket: its node, finished by `close` once its contents are
        /// read; nil when the container is empty, closed already and its closing bracket passed.
        mutating func open(_ kind: JSONTape.Kind, closedBy bracket: UInt8, depth: Int) throws(JSONSyntaxError) -> Int? {
            if depth > maxDepth { throw error("nesting deeper than \(maxDepth) levels") }
            nodes.append(JSONTape.Node(kind: kind, flags: 0, start: UInt32(index), length: 0, end: 0))
            let node = nodes.count - 1
            index += 1
            skipWhitespace()
            if current == bracket { index += 1; close(node, count: 0); return nil }
            return node
        }

        mutating func close(_ node: Int, count: Int) {
            nodes[node].length = UInt32(count)
            nodes[node].end = UInt32(nodes.count)
        }

        func describe(_ byte: UInt8) -> String {
            if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
            return "byte 0x" + String(byte, radix: 16, uppercase: true)
        }

        mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
            let start = index
            let count = word.utf8CodeUnitCount
            let matches = index + count <= bytes.count
                && (0..<count).allSatisfy { bytes[index + $0] == word.utf8Start[$0] }
            guard matches else { throw error("unexpected text; expected a value", at: start) }
            index += count
        }

        mutating func object(depth: Int) throws(JSONSyntaxError) {
            guard let node = try open(.object, closedBy: UInt8(ascii: "}"), depth: depth) else { return }
            // A duplicate is reported as soon as its value is read: by a look
            // along the few keys so far, or, in a large object, in a set made
            // as it grows.
            // A file journey wrote has its keys in order: while each is plain
            // ASCII and sorts after the one before, none can be a repeat.
            let mark = keys.count
            defer { keys.removeSubrange(mark...) }
            var large: Set<String>?
            var inOrder = true
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw error("expected a key in double quotes") }
                let keyStart = index
                let key = nodes.count
                try string()
                skipWhitespace()
                guard current == UInt8(ascii: ":") else {
                    throw error("expected ':' after the key \"\(JSONTape.text(of: nodes[key], in: bytes))\"")
                }
                index += 1
                skipWhitespace()
                try value(depth: depth)
                if large != nil {
                    let text = JSONTape.text(of: nodes[key], in: bytes)
                    if !large!.insert(text).inserted { throw error("duplicate key \"\(text)\"", at: keyStart) }
                } else if inOrder && JSONTape.isPlain(nodes[key], after: keys.count > mark ? nodes[keys[keys.count - 1]] : nil, in: bytes) {
                    keys.append(key)
                } else {
                    inOrder = false
                    for earlier in keys[mark...] where JSONTape.sameKey(nodes[earlier], nodes[key], in: bytes) {
                        throw error("duplicate key \"\(JSONTape.text(of: nodes[key], in: bytes))\"", at: keyStart)
                    }
                    keys.append(key)
                    if keys.count - mark > 16 {
                        large = Set(keys[mark...].map { JSONTape.text(of: nodes[$0], in: bytes) })
                    }
                }
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "}"):
                    index += 1
                    close(node, count: large?.count ?? keys.count - mark)
                    return
                case nil: throw error("unexpected end of the document; expected ',' or '}'")
                default: throw error("expected ',' or '}' after an object member")
                }
            }
        }

        mutating func array(depth: Int) throws(JSONSyntaxError) {
            guard let node = try open(.array, closedBy: UInt8(ascii: "]"), depth: depth) else { return }
            var count = 0
            while true {
                skipWhitespace()
                try value(depth: depth)
                count += 1
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "]"): index += 1; close(node, count: count); return
                case nil: throw error("unexpected end of the document; expected ',' or ']'")
                default: throw error("expected ',' or ']' after an array element")
                }
            }
        }

        mutating func number() throws(JSONSyntaxError) {
            if current == UInt8(ascii: "-") { index += 1 }
            guard let first = current, isDigit(first) else { throw error("expected a digit in a number") }
            index += 1
            if first != UInt8(ascii: "0") { skipDigits() }
            if current == UInt8(ascii: ".") {
                index += 1
                guard let d = current, isDigit(d) else { throw error("expected a digit after '.'") }
                skipDigits()
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard let d = current, isDigit(d) else { throw error("expected a digit in the exponent") }
                skipDigits()
            }
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

        mutating func skipDigits() {
            while let byte = current, isDigit(byte) { index += 1 }
        }

        /// Checks a string and leaves its node: where its text is, and whether
        /// that text is plain ASCII or needs more work to become a String.
        mutating func string() throws(JSONSyntaxError) {
            let start = index
            index += 1
            let contentStart = index
            var high: UInt64 = 0
            while index < bytes.count {
                skipPlainText(orInto: &high)
                guard index < bytes.count else { break }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let raw = UnsafeBufferPointer(rebasing: bytes[contentStart..<index])
                    let nonASCII = high & Self.eachByte(0x80) != 0
                    // ASCII is valid UTF-8 as it is: the quick way in, with nothing to check.
                    if nonASCII { _ = try validated(raw, at: contentStart) }
                    leaf(.string, contentStart, flags: nonASCII ? JSONTape.nonASCII : 0)
                    index += 1
                    return
                }
                high |= UInt64(byte)
                if byte == UInt8(ascii: "\\") {
                    index = contentStart
                    _ = try escapedString()
                    nodes.append(JSONTape.Node(kind: .string, flags: JSONTape.escaped, start: UInt32(contentStart),
                                               length: UInt32(index - 1 - contentStart), end: UInt32(nodes.count + 1)))
                    return
                }
                if byte < 0x20 { throw error("control character in a string; write it as an escape such as \\n") }
                index += 1
            }
            throw error("a string is not closed", at: start)
        }

        /// A word with `byte` in each of its eight bytes.
        static func eachByte(_ byte: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(byte) }

        /// Steps over a string's text eight bytes at a time up to the first
        /// byte that ends it, starts an escape or is a control character,
        /// ORing the bytes it passes into `high`. Such a byte is found a word
        /// at a time: it is zero (after an XOR) or below 0x20, where
        /// subtracting borrows into its top bit while its own top bit is
        /// clear; the lowest such bit is the first such byte.
        mutating func skipPlainText(orInto high: inout UInt64) {
            let ones = Self.eachByte(1)
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                let quote = word ^ Self.eachByte(UInt8(ascii: "\""))
                let backslash = word ^ Self.eachByte(UInt8(ascii: "\\"))
                let stops = (((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
                             | ((word &- Self.eachByte(0x20)) & ~word)) & Self.eachByte(0x80)
                if stops != 0 {
                    let plain = stops.trailingZeroBitCount / 8
                    high |= word & ((1 << (plain * 8)) &- 1)
                    index += plain
                    return
                }
                high |= word
                index += 8
            }
        }

        func validated(_ raw: UnsafeBufferPointer<UInt8>, at offset: Int) throws(JSONSyntaxError) -> String {
            guard let text = String(validating: raw, as: UTF8.self) else {
                throw error("text is not valid UTF-8", at: offset)
            }
            return text
        }

        mutating func escapedString() throws(JSONSyntaxError) -> String {
            var out: [UInt8] = []
            let contentStart = index
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return try out.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
                        try validated(buffer, at: contentStart)
                    }
                case UInt8(ascii: "\\"):
                    index += 1
                    guard let escape = current else { break }
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"): try unicodeEscape(into: &out)
                    default: throw error("unknown escape \\\(Character(Unicode.Scalar(escape)))", at: index - 2)
                    }
                case 0..<0x20:
                    throw error("control character in a string; write it as an escape such as \\n")
                default:
                    out.append(byte)
                    index += 1
                }
            }
            throw error("a string is not closed", at: contentStart - 1)
        }

        mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
            guard index + 4 <= bytes.count else { throw error("expected four hex digits after \\u") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw error("expected four hex digits after \\u")
                }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }

        mutating func unicodeEscape(into out: inout [UInt8]) throws(JSONSyntaxError) {
            var code = try hex4()
            if (0xD800..<0xDC00).contains(code) {
                guard index + 2 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error("a \\u escape holds half of a surrogate pair")
                }
                index += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw error("a \\u escape holds half of a surrogate pair") }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(code) {
                throw error("a \\u escape holds half of a surrogate pair")
            }
            guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape") }
            out.append(contentsOf: String(Character(scalar)).utf8)
        }
    }
}
