/// Curves of different personas differ by glyph as well as colour, so they
/// can be told apart on a monochrome projector.
public enum PersonaGlyphs {
    public static let points: [String] = ["●", "◆", "▲", "■", "★", "✚"]

    public static func point(_ index: Int) -> String { points[index % points.count] }

    /// Line glyphs per persona: horizontal, vertical, then the corners
    /// ╭ ╮ ╰ ╯ in that order.
    public struct Lines: Sendable {
        public let horizontal, vertical, downRight, downLeft, upRight, upLeft: String
    }

    static let lineSets: [Lines] = [
        Lines(horizontal: "─", vertical: "│", downRight: "╭", downLeft: "╮", upRight: "╰", upLeft: "╯"),
        Lines(horizontal: "━", vertical: "┃", downRight: "┏", downLeft: "┓", upRight: "┗", upLeft: "┛"),
        Lines(horizontal: "═", vertical: "║", downRight: "╔", downLeft: "╗", upRight: "╚", upLeft: "╝"),
        Lines(horizontal: "┄", vertical: "┆", downRight: "┌", downLeft: "┐", upRight: "└", upLeft: "┘"),
    ]

    public static func lines(_ index: Int) -> Lines { lineSets[index % lineSets.count] }
}
