/// One thing the terminal said, decoded from its bytes.
public enum DecodedInput: Equatable, Sendable {
    case key(TerminalKey)
    /// A bracketed paste, whole, as text: never keys.
    case paste(String)
    case mouse(MouseReport)
    /// The terminal window gained (true) or lost focus.
    case focus(Bool)
    /// A sequence the table does not know (or a key's release), swallowed whole.
    case unknown
}

/// A mouse report, SGR (`CSI < b ; x ; y M`) or X10 (`CSI M` and three bytes).
public struct MouseReport: Equatable, Sendable {
    /// The report's button code: 0 left, 1 middle, 2 right, 3 a release (X10), 64 and 65 the wheel; plus 32 for a drag.
    public var button: Int
    /// From 0, the top left cell.
    public var x: Int
    public var y: Int
    public var released: Bool
    public var modifiers: TerminalKey.Modifiers

    public init(button: Int, x: Int, y: Int, released: Bool, modifiers: TerminalKey.Modifiers = []) {
        self.button = button
        self.x = x
        self.y = y
        self.released = released
        self.modifiers = modifiers
    }

    /// From the report's button byte: the low bits and 64 name the button, 4 8 16 are Shift, Alt and Ctrl.
    init(code: Int, x: Int, y: Int, released: Bool) {
        var modifiers: TerminalKey.Modifiers = []
        if code & 4 != 0 { modifiers.insert(.shift) }
        if code & 8 != 0 { modifiers.insert(.alt) }
        if code & 16 != 0 { modifiers.insert(.control) }
        self.init(button: code & ~28, x: x, y: y, released: released, modifiers: modifiers)
    }
}

/// A decoded input with the bytes it came from (for `:keys`).
public struct Decoded: Equatable, Sendable {
    public var input: DecodedInput
    public var bytes: [UInt8]

    /// The bytes as a person can read them: `ESC [ 1 ~`, `0x9b`, `j`.
    public var bytesText: String { Decoded.readable(bytes) }

    public static func readable(_ bytes: some Sequence<UInt8>) -> String {
        bytes.prefix(48).map { byte in
            switch byte {
            case 27: "ESC"
            case 0..<32: "^" + String(Unicode.Scalar(byte + 64))
            case 32: "SP"
            case 127: "DEL"
            case 33..<127: String(Unicode.Scalar(byte))
            default: "0x" + String(byte, radix: 16)
            }
        }.joined(separator: " ")
    }
}
