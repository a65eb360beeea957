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

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
            var parser = Cursor(bytes: buffer)
            parser.skipWhitespace()
            let value = try parser.value(depth: 0)
            parser.skipWhitespace()
            if parser.index < buffer.count {
                throw parser.error("unexpected text after the end of the document")
            }
            return value
        }
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
        /// The members of the objects being read, innermost last, with where each key starts.
        var members: [(String, JSONValue, Int)] = []
        /// The elements of the arrays being read, innermost last.
        var elements: [JSONValue] = []

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

        mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            guard let byte = current else { throw error("unexpected end of the document; expected a value") }
            switch byte {
            case UInt8(ascii: "{"): return try object(depth: depth + 1)
            case UInt8(ascii: "["): return try array(depth: depth + 1)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default: throw error("unexpected character \(describe(byte)); expected a value")
            }
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

        mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            if depth > JSONParser.maxDepth { throw error("nesting deeper than \(JSONParser.maxDepth) levels") }
            index += 1
            skipWhitespace()
            if current == UInt8(ascii: "}") { index += 1; return .object([:]) }
            // Members wait on a stack shared by every object, so the dictionary
            // is made once at its final size instead of growing member by member.
            // A duplicate is still reported as soon as its value is read: by a
            // look along the few members so far, or, in a large object, in a
            // dictionary made as it grows.
            let mark = members.count
            defer { members.removeSubrange(mark...) }
            var large: [String: JSONValue]?
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw error("expected a key in double quotes") }
                let keyStart = index
                let key = try string()
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { throw error("expected ':' after the key \"\(key)\"") }
                index += 1
                skipWhitespace()
                let member = try value(depth: depth)
                if large != nil {
                    if large!.updateValue(member, forKey: key) != nil { throw error("duplicate key \"\(key)\"", at: keyStart) }
                } else {
                    for earlier in members[mark...] where earlier.0 == key {
                        throw error("duplicate key \"\(key)\"", at: keyStart)
                    }
                    members.append((key, member, keyStart))
                    if members.count - mark > 16 {
                        large = Dictionary(uniqueKeysWithValues: members[mark...].lazy.map { ($0.0, $0.1) })
                    }
                }
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "}"):
                    index += 1
                    if let large { return .object(large) }
                    var result = [String: JSONValue](minimumCapacity: members.count - mark)
                    for (key, member, _) in members[mark...] { result[key] = member }
                    return .object(result)
                case nil: throw error("unexpected end of the document; expected ',' or '}'")
                default: throw error("expected ',' or '}' after an object member")
                }
            }
        }

        mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            if depth > JSONParser.maxDepth { throw error("nesting deeper than \(JSONParser.maxDepth) levels") }
            index += 1
            skipWhitespace()
            if current == UInt8(ascii: "]") { index += 1; return .array([]) }
            // As for objects: elements wait on a shared stack, the array is made at its size.
            let mark = elements.count
            defer { elements.removeSubrange(mark...) }
            while true {
                skipWhitespace()
                elements.append(try value(depth: depth))
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "]"): index += 1; return .array(Array(elements[mark...]))
                case nil: throw error("unexpected end of the document; expected ',' or ']'")
                default: throw error("expected ',' or ']' after an array element")
                }
            }
        }

        mutating func number() throws(JSONSyntaxError) -> String {
            let start = index
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
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

        mutating func skipDigits() {
            while let byte = current, isDigit(byte) { index += 1 }
        }

        mutating func string() throws(JSONSyntaxError) -> String {
            let start = index
            index += 1
            let contentStart = index
            var high: UInt8 = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let raw = UnsafeBufferPointer(rebasing: bytes[contentStart..<index])
                    index += 1
                    // ASCII is valid UTF-8 as it is: the quick way in, with nothing to check.
                    if high < 0x80 { return String(decoding: raw, as: UTF8.self) }
                    return try validated(raw, at: contentStart)
                }
                high |= byte
                if byte == UInt8(ascii: "\\") {
                    index = contentStart
                    return try escapedString()
                }
                if byte < 0x20 { throw error("control character in a string; write it as an escape such as \\n") }
                index += 1
            }
            throw error("a string is not closed", at: start)
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
