import JourneyJSON

/// Where `MapEncoder` puts what it encodes: a `JSONValue` tree, or the bytes
/// of a map file written as it goes, with no tree in between. An object's
/// members come in sorted key order; its unknown members (`extra`) are merged
/// in by the sink, a known member winning over an unknown one of its name.
protocol JSONSink: SendableMetatype {
    mutating func beginObject(_ extra: Extra)
    /// The next value is the member `key` of the open object.
    mutating func key(_ key: String)
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    mutating func value(_ value: JSONValue)
    /// Puts the elements of the open array, each as `put` puts it.
    mutating func elements<Element: Sendable>(_ elements: [Element], _ put: @Sendable (Element, inout Self) -> Void)
}

extension JSONSink {
    mutating func elements<Element: Sendable>(_ elements: [Element], _ put: @Sendable (Element, inout Self) -> Void) {
        for element in elements { put(element, &self) }
    }
}

/// Builds the `JSONValue` of what is put.
struct JSONTreeSink: JSONSink {
    private enum Open {
        case object([String: JSONValue], key: String)
        case array([JSONValue])
    }

    private var open: [Open] = []
    private var result = JSONValue.null

    /// The value that `put` puts.
    static func value(_ put: (inout JSONTreeSink) -> Void) -> JSONValue {
        var sink = JSONTreeSink()
        put(&sink)
        return sink.result
    }

    mutating func beginObject(_ extra: Extra) { open.append(.object(extra, key: "")) }

    mutating func key(_ key: String) {
        guard case .object(let members, _) = open.removeLast() else { preconditionFailure("a key outside an object") }
        open.append(.object(members, key: key))
    }

    mutating func endObject() {
        guard case .object(let members, _) = open.removeLast() else { preconditionFailure("no object to end") }
        value(.object(members))
    }

    mutating func beginArray() { open.append(.array([])) }

    mutating func endArray() {
        guard case .array(let items) = open.removeLast() else { preconditionFailure("no array to end") }
        value(.array(items))
    }

    mutating func value(_ value: JSONValue) {
        switch open.popLast() {
        case nil: result = value
        case .object(var members, let key)?:
            members[key] = value
            open.append(.object(members, key: key))
        case .array(var items)?:
            items.append(value)
            open.append(.array(items))
        }
    }
}

/// Writes what is put as `JSONWriter.write` would write its tree: the same bytes.
struct JSONByteSink: JSONSink {
    private struct Open {
        let isObject: Bool
        /// The unknown members not yet written, in key order.
        var extra: [(key: String, value: JSONValue)]
        var count = 0
        var lastKey: String?
    }

    private var open: [Open] = []
    private var out: [UInt8]
    /// The first number that JSON cannot hold, as `JSONWriter` refuses it.
    private var refusal: JSONWriter.Refusal?

    init(capacity: Int) {
        out = []
        out.reserveCapacity(capacity)
    }

    /// A sink for elements of an array open at `depth`, to be joined to the
    /// sink that opened it; `follows` when an element comes before them.
    private init(elementsAt depth: Int, follows: Bool) {
        out = []
        open = Array(repeating: Open(isObject: false, extra: []), count: depth)
        open[depth - 1].count = follows ? 1 : 0
    }

    /// As one by one, with runs of elements written on every core into sinks of their own, then joined in order.
    mutating func elements<Element: Sendable>(_ elements: [Element], _ put: @Sendable (Element, inout Self) -> Void) {
        let depth = open.count
        let follows = open[depth - 1].count > 0
        let runs = SideBySide.runs(elements.count) { range in
            var part = JSONByteSink(elementsAt: depth, follows: follows || range.lowerBound > 0)
            // The large arrays of a map are its touchpoints': room for them, so a part seldom grows.
            part.out.reserveCapacity(range.count * MapEncoder.touchpointBytes)
            for index in range { put(elements[index], &part) }
            return part
        }
        guard let parts = runs else {
            for element in elements { put(element, &self) }
            return
        }
        for part in parts {
            out += part.out
            refusal = refusal ?? part.refusal
        }
        open[depth - 1].count += elements.count
    }

    /// The bytes, with the final newline.
    mutating func finish() throws(JSONWriter.Refusal) -> [UInt8] {
        if let refusal { throw refusal }
        out.append(UInt8(ascii: "\n"))
        return out
    }

    private var indent: Int { open.count * 2 }

    /// The comma and line break before a member or an element.
    private mutating func next() {
        if open[open.count - 1].count > 0 { out.append(UInt8(ascii: ",")) }
        open[open.count - 1].count += 1
        out.append(UInt8(ascii: "\n"))
        JSONWriter.appendSpaces(indent, to: &out)
    }

    /// Before an element of an array; an object's member has had its key.
    private mutating func beforeValue() {
        if let top = open.last, !top.isObject { next() }
    }

    private mutating func write(_ value: JSONValue) {
        do {
            try JSONWriter.write(value, indent: indent, into: &out)
        } catch {
            refusal = refusal ?? error
        }
    }

    /// Writes the unknown members that sort before `key` (all of them for nil),
    /// and drops one named `key`: the known member replaces it.
    private mutating func flushExtra(before key: String?) {
        while let first = open[open.count - 1].extra.first, key.map({ first.key <= $0 }) ?? true {
            open[open.count - 1].extra.removeFirst()
            if first.key == key { return }
            writeKey(first.key)
            write(first.value)
        }
    }

    private mutating func writeKey(_ key: String) {
        assert(open[open.count - 1].lastKey.map { $0 < key } ?? true, "members out of order at \(key)")
        open[open.count - 1].lastKey = key
        next()
        JSONWriter.writeString(key, into: &out)
        out.append(contentsOf: ": ".utf8)
    }

    mutating func beginObject(_ extra: Extra) {
        beforeValue()
        out.append(UInt8(ascii: "{"))
        open.append(Open(isObject: true, extra: extra.isEmpty ? [] : extra.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
    }

    mutating func key(_ key: String) {
        if !open[open.count - 1].extra.isEmpty { flushExtra(before: key) }
        writeKey(key)
    }

    mutating func endObject() {
        flushExtra(before: nil)
        close(UInt8(ascii: "}"))
    }

    mutating func beginArray() {
        beforeValue()
        out.append(UInt8(ascii: "["))
        open.append(Open(isObject: false, extra: []))
    }

    mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func close(_ bracket: UInt8) {
        let wasEmpty = open.removeLast().count == 0
        if !wasEmpty {
            out.append(UInt8(ascii: "\n"))
            JSONWriter.appendSpaces(indent, to: &out)
        }
        out.append(bracket)
    }

    mutating func value(_ value: JSONValue) {
        beforeValue()
        write(value)
    }
}
