import JourneyJSON
import Testing

/// The parser's quick ways must find what the slow ways find. It steps over
/// a string's plain text eight bytes at a time: an escape, a closing quote, a
/// control character or a byte above ASCII must be found wherever it falls
/// in or across those words. It takes keys in sorted order as distinct
/// without comparing them all: a repeat must be found in any order.
@Suite struct JSONParserFastPathTests {
    func parse(_ bytes: [UInt8]) -> Result<JSONValue, JSONSyntaxError> {
        Result { () throws(JSONSyntaxError) in try JSONParser.parse(bytes) }
    }

    @Test func everyStopIsFoundAtEveryOffset() {
        let cases: [(raw: [UInt8], text: String?)] = [
            (Array("\\\"".utf8), "\""), (Array("\\\\".utf8), "\\"), (Array("\\n".utf8), "\n"), (Array("\\u00e9".utf8), "é"),
            (Array("é".utf8), "é"), (Array("😀".utf8), "😀"), ([0x01], nil), ([0x1F], nil), ([0x7F], "\u{7F}"),
            ([0xFF], nil), ([0xC3], nil), (Array(" ".utf8), " "),
        ]
        for before in 0..<20 {
            for after in [0, 1, 7, 8, 9] {
                for (raw, text) in cases {
                    let bytes = Array("[\"".utf8) + Array(repeating: UInt8(ascii: "a"), count: before) + raw
                        + Array(repeating: UInt8(ascii: "b"), count: after) + Array("\"]".utf8)
                    let expected = text.map { JSONValue.array([.string(String(repeating: "a", count: before) + $0
                                                                          + String(repeating: "b", count: after))]) }
                    switch parse(bytes) {
                    case .success(let value): #expect(value == expected, "\(bytes)")
                    case .failure: #expect(expected == nil, "\(bytes)")
                    }
                }
            }
        }
    }

    @Test func anUnclosedStringIsRefusedWhateverItsLength() {
        for length in 0..<20 {
            let bytes = Array("[\"".utf8) + Array(repeating: UInt8(ascii: "a"), count: length)
            if case .success = parse(bytes) { Issue.record("accepted \(length)") }
        }
    }

    @Test(arguments: [
        #"{"a": 1, "a": 2}"#, #"{"a": 1, "b": 2, "a": 3}"#, #"{"a": 1, "ab": 2, "b": 3, "ab": 4}"#,
        #"{"b": 1, "a": 2, "b": 3}"#, #"{"é": 1, "é": 2}"#, #"{"a": 1, "é": 2, "a": 3}"#, #"{"é": 1, "é": 2}"#,
        #"{"k0": 0, "k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, "l0": 0, "l1": 1, "l2": 2, "l3": 3, "l4": 4, "l5": 5, "l6": 6, "l7": 7, "k3": 3}"#,
    ])
    func aRepeatedKeyIsFoundInAnyOrder(_ text: String) {
        guard case .failure(let error) = parse(Array(text.utf8)) else {
            Issue.record("accepted \(text)")
            return
        }
        #expect(error.message.hasPrefix("duplicate key"))
    }

    @Test func keysInAnyOrderAreKept() throws {
        let value = try JSONParser.parse(Array(#"{"b": 1, "a": 2, "ab": 3, "aa": 4, "": 5, "é": 6}"#.utf8))
        #expect(value == .object(["b": .number("1"), "a": .number("2"), "ab": .number("3"), "aa": .number("4"), "": .number("5"),
                                  "é": .number("6")]))
    }
}
