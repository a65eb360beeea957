/// Metric figures in words short enough for a grid cell, or in full; the
/// names and units come from the `Metric` table.
public enum MetricsText {
    public static func compact(_ m: Metrics) -> [String] { describe(m, short: true) }
    public static func full(_ m: Metrics) -> [String] { describe(m, short: false) }

    static func describe(_ m: Metrics, short: Bool) -> [String] {
        m.figures.map { metric, value in
            let figure = short && metric.isWhole ? count(value) : number(value) + metric.unit
            return (short ? metric.shortLabel : metric.label) + " " + figure
        }
    }

    public static func number(_ value: Double) -> String {
        if value.rounded() == value && abs(value) < 1e15 { return String(Int(value)) }
        return String((value * 10).rounded() / 10)
    }

    /// A share to one decimal however round it is ("12.0%", "87.4%"), so shares side by side read alike.
    public static func percent(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        guard tenths.isFinite, abs(tenths) < 1e15 else { return number(value) + "%" }
        let magnitude = Int(abs(tenths))
        return (tenths < 0 ? "-" : "") + "\(magnitude / 10).\(magnitude % 10)%"
    }

    /// An emotion score with its sign: "+1", "0", "-0.5".
    public static func signed(_ score: Double) -> String { (score > 0 ? "+" : "") + number(score) }

    /// A count in a few characters: 2400 is 2.4k, 54000 is 54k.
    public static func count(_ value: Double) -> String {
        switch value {
        case 1_000_000_000...: number(value / 1_000_000_000) + "B"
        case 1_000_000...: number(value / 1_000_000) + "M"
        case 10_000...: number((value / 1000).rounded(.towardZero)) + "k"
        case 1_000...: number(value / 1000) + "k"
        default: number(value)
        }
    }
}
