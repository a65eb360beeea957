import Testing
@testable import JourneyCore

/// The parser steps over a string's plain text eight bytes at a time: an
/// escape, a closing quote, a control character or a byte above ASCII must
/// be found wherever it falls in or across those words.
@Suite struct JSONStringScanTests {
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
}
