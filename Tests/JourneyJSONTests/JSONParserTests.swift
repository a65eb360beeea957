import JourneyJSON
import Testing

@Suite struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    func syntaxError(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(Array(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test func parsesEveryKindOfValue() throws {
        let value = try parse(#"{"a": [1, -2.5e3, true, false, null], "b": {"c": "d"}}"#)
        #expect(value == .object([
            "a": .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null]),
            "b": .object(["c": .string("d")]),
        ]))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try parse(#""a\"b\\c\/\n\t\u00e9\ud83d\ude00""#) == .string("a\"b\\c/\n\té😀"))
    }

    @Test func reportsLineAndColumn() {
        let error = syntaxError("{\n  \"a\": 1,\n  \"b\" 2\n}")
        #expect(error?.line == 3)
        #expect(error?.column == 7)
        #expect(error?.message.contains("':'") == true)
    }

    @Test(arguments: [
        ("", "unexpected end"),
        ("{", "expected a key"),
        ("[1,]", "expected a value"),
        ("{\"a\":1}x", "after the end"),
        ("\"abc", "not closed"),
        ("01", "after the end"),
        ("{\"a\":1,\"a\":2}", "duplicate key \"a\""),
        ("\"\\ud800\"", "surrogate"),
        ("\"a\u{01}\"", "control character"),
        ("tru", "expected a value"),
        ("1.", "after '.'"),
    ])
    func rejectsMalformedInput(text: String, message: String) {
        let error = syntaxError(text)
        #expect(error != nil)
        #expect(error?.message.contains(message) == true, "\(String(describing: error)) should mention \(message)")
    }

    /// Small objects are checked member by member, large ones through a
    /// dictionary: both find a duplicate, where it stands, before reading on.
    @Test(arguments: [3, 16, 17, 40])
    func findsADuplicateKeyInAnObjectOfAnySize(members: Int) {
        let keys = (0..<members).map { "\"k\($0)\": \($0)" }
        let error = syntaxError("{" + (keys + ["\"k1\": 0, !"]).joined(separator: ", ") + "}")
        #expect(error?.message == "duplicate key \"k1\"")
        let wholeObject = try? parse("{" + keys.joined(separator: ", ") + "}")
        guard case .object(let parsed)? = wholeObject else { Issue.record("not an object"); return }
        #expect(parsed.count == members && parsed["k\(members - 1)"] == .number("\(members - 1)"))
    }

    @Test func readsNonASCIIAndRejectsItWhenInvalid() throws {
        #expect(try parse(#"{"café": "naïve 日本 🎉"}"#) == .object(["café": .string("naïve 日本 🎉")]))
        #expect(syntaxError("{\"a\": \"x\u{7F}y\"}") == nil)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D]) }
    }

    @Test func rejectsInvalidUTF8() {
        let bytes: [UInt8] = [0x22, 0xC3, 0x28, 0x22]
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
    }

    @Test func limitsNesting() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(syntaxError(deep)?.message.contains("nesting") == true)
    }

    @Test func writerSortsKeysIndentsAndEndsWithNewline() throws {
        let text = String(decoding: try JSONWriter.write(.object(["b": .array([.int(1)]), "a": .string("x\u{1B}"), "c": .object([:])])), as: UTF8.self)
        #expect(text == "{\n  \"a\": \"x\\u001b\",\n  \"b\": [\n    1\n  ],\n  \"c\": {}\n}\n")
    }

    @Test func writerOutputParsesBackToTheSameValue() throws {
        let value = JSONValue.object(["text": .string("quote \" backslash \\ newline \n tab \t 日本 🎉"), "n": .number("1.50")])
        #expect(try JSONParser.parse(JSONWriter.write(value)) == value)
    }
}
