/// A five-row block font drawn in text, for names that must read from the
/// back of a room: A–Z (any case), 0–9 and common punctuation. A name with
/// a character the font lacks is not drawn at all (nil), so the caller
/// shows the plain name instead of a guess.
public enum BlockFont {
    public static let height = 5
    /// Columns between two letters.
    static let gap = 1
    static let ink = "█"

    /// The rows of `text` in block letters, or nil if a character is missing
    /// or the result is wider than `width` columns.
    public static func render(_ text: String, width: Int = .max) -> [String]? {
        var glyphs: [[String]] = []
        for character in text {
            guard let glyph = glyph(character) else { return nil }
            glyphs.append(glyph)
        }
        guard !glyphs.isEmpty else { return nil }
        let total = glyphs.reduce(0) { $0 + $1[0].count } + gap * (glyphs.count - 1)
        guard total <= width else { return nil }
        return (0..<height).map { row in
            glyphs.map { $0[row].replacing("#", with: ink) }.joined(separator: String(repeating: " ", count: gap))
        }
    }

    /// Columns `text` takes in block letters, or nil if it cannot be drawn.
    public static func width(_ text: String) -> Int? { render(text)?.first?.count }

    static func glyph(_ character: Character) -> [String]? {
        let key = character.isLetter && character.isASCII ? Character(character.uppercased()) : character
        return glyphs[key]
    }

    static let glyphs: [Character: [String]] = [
        "A": [" ## ", "#  #", "####", "#  #", "#  #"],
        "B": ["### ", "#  #", "### ", "#  #", "### "],
        "C": [" ###", "#   ", "#   ", "#   ", " ###"],
        "D": ["### ", "#  #", "#  #", "#  #", "### "],
        "E": ["####", "#   ", "### ", "#   ", "####"],
        "F": ["####", "#   ", "### ", "#   ", "#   "],
        "G": [" ###", "#   ", "# ##", "#  #", " ###"],
        "H": ["#  #", "#  #", "####", "#  #", "#  #"],
        "I": ["###", " # ", " # ", " # ", "###"],
        "J": ["  ##", "   #", "   #", "#  #", " ## "],
        "K": ["#  #", "# # ", "##  ", "# # ", "#  #"],
        "L": ["#   ", "#   ", "#   ", "#   ", "####"],
        "M": ["#   #", "## ##", "# # #", "#   #", "#   #"],
        "N": ["#   #", "##  #", "# # #", "#  ##", "#   #"],
        "O": [" ## ", "#  #", "#  #", "#  #", " ## "],
        "P": ["### ", "#  #", "### ", "#   ", "#   "],
        "Q": [" ## ", "#  #", "#  #", "# ##", " ###"],
        "R": ["### ", "#  #", "### ", "# # ", "#  #"],
        "S": [" ###", "#   ", " ## ", "   #", "### "],
        "T": ["#####", "  #  ", "  #  ", "  #  ", "  #  "],
        "U": ["#  #", "#  #", "#  #", "#  #", " ## "],
        "V": ["#   #", "#   #", "#   #", " # # ", "  #  "],
        "W": ["#   #", "#   #", "# # #", "## ##", "#   #"],
        "X": ["#   #", " # # ", "  #  ", " # # ", "#   #"],
        "Y": ["#   #", " # # ", "  #  ", "  #  ", "  #  "],
        "Z": ["####", "   #", " ## ", "#   ", "####"],
        "0": [" ## ", "# ##", "#  #", "## #", " ## "],
        "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["### ", "   #", " ## ", "#   ", "####"],
        "3": ["### ", "   #", " ## ", "   #", "### "],
        "4": ["#  #", "#  #", "####", "   #", "   #"],
        "5": ["####", "#   ", "### ", "   #", "### "],
        "6": [" ## ", "#   ", "### ", "#  #", " ## "],
        "7": ["####", "   #", "  # ", " #  ", " #  "],
        "8": [" ## ", "#  #", " ## ", "#  #", " ## "],
        "9": [" ## ", "#  #", " ###", "   #", " ## "],
        " ": ["  ", "  ", "  ", "  ", "  "],
        "-": ["   ", "   ", "###", "   ", "   "],
        "+": ["   ", " # ", "###", " # ", "   "],
        ".": [" ", " ", " ", " ", "#"],
        ",": ["  ", "  ", "  ", " #", "# "],
        ":": [" ", "#", " ", "#", " "],
        "!": ["#", "#", "#", " ", "#"],
        "?": ["### ", "   #", " ## ", "    ", " #  "],
        "'": ["#", "#", " ", " ", " "],
        "/": ["  #", "  #", " # ", "#  ", "#  "],
        "(": [" #", "# ", "# ", "# ", " #"],
        ")": ["# ", " #", " #", " #", "# "],
        "&": [" #  ", "# # ", " ## ", "#  #", " ###"],
    ]
}
