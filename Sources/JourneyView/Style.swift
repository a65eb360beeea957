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
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TextAttributes

    public init(foreground: TerminalColor = .standard, background: TerminalColor = .standard,
                attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()

    public func adding(_ extra: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }
}
