/// How one cell looks: colours and attributes, independent of any terminal.
public enum TerminalColor: Hashable, Sendable {
    case standard
    /// 0–7 the basic colours, 8–15 their bright forms, up to 255 for the xterm palette.
    case indexed(Int)

    public static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    ]

    /// Reads "default", a colour name ("red", "bright-red") or a number 0–255.
    public init?(name: String) {
        if name == "default" { self = .standard; return }
        if let index = Int(name), (0...255).contains(index) { self = .indexed(index); return }
        if let index = Self.names.firstIndex(of: name) { self = .indexed(index); return }
        if name.hasPrefix("bright-"), let index = Self.names.firstIndex(of: String(name.dropFirst(7))) {
            self = .indexed(index + 8)
            return
        }
        return nil
    }

    /// Nine bits: 0 for the terminal's own colour, 256 + index for the
    /// palette (which has 256 colours: an index past it wraps).
    var code: UInt32 {
        switch self {
        case .standard: 0
        case .indexed(let index): 0x100 | UInt32(UInt8(truncatingIfNeeded: index))
        }
    }

    init(code: UInt32) {
        self = code == 0 ? .standard : .indexed(Int(code & 0xFF))
    }
}

public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)

    public static let byName: [(String, TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("reverse", .reverse), ("underline", .underline), ("italic", .italic),
    ]
}

public struct Style: Hashable, Sendable {
    /// Both colours (see `TerminalColor.code`) and the attributes in one
    /// word, so that a cell is a plain value of eight bytes.
    private var packed: UInt32

    public var foreground: TerminalColor {
        get { TerminalColor(code: packed & 0x1FF) }
        set { packed = packed & ~0x1FF | newValue.code }
    }

    public var background: TerminalColor {
        get { TerminalColor(code: packed >> 9 & 0x1FF) }
        set { packed = packed & ~(0x1FF << 9) | newValue.code << 9 }
    }

    public var attributes: TextAttributes {
        get { TextAttributes(rawValue: UInt8(truncatingIfNeeded: packed >> 24)) }
        set { packed = packed & 0x00FF_FFFF | UInt32(newValue.rawValue) << 24 }
    }

    public init(foreground: TerminalColor = .standard, background: TerminalColor = .standard,
                attributes: TextAttributes = []) {
        packed = foreground.code | background.code << 9 | UInt32(attributes.rawValue) << 24
    }

    public static let plain = Style()

    public func adding(_ extra: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }
}
