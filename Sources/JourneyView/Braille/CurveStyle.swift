import JourneyCore

/// How the emotion curve is drawn: braille dots, 2×4 to a cell, between the
/// personas' points; or whole cells of box drawing, for a terminal or font
/// without the braille glyphs (`:set curve cells`, `journey show --curve cells`).
public enum CurveStyle: String, CaseIterable, Sendable {
    case braille, cells

    /// Braille unless the locale (LC_ALL, LC_CTYPE, LANG: the first set)
    /// names another character set than UTF-8. No locale at all says nothing
    /// of the terminal, and journey then draws in UTF-8 anyway (see the
    /// terminal's locale), so braille.
    public static func forLocale(_ environment: Environment) -> CurveStyle {
        let names = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }
        guard let locale = names.first(where: { !$0.isEmpty })?.lowercased() else { return .braille }
        return locale.contains("utf-8") || locale.contains("utf8") ? .braille : .cells
    }
}
