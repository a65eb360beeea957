extension MetricsTrend {
    /// Where a measurement computed from a survey came from, for every view
    /// that lists measurements: "from 10 responses to “Checkout pulse” (%
    /// promoters 9–10 minus % detractors 0–6)"; nil for one typed or measured.
    public func origin(of measurement: Measurement, sources: [Source]) -> String? {
        guard let responses = measurement.responses else { return nil }
        var words = "from \(responses) response\(responses == 1 ? "" : "s")"
        if let id = measurement.source, let source = sources.first(where: { $0.id == id }) {
            words += " to “" + DisplayText.singleLine(DisplayText.visible(source.title, columns: 40)) + "”"
        }
        if let kind = SurveyKind(metric: metric) { words += " (" + kind.rule + ")" }
        return words
    }

    /// "NPS 30 on 2031-06-01 from 10 responses to “Checkout pulse” (% promoters 9–10 minus % detractors 0–6)".
    public func explained(_ measurement: Measurement, sources: [Source]) -> String {
        metric.label + " " + text(measurement.value) + " on " + measurement.day
            + (origin(of: measurement, sources: sources).map { " " + $0 } ?? "")
    }
}
