import JourneyCore

/// A row of the metrics view's KPI table: a stage, then each of its touchpoints.
public enum MetricsRow: Equatable, Sendable {
    case stage(Int)
    case touchpoint(stage: Int, index: Int)

    public var stage: Int {
        switch self {
        case .stage(let s), .touchpoint(let s, _): s
        }
    }

    public var touchpoint: Int? {
        if case .touchpoint(_, let index) = self { return index }
        return nil
    }
}

/// The KPI table's rows by number, found by walking the stages (never the
/// touchpoints), so a row of a 20,000-touchpoint map costs what a row of a
/// small one does.
public enum MetricsRows {
    public static func count(_ map: JourneyMap) -> Int {
        map.stages.reduce(0) { $0 + 1 + $1.touchpoints.count }
    }

    /// Up to `count` rows from row `first`.
    public static func rows(from first: Int, count: Int, in map: JourneyMap) -> [MetricsRow] {
        var rows: [MetricsRow] = []
        var start = 0
        for (s, stage) in map.stages.enumerated() where rows.count < count {
            let size = 1 + stage.touchpoints.count
            defer { start += size }
            guard first < start + size else { continue }
            for offset in max(0, first - start)..<size where rows.count < count {
                rows.append(offset == 0 ? .stage(s) : .touchpoint(stage: s, index: offset - 1))
            }
        }
        return rows
    }

    public static func row(_ number: Int, in map: JourneyMap) -> MetricsRow? {
        number < 0 ? nil : rows(from: number, count: 1, in: map).first
    }

    /// The row number of a stage, or of one of its touchpoints.
    public static func number(of row: MetricsRow, in map: JourneyMap) -> Int {
        let before = map.stages[..<row.stage].reduce(0) { $0 + 1 + $1.touchpoints.count }
        return before + (row.touchpoint.map { $0 + 1 } ?? 0)
    }

    public static func metrics(of row: MetricsRow, in map: JourneyMap) -> Metrics {
        let stage = map.stages[row.stage]
        return row.touchpoint.map { stage.touchpoints[$0].metrics } ?? stage.metrics
    }

    /// "Purchase › Checkout", or the stage's name alone.
    public static func name(of row: MetricsRow, in map: JourneyMap) -> String {
        let stage = map.stages[row.stage]
        let name = DisplayText.singleLine(DisplayText.visible(stage.name, columns: 60))
        guard let t = row.touchpoint else { return name }
        return name + " › " + DisplayText.singleLine(DisplayText.visible(stage.touchpoints[t].name, columns: 60))
    }

    /// The metrics any stage or touchpoint tracks, in the table's order, worked out afresh
    /// (the view keeps a `MetricsColumns` of its own to avoid that).
    public static func columns(_ map: JourneyMap) -> [Metric] { MetricsColumns().columns(map) }
}
