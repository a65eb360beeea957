import JourneyTerminal
import JourneyTestSupport
import XCTest

/// The decoder over time: bytes as a slow link, a stalled paste or a
/// hostile stream delivers them.
final class InputDecoderTests: XCTestCase {
    typealias K = TerminalKey

    /// Feeds each piece at its time and asks at every step, as the terminal loop does.
    func run(_ pieces: [(Double, String)], until end: Double = 30) -> [DecodedInput] {
        run(bytes: pieces.map { ($0.0, Array($0.1.utf8)) }, until: end)
    }

    func run(bytes pieces: [(Double, [UInt8])], until end: Double = 30) -> [DecodedInput] {
        var decoder = InputDecoder()
        var out: [DecodedInput] = []
        var now = 0.0
        var queue = pieces
        while now <= end {
            while let (at, piece) = queue.first, at <= now {
                decoder.feed(piece, at: at)
                queue.removeFirst()
            }
            while let decoded = decoder.next(at: now) {
                if decoded.input != .unknown || !decoded.bytes.isEmpty { out.append(decoded.input) }
            }
            now += 0.01
        }
        return out
    }

    func testEscAloneIsEscOnceNothingFollows() {
        XCTAssertEqual(run([(0, "\u{1b}")], until: 0.1), [])
        XCTAssertEqual(run([(0, "\u{1b}")], until: 0.3), [.key(K(.escape))])
        XCTAssertEqual(run([(0, "\u{1b}"), (1, "\u{1b}")]), [.key(K(.escape)), .key(K(.escape))])
    }

    func testHomeAndEndUnderTmuxAreOneKeyEach() {
        XCTAssertEqual(run([(0, "\u{1b}[1~\u{1b}[4~")]), [.key(K(.home)), .key(K(.end))])
    }

    /// A sequence cut byte by byte at a slow link's gaps never yields its bytes as keys:
    /// the key, after an Esc only where the first gap was longer than Esc's wait. (Alt and
    /// a key cut apart are Esc and the key, as typed one after the other.)
    func testEverySequenceSplitByteByByteIsStillOneKey() {
        for gap in [0.05, 0.15, 0.4] {
            for (sequence, key) in KeyTableTests.table where sequence.utf8.count > 1 && sequence.utf8.first == 27 {
                let bytes = Array(sequence.utf8)
                let got = run(bytes: bytes.indices.map { (Double($0) * gap, [bytes[$0]]) },
                              until: Double(bytes.count) * gap + 2)
                let introducer = bytes[1] == UInt8(ascii: "[") || bytes[1] == UInt8(ascii: "O")
                let unaltered = DecodedInput.key(K(key.code, key.modifiers.subtracting(.alt)))
                var expected: [DecodedInput] = [.key(key)]
                let late = gap > InputDecoder.Timing.standard.escape
                if !introducer {
                    expected = bytes[1] == 27 && late ? [.key(K(.escape)), .key(K(.escape)), unaltered] : [.key(K(.escape)), unaltered]
                } else if late {
                    expected = [.key(K(.escape)), .key(key)]
                }
                XCTAssertEqual(got, expected, "\(Decoded.readable(bytes)) at \(gap) s")
            }
        }
    }

    func testLeftSplitBySlowLink() {
        XCTAssertEqual(run([(0, "\u{1b}"), (0.1, "O"), (0.2, "D")]), [.key(K(.left))])
        XCTAssertEqual(run([(0, "\u{1b}"), (0.15, "["), (0.3, "D")]), [.key(K(.left))])
    }

    func testEscThenAKeyTypedSoonAfterIsEscAndTheKey() {
        XCTAssertEqual(run([(0, "\u{1b}"), (0.03, "x")], until: 0.05), [.key(K(.escape)), .key(K(.character("x")))])
        XCTAssertEqual(run([(0, "\u{1b}x")]), [.key(K(.character("x"), .alt))])
    }

    func testEscThenABracketTypedByHandIsABracket() {
        XCTAssertEqual(run([(0, "\u{1b}"), (0.5, "[")]), [.key(K(.escape)), .key(K(.character("[")))])
        XCTAssertEqual(run([(0, "\u{1b}"), (3, "[")]), [.key(K(.escape)), .key(K(.character("[")))])
    }

    func testUnknownSequencesAreSwallowedWhole() {
        XCTAssertEqual(run([(0, "\u{1b}[99;99zj")]), [.unknown, .key(K(.character("j")))])
        XCTAssertEqual(run([(0, "\u{1b}]0;title\u{07}j")]), [.unknown, .key(K(.character("j")))])
        XCTAssertEqual(run([(0, "\u{1b}]52;c;aGk=\u{1b}\\j")]), [.unknown, .key(K(.character("j")))])
        XCTAssertEqual(run([(0, "\u{1b}P1$r0m\u{1b}\\j")]), [.unknown, .key(K(.character("j")))])
        XCTAssertEqual(run([(0, "\u{1b}_Gi=1;OK\u{1b}\\j")]), [.unknown, .key(K(.character("j")))])
        XCTAssertEqual(run([(0, "\u{1b}[?1;2cj")]), [.unknown, .key(K(.character("j")))])
        // Cut off and never finished: swallowed when its time is up, not split into keys.
        XCTAssertEqual(run([(0, "\u{1b}[1;5")]), [.unknown])
    }

