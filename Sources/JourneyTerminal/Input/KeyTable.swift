/// The one table of what terminals send for keys, whatever sits between
/// the keyboard and us: xterm and its kin (CSI and SS3 forms, with xterm's
/// modifier parameter), VT220 and rxvt (`CSI n ~`, rxvt's `$ ^ @` and
/// lower-case finals), the Linux console (`CSI [ A` for F1) and the kitty
/// keyboard protocol (`CSI code ; modifiers u`). terminfo may add to it
/// (`InputDecoder.init(extra:)`); it never takes away.
enum KeyTable {
    typealias Code = TerminalKey.Code

    /// `CSI n ~` (and rxvt's `CSI n $`, `^`, `@`).
    static let tilde: [Int: Code] = [
        1: .home, 2: .insert, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end,
        11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4), 15: .function(5),
        17: .function(6), 18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
        23: .function(11), 24: .function(12), 25: .function(13), 26: .function(14), 28: .function(15),
        29: .function(16), 31: .function(17), 32: .function(18), 33: .function(19), 34: .function(20),
    ]

    /// `CSI [1 ; m] X` and `SS3 X`: the final byte alone names the key.
    static let final: [UInt8: Code] = [
        ascii("A"): .up, ascii("B"): .down, ascii("C"): .right, ascii("D"): .left,
        ascii("H"): .home, ascii("F"): .end, ascii("E"): .begin,
        ascii("P"): .function(1), ascii("Q"): .function(2), ascii("R"): .function(3), ascii("S"): .function(4),
    ]

    /// rxvt's lower-case finals: `CSI a` is Shift-↑, `SS3 a` Ctrl-↑.
    static let rxvtArrows: [UInt8: Code] = [ascii("a"): .up, ascii("b"): .down, ascii("c"): .right, ascii("d"): .left]

    /// What only SS3 sends: the keypad in application mode.
    static let keypad: [UInt8: Code] = [
        ascii("M"): .enter, ascii("j"): .character("*"), ascii("k"): .character("+"), ascii("l"): .character(","),
        ascii("m"): .character("-"), ascii("n"): .character("."), ascii("o"): .character("/"),
        ascii("p"): .character("0"), ascii("q"): .character("1"), ascii("r"): .character("2"), ascii("s"): .character("3"),
        ascii("t"): .character("4"), ascii("u"): .character("5"), ascii("v"): .character("6"), ascii("w"): .character("7"),
        ascii("x"): .character("8"), ascii("y"): .character("9"), ascii("X"): .character("="),
    ]

    /// The Linux console's `CSI [ A` … `CSI [ E`: F1 to F5.
    static let linuxConsole: [UInt8: Code] = [
        ascii("A"): .function(1), ascii("B"): .function(2), ascii("C"): .function(3), ascii("D"): .function(4),
        ascii("E"): .function(5),
    ]

    /// rxvt's modifier finals for `CSI n X`.
    static let rxvtModifiers: [UInt8: TerminalKey.Modifiers] = [
        ascii("~"): [], ascii("$"): .shift, ascii("^"): .control, ascii("@"): [.control, .shift],
    ]

    /// The kitty protocol's code points for keys that are not text.
    static let kittyCodes: [Int: Code] = [
        9: .tab, 13: .enter, 27: .escape, 127: .backspace,
        57348: .insert, 57349: .delete, 57350: .left, 57351: .right, 57352: .up, 57353: .down,
        57354: .pageUp, 57355: .pageDown, 57356: .home, 57357: .end,
    ]

    /// A C0 control byte typed alone: Enter, Tab, Backspace, Esc, or Ctrl and a key.
    static func control(_ byte: UInt8) -> TerminalKey {
        switch byte {
        case 13, 10: TerminalKey(.enter)
        case 9: TerminalKey(.tab)
        case 8, 127: TerminalKey(.backspace)
        case 27: TerminalKey(.escape)
        case 0: TerminalKey(.character(" "), .control)
        case 1...26: TerminalKey(.character(Character(Unicode.Scalar(byte + 96))), .control)
        default: TerminalKey(.character(Character(Unicode.Scalar(byte + 64))), .control)  // 28–31: Ctrl-\ ] ^ _
        }
    }

    static func ascii(_ text: Unicode.Scalar) -> UInt8 { UInt8(text.value) }
}
