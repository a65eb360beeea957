/// The column names of the touchpoints table, for its writer and its reader.
/// Text lanes are named by their lane, metrics by the `Metric` table,
/// personas by `CSVEmotionColumn`.
enum CSVTouchpointColumns {
    static let stage = "stage"
    static let touchpoint = "touchpoint"
    static let channel = "channel"
    static let momentOfTruth = "moment of truth"
    static let yes = "yes"
    static let no = "no"

    /// "conversion rate (%)", "reach".
    static func header(_ metric: Metric) -> String { metric.unit.isEmpty ? metric.label : "\(metric.label) (\(metric.unit))" }
}
