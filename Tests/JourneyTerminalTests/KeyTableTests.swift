import JourneyTerminal
import JourneyView
import XCTest

/// Every form of every key the decoder knows, as terminals send it, each
/// with the key and modifiers it must come out as.
final class KeyTableTests: XCTestCase {
    typealias K = TerminalKey
    static let shift = K.Modifiers.shift
    static let alt = K.Modifiers.alt
    static let ctrl = K.Modifiers.control

    static let table: [(String, K)] = [
        // Arrows, Home and End: CSI (normal cursor mode) and SS3 (application mode).
        ("\u{1b}[A", K(.up)), ("\u{1b}[B", K(.down)), ("\u{1b}[C", K(.right)), ("\u{1b}[D", K(.left)),
        ("\u{1b}OA", K(.up)), ("\u{1b}OB", K(.down)), ("\u{1b}OC", K(.right)), ("\u{1b}OD", K(.left)),
        ("\u{1b}[H", K(.home)), ("\u{1b}[F", K(.end)), ("\u{1b}OH", K(.home)), ("\u{1b}OF", K(.end)),
        ("\u{1b}[E", K(.begin)), ("\u{1b}OE", K(.begin)),
        // VT220 and tmux/screen (1 4), rxvt (7 8).
        ("\u{1b}[1~", K(.home)), ("\u{1b}[4~", K(.end)), ("\u{1b}[7~", K(.home)), ("\u{1b}[8~", K(.end)),
        ("\u{1b}[2~", K(.insert)), ("\u{1b}[3~", K(.delete)), ("\u{1b}[5~", K(.pageUp)), ("\u{1b}[6~", K(.pageDown)),
        // F1–F4: xterm SS3, VT100 CSI letter, rxvt tilde, the Linux console.
        ("\u{1b}OP", K(.function(1))), ("\u{1b}OQ", K(.function(2))), ("\u{1b}OR", K(.function(3))), ("\u{1b}OS", K(.function(4))),
        ("\u{1b}[P", K(.function(1))), ("\u{1b}[S", K(.function(4))),
        ("\u{1b}[11~", K(.function(1))), ("\u{1b}[12~", K(.function(2))), ("\u{1b}[13~", K(.function(3))), ("\u{1b}[14~", K(.function(4))),
        ("\u{1b}[[A", K(.function(1))), ("\u{1b}[[B", K(.function(2))), ("\u{1b}[[C", K(.function(3))),
        ("\u{1b}[[D", K(.function(4))), ("\u{1b}[[E", K(.function(5))),
        // F5–F12 (and beyond) in the tilde form every family shares.
        ("\u{1b}[15~", K(.function(5))), ("\u{1b}[17~", K(.function(6))), ("\u{1b}[18~", K(.function(7))),
        ("\u{1b}[19~", K(.function(8))), ("\u{1b}[20~", K(.function(9))), ("\u{1b}[21~", K(.function(10))),
        ("\u{1b}[23~", K(.function(11))), ("\u{1b}[24~", K(.function(12))), ("\u{1b}[25~", K(.function(13))),
        ("\u{1b}[34~", K(.function(20))),
        // xterm's modifier parameter: 2 Shift, 3 Alt, 5 Ctrl, and their sums.
        ("\u{1b}[1;5C", K(.right, ctrl)), ("\u{1b}[1;5D", K(.left, ctrl)), ("\u{1b}[1;3C", K(.right, alt)),
        ("\u{1b}[1;2A", K(.up, shift)), ("\u{1b}[1;6B", K(.down, [ctrl, shift])), ("\u{1b}[1;7D", K(.left, [ctrl, alt])),
        ("\u{1b}[1;4C", K(.right, [alt, shift])), ("\u{1b}[1;8A", K(.up, [ctrl, alt, shift])),
        ("\u{1b}[1;5H", K(.home, ctrl)), ("\u{1b}[1;2F", K(.end, shift)), ("\u{1b}[3;5~", K(.delete, ctrl)),
        ("\u{1b}[5;5~", K(.pageUp, ctrl)), ("\u{1b}[6;2~", K(.pageDown, shift)), ("\u{1b}[2;3~", K(.insert, alt)),
        ("\u{1b}[1;2P", K(.function(1), shift)), ("\u{1b}[1;5S", K(.function(4), ctrl)), ("\u{1b}[15;5~", K(.function(5), ctrl)),
        ("\u{1b}[24;2~", K(.function(12), shift)), ("\u{1b}[1;9C", K(.right, .meta)),
        // Modifiers in SS3 form (older xterms), and without the leading 1.
        ("\u{1b}O5C", K(.right, ctrl)), ("\u{1b}O2P", K(.function(1), shift)), ("\u{1b}[5D", K(.left, ctrl)),
        // Shift-Tab.
        ("\u{1b}[Z", K(.tab, shift)),
        // rxvt: Shift-arrows lower case after CSI, Ctrl-arrows after SS3, $ ^ @ on tilde keys.
        ("\u{1b}[a", K(.up, shift)), ("\u{1b}[d", K(.left, shift)), ("\u{1b}Oc", K(.right, ctrl)), ("\u{1b}Ob", K(.down, ctrl)),
        ("\u{1b}[2$", K(.insert, shift)), ("\u{1b}[3^", K(.delete, ctrl)), ("\u{1b}[7@", K(.home, [ctrl, shift])),
        ("\u{1b}[11^", K(.function(1), ctrl)),
        // rxvt's Alt-arrow: Esc before the arrow's own sequence.
        ("\u{1b}\u{1b}[A", K(.up, alt)), ("\u{1b}\u{1b}OD", K(.left, alt)),
        // The keypad in application mode.
        ("\u{1b}OM", K(.enter)), ("\u{1b}Oj", K(.character("*"))), ("\u{1b}Ok", K(.character("+"))),
        ("\u{1b}Om", K(.character("-"))), ("\u{1b}Op", K(.character("0"))), ("\u{1b}Oy", K(.character("9"))),
        // Alt+key as an Esc prefix.
        ("\u{1b}x", K(.character("x"), alt)), ("\u{1b}Q", K(.character("Q"), alt)), ("\u{1b}é", K(.character("é"), alt)),
        ("\u{1b}\u{7f}", K(.backspace, alt)), ("\u{1b}\r", K(.enter, alt)), ("\u{1b}\u{01}", K(.character("a"), [ctrl, alt])),
        // C0 controls and plain keys.
        ("\r", K(.enter)), ("\n", K(.enter)), ("\t", K(.tab)), ("\u{7f}", K(.backspace)), ("\u{08}", K(.backspace)),
        ("\u{13}", K(.character("s"), ctrl)), ("\u{00}", K(.character(" "), ctrl)), ("\u{1c}", K(.character("\\"), ctrl)),
        ("j", K(.character("j"))), ("é", K(.character("é"))), ("日", K(.character("日"))), ("🙂", K(.character("🙂"))),
        // The kitty keyboard protocol.
        ("\u{1b}[97u", K(.character("a"))), ("\u{1b}[97;5u", K(.character("a"), ctrl)), ("\u{1b}[97;2u", K(.character("A"))),
        ("\u{1b}[97;3u", K(.character("a"), alt)), ("\u{1b}[13u", K(.enter)), ("\u{1b}[27u", K(.escape)),
        ("\u{1b}[9;2u", K(.tab, shift)), ("\u{1b}[127;5u", K(.backspace, ctrl)), ("\u{1b}[57352u", K(.up)),
        ("\u{1b}[97;5:1u", K(.character("a"), ctrl)),
    ]