    func testAnOverlongSequenceIsSwallowedToItsEnd() {
        let digits = String(repeating: "1;", count: 2_000)
        XCTAssertEqual(run([(0, "\u{1b}[" + digits + "Aj")]).filter { $0 != .unknown }, [.key(K(.character("j")))])
        let title = String(repeating: "x", count: 10_000)
        XCTAssertEqual(run([(0, "\u{1b}]0;" + title + "\u{07}j")]).filter { $0 != .unknown }, [.key(K(.character("j")))])
    }

    func testAPasteHoldingItsOwnEndMarkerIsTextToTheEndOfItsBurst() {
        let got = run([(0, "\u{1b}[200~innocent text\u{1b}[201~\u{1b}:q!\r")])
        XCTAssertEqual(got, [.paste("innocent text:q!\n")])
        let wrapped = run([(0, "\u{1b}[200~innocent text\u{1b}[201~\u{1b}:q!\r\u{1b}[201~")])
        XCTAssertEqual(wrapped, [.paste("innocent text:q!\n")])
    }

    func testAStalledPasteKeepsCollecting() {
        let got = run([(0, "\u{1b}[200~first half "), (2.6, "Dx\r"), (2.7, "second\u{1b}[20"), (3, "1~"), (3.5, "j")])
        XCTAssertEqual(got, [.paste("first half Dx\nsecond"), .key(K(.character("j")))])
        // An end marker that never comes: the paste ends when its time is up, still as text.
        XCTAssertEqual(run([(0, "\u{1b}[200~xD")], until: 10), [.paste("xD")])
    }

    func testAPasteDropsWhatCouldAct() {
        XCTAssertEqual(run([(0, "\u{1b}[200~a\u{1b}[31mred\u{1b}[0m\tb\u{07}\r\nc\u{1b}[201~")]), [.paste("ared\tb\nc")])
    }

    func testMalformedUTF8IsSwallowed() {
        XCTAssertEqual(run([(0, "j")]).count, 1)
        var decoder = InputDecoder()
        decoder.feed([0xFF, 0xC3, 0x28, UInt8(ascii: "k"), 0xC2, 0x9B, UInt8(ascii: "l")], at: 0)
        var keys: [DecodedInput] = []
        while let decoded = decoder.next(at: 5) { if decoded.input != .unknown { keys.append(decoded.input) } }
        XCTAssertEqual(keys, [.key(K(.character("("))), .key(K(.character("k"))), .key(K(.character("l")))])
    }

    /// Random sequences with random parameters, cut at random, interleaved
    /// with text: only the text comes out as characters (and Esc, where a cut
    /// came after Esc's wait), never a byte of a sequence.
    func testFuzzedSequencesNeverLeakCharacters() {
        var random = SeededRandom(seed: 24)
        for _ in 0..<300 {
            var pieces: [(Double, [UInt8])] = []
            var now = 0.0
            var expectedText = ""
            for _ in 0..<6 {
                // Letters no sequence below ends with.
                let text = String((0..<Int.random(in: 0...3, using: &random)).map { _ in "efgistvw".randomElement(using: &random)! })
                expectedText += text
                if !text.isEmpty {
                    pieces.append((now, Array(text.utf8)))
                    now += 0.3
                }
                let sequence = Self.randomSequence(&random)
                for byte in sequence.utf8 {
                    pieces.append((now, [byte]))
                    now += [0, 0.001, 0.05, 0.15].randomElement(using: &random)!
                }
                now += 1.5
            }
            let got = run(bytes: pieces, until: now + 2)
            let characters = got.compactMap { input -> Character? in
                if case .key(let key) = input, key.modifiers.isEmpty, case .character(let c) = key.code { return c }
                return nil
            }
            XCTAssertEqual(String(characters), expectedText, "\(pieces.map { Decoded.readable($0.1) })")
        }
    }

    static func randomSequence(_ random: inout SeededRandom) -> String {
        // Never 200: that starts a paste, which the paste tests cover.
        let parameters = (0..<Int.random(in: 0...3, using: &random)).map { _ in String(Int.random(in: 0...199, using: &random)) }
            .joined(separator: [";", ":"].randomElement(using: &random)!)
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            // Not u: kitty's `CSI 97 u` is a typed a.
            let finals = Array("ABCDEFHPQRSZ~$^@abcdzqIO")
            return "\u{1b}[" + ["", "?", ">", "<"].randomElement(using: &random)! + parameters + String(finals.randomElement(using: &random)!)
        // Not the keypad's j…y: SS3 p is a typed 0.
        case 1: return "\u{1b}O" + String("ABCDHFPQRSMabcd".randomElement(using: &random)!)
        case 2: return "\u{1b}]" + parameters + ";" + "payload" + (Bool.random(using: &random) ? "\u{07}" : "\u{1b}\\")
        default: return "\u{1b}[" + parameters + "~"
        }
    }
}
