import JourneyView

/// How the emotion curve is drawn (`CurveStyle`): braille unless the locale
/// is not UTF-8, and cells at `:set curve cells` where the font lacks braille.
extension Editor {
    /// From the start: the locale's choice (see `CurveStyle.forLocale`).
    public mutating func useCurve(_ style: CurveStyle) {
        settings.curve = style
    }

    /// `:set curve braille|cells`, `:curve braille|cells`: for this run.
    mutating func setCurve(_ style: CurveStyle) {
        settings.curve = style
        say(style == .braille ? "curve in braille dots (:set curve cells if they show as boxes or blanks)"
            : "curve in whole cells of box drawing (:set curve braille for the smooth one)")
    }
}

extension Commands {
    static let curve: [Command] = [
        Command("curve", section: .file, takes: [.choice("STYLE", "braille", "cells")],
                "how the emotion curve is drawn: braille dots, or whole cells where the terminal's font lacks braille "
                    + "(also :set curve STYLE)") { e, a in
            if let style = a["STYLE"].flatMap(CurveStyle.init(rawValue:)) { e.setCurve(style) }
        },
    ]
}
