#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A checked JSON document laid out flat: one node per value, in document
/// order, each container followed by what it holds (an object's keys and
/// values alternate). Nothing is made until it is asked for, so a decoder
/// can read a large file without a tree of dictionaries in between.
///
/// It points into memory it does not own, so copying it costs nothing and
/// threads may read it side by side: it is valid only inside
/// `JSONParser.withTape`.
package struct JSONTape: @unchecked Sendable {
    package enum Kind: UInt8, Sendable {
        case null, `false`, `true`, number, string, array, object
    }

    package struct Node: Sendable {
        package var kind: Kind
        /// For a string: `escaped`, `nonASCII`.
        var flags: UInt8
        /// Where the value starts in the text (a string: after its quote).
        var start: UInt32
        /// A string's or number's length in bytes; a container's count of members or elements.
        package var length: UInt32
        /// The index of the node after this value and all it holds.
        var end: UInt32
    }

    /// A string holding a backslash: its text needs its escapes undone.
    static let escaped: UInt8 = 1
    /// A string holding bytes above ASCII (and no escape).
    static let nonASCII: UInt8 = 2

    let bytes: UnsafeBufferPointer<UInt8>
    package let nodes: UnsafeBufferPointer<Node>

    /// The text of a string node, or the source text of a number.
    package func text(_ index: Int) -> String {
        Self.text(of: nodes[index], in: bytes)
    }

    static func text(of node: Node, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        if node.flags & escaped != 0 { return JSONParser.unescape(bytes, from: Int(node.start)) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.start + node.length)]),
                      as: UTF8.self)
    }

    /// Whether two keys are the same String. Plain ASCII compares byte for
    /// byte; anything else as Swift compares Strings (canonical equivalence),
    /// as the keys of a dictionary would.
    static func sameKey(_ a: Node, _ b: Node, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if a.flags == 0 && b.flags == 0 {
            return a.length == b.length
                && memcmp(bytes.baseAddress! + Int(a.start), bytes.baseAddress! + Int(b.start), Int(a.length)) == 0
        }
        return text(of: a, in: bytes) == text(of: b, in: bytes)
    }

    /// Whether `key` is plain ASCII and sorts byte for byte after `previous`
    /// (plain too), or comes first.
    static func isPlain(_ key: Node, after previous: Node?, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard key.flags == 0 else { return false }
        guard let previous else { return true }
        guard previous.flags == 0 else { return false }
        let order = memcmp(bytes.baseAddress! + Int(previous.start), bytes.baseAddress! + Int(key.start),
                           Int(min(previous.length, key.length)))
        return order < 0 || (order == 0 && previous.length < key.length)
    }

    /// The key and value nodes of each member of the object at `index`.
    package func members(_ index: Int) -> LazyMapSequence<Children, (key: Int, value: Int)> {
        Children(nodes: nodes, node: index + 1, left: Int(nodes[index].length), valueOffset: 1).lazy.map { ($0, $0 + 1) }
    }

    /// The element nodes of the array at `index`.
    package func elements(_ index: Int) -> Children {
        Children(nodes: nodes, node: index + 1, left: Int(nodes[index].length), valueOffset: 0)
    }

    /// The first node of each element or member (its key) of a container, read off the tape as they are walked.
    package struct Children: Sequence, IteratorProtocol {
        let nodes: UnsafeBufferPointer<Node>
        var node: Int
        var left: Int
        /// Where the value is from the first node: 1 in an object, after the key.
        let valueOffset: Int

        package var underestimatedCount: Int { left }

        package mutating func next() -> Int? {
            guard left > 0 else { return nil }
            defer {
                node = Int(nodes[node + valueOffset].end)
                left -= 1
            }
            return node
        }
    }

    /// The value node of the member `name` of the object at `index`.
    package func member(_ index: Int, _ name: String) -> Int? {
        var utf8 = name
        return utf8.withUTF8 { utf8 in
            for (key, value) in members(index) {
                let node = nodes[key]
                if node.flags != 0 {
                    if Self.text(of: node, in: bytes) == name { return value }
                } else if node.length == utf8.count
                    // The first byte tells most keys of one length apart without a call to memcmp.
                    && (utf8.isEmpty || (bytes[Int(node.start)] == utf8[0]
                        && memcmp(bytes.baseAddress! + Int(node.start), utf8.baseAddress!, utf8.count) == 0)) {
                    return value
                }
            }
            return nil
        }
    }

    /// Where the node at `index` is, found by walking down from the top: a
    /// decoder asks only to name an error, so nothing is kept on the way down.
    package func path(to index: Int) -> JSONPath {
        var path = JSONPath.root
        var node = 0
        // The child holding `index` is the first whose end is past it.
        while node != index {
            switch nodes[node].kind {
            case .object:
                guard let member = members(node).first(where: { index < Int(nodes[$0.value].end) }) else { return path }
                path = path.key(text(member.key))
                node = member.value
            case .array:
                guard let (offset, element) = elements(node).enumerated().first(where: { index < Int(nodes[$0.element].end) })
                else { return path }
                path = path.index(offset)
                node = element
            default:
                return path
            }
        }
        return path
    }

    /// The value at `index` as a `JSONValue`.
    package func value(_ index: Int) -> JSONValue {
        let node = nodes[index]
        switch node.kind {
        case .null: return .null
        case .false: return .bool(false)
        case .true: return .bool(true)
        case .number: return .number(text(index))
        case .string: return .string(text(index))
        case .array: return .array(elements(index).map(value))
        case .object:
            var result = [String: JSONValue](minimumCapacity: Int(node.length))
            for (key, value) in members(index) { result[text(key)] = self.value(value) }
            return .object(result)
        }
    }
}
