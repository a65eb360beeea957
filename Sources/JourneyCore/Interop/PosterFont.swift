/// How wide the poster's text is drawn, estimated, since SVG wraps no text.
/// The table holds DejaVu Sans Bold's advance widths (the first font the
/// poster names, in its widest weight) rounded up, in hundredths of the font
/// size; the fallbacks (Verdana, Arial, any sans-serif) are no wider. Text
/// measured here is at most as wide as drawn, in every weight.
enum PosterFont {
    static let family = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', Arial, Helvetica, sans-serif"

    /// Space (0x20) to `~` (0x7E).
    private static let ascii: [UInt8] = [
        35, 46, 53, 84, 70, 101, 88, 31, 46, 46, 53, 84, 38, 42, 38, 37, 70, 70, 70,
        70, 70, 70, 70, 70, 70, 70, 40, 40, 84, 84, 84, 58, 100, 78, 77, 74, 83, 69,
        69, 83, 84, 38, 38, 78, 64, 100, 84, 85, 74, 85, 77, 72, 69, 82, 78, 111, 78,
        73, 73, 46, 37, 46, 84, 50, 50, 68, 72, 60, 72, 68, 44, 72, 72, 35, 35, 67,
        35, 105, 72, 69, 72, 72, 50, 60, 48, 72, 66, 93, 65, 66, 59, 72, 37, 72, 84,
    ]

    /// Beyond ASCII no table: a letter of another alphabet is taken as wide as
    /// the widest Latin one, and CJK, emoji and what follows them wider still.
    /// Every scalar of a cluster counts but joiners and marks, since a font
    /// without the joined emoji draws its parts side by side.
    static func width(of character: Character) -> Double {
        let scalars = character.unicodeScalars
        if let only = scalars.first, scalars.count == 1, only.value >= 0x20 && only.value < 0x7F {
            return Double(ascii[Int(only.value) - 0x20]) / 100
        }
        var ems = 0.0
        for scalar in scalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: continue
            default: ems += scalar.value < 0x2E80 ? 1.12 : 1.3
            }
        }
        return ems
    }

    /// In the units of the poster, at `size`.
    static func width(_ text: some StringProtocol, size: Double) -> Double {
        var ems = 0.0
        for character in text { ems += width(of: character) }
        return ems * size
    }
}