    func testEveryFormDecodesToItsKey() {
        XCTAssertGreaterThanOrEqual(Self.table.count, 80)
        for (sequence, key) in Self.table {
            XCTAssertEqual(decodeAll(sequence), [.key(key)], "\(Decoded.readable(Array(sequence.utf8)))")
        }
    }

    func testWhatTheEditorMakesOfThem() {
        let cases: [(String, Key)] = [
            ("\u{1b}[1~", .home), ("\u{1b}[4~", .end), ("\u{1b}OD", .left), ("\u{1b}[D", .left),
            ("\u{1b}[1;5C", .wordRight), ("\u{1b}[1;3D", .wordLeft), ("\u{1b}[1;2A", .up), ("\u{1b}[Z", .backTab),
            ("\u{1b}[3~", .delete), ("\u{1b}[2~", .other("Insert")), ("\u{1b}[15~", .other("F5")),
            ("\u{1b}x", .other("Alt-x")), ("\u{1b}[97;5u", .control("a")), ("\u{1b}[3;5~", .other("Ctrl-Delete")),
            ("\u{13}", .control("s")), ("\u{1b}Oj", .character("*")), ("\u{1b}[1;2P", .other("Shift-F1")),
            ("\u{1d}", .control("]")), ("\u{1c}", .control("\\")),
        ]
        for (sequence, key) in cases {
            guard case .key(let decoded)? = decodeAll(sequence).first else { return XCTFail(sequence) }
            XCTAssertEqual(decoded.editorKey, key, Decoded.readable(Array(sequence.utf8)))
        }
    }

    func testMouseAndFocusReports() {
        XCTAssertEqual(decodeAll("\u{1b}[<0;10;5M"), [.mouse(MouseReport(button: 0, x: 9, y: 4, released: false))])
        XCTAssertEqual(decodeAll("\u{1b}[<0;10;5m"), [.mouse(MouseReport(button: 0, x: 9, y: 4, released: true))])
        XCTAssertEqual(decodeAll("\u{1b}[<64;1;1M"), [.mouse(MouseReport(button: 64, x: 0, y: 0, released: false))])
        XCTAssertEqual(decodeAll("\u{1b}[<69;3;4M"), [.mouse(MouseReport(button: 65, x: 2, y: 3, released: false, modifiers: .shift))])
        XCTAssertEqual(decodeAll("\u{1b}[M !!"), [.mouse(MouseReport(button: 0, x: 0, y: 0, released: false))])
        XCTAssertEqual(decodeAll("\u{1b}[M#*%"), [.mouse(MouseReport(button: 3, x: 9, y: 4, released: true))])
        XCTAssertEqual(decodeAll("\u{1b}[I\u{1b}[O"), [.focus(true), .focus(false)])
    }

    func testTerminfoAddsButNeverTakesAway() {
        let extra: [[UInt8]: TerminalKey] = [
            Array("\u{1b}[99z".utf8): K(.function(20)),
            Array("\u{1b}[A".utf8): K(.down),  // cannot take ↑ away
        ]
        var decoder = InputDecoder(extra: extra)
        decoder.feed(Array("\u{1b}[99z\u{1b}[A".utf8), at: 0)
        XCTAssertEqual(decoder.next(at: 0)?.input, .key(K(.function(20))))
        XCTAssertEqual(decoder.next(at: 0)?.input, .key(K(.up)))
    }

    func decodeAll(_ text: String) -> [DecodedInput] {
        var decoder = InputDecoder()
        decoder.feed(Array(text.utf8), at: 0)
        var out: [DecodedInput] = []
        while let decoded = decoder.next(at: 0) { out.append(decoded.input) }
        // Whatever waits for more is taken when its time is up.
        while let decoded = decoder.next(at: 100) { out.append(decoded.input) }
        return out
    }
}
