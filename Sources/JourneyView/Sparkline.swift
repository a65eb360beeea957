/// A series of numbers as a line of block glyphs, lowest ▁ to highest █,
/// scaled between the series' own least and greatest value. The glyphs are
/// shapes, not colours, so they read in monochrome and on a projector.
public enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The last `width` values (the newest matter most); a flat series is a row of ▄.
    public static func text(_ values: [Double], width: Int = 8) -> String {
        let shown = values.suffix(max(0, width))
        guard let low = shown.min(), let high = shown.max() else { return "" }
        guard high > low else { return String(repeating: "▄", count: shown.count) }
        return String(shown.map { value in
            levels[min(levels.count - 1, Int((value - low) / (high - low) * Double(levels.count - 1) + 0.5))]
        })
    }
}
