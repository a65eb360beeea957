/// The touchpoints table: stage, touchpoint, channel, moment of truth, each
/// text lane (by lane name), each persona's score ("emotion: Maya", with the
/// map's scale when it is not -2..2: "emotion: Maya (1..5)") and each
/// metric of the `Metric` table, every one of them always, so every map's
/// table has the same shape. Stage metrics are not in it.
enum CSVTouchpoints {
    static func rows(_ map: JourneyMap) -> [[String]] {
        typealias Columns = CSVTouchpointColumns
        let lanes = map.lanes.filter { $0.kind.holdsText }
        let header = [Columns.stage, Columns.touchpoint, Columns.channel, Columns.momentOfTruth] + lanes.map(\.name)
            + map.personas.map { CSVEmotionColumn.header(persona: $0.name, scale: map.emotionScale) } + Metric.allCases.map(Columns.header)
        var rows = [unique(header).map(SpreadsheetText.write)]
        for stage in map.stages {
            for touchpoint in stage.touchpoints {
                var row = [stage.name, touchpoint.name, map.channel(id: touchpoint.channel)?.name ?? ""].map(SpreadsheetText.write)
                row.append(touchpoint.momentOfTruth ? Columns.yes : Columns.no)
                row += lanes.map { SpreadsheetText.write(touchpoint.text[$0.id] ?? "") }
                row += map.personas.map { touchpoint.emotion[$0.id].map(PlainNumber.text) ?? "" }
                row += Metric.allCases.map { touchpoint.metrics[$0].map(PlainNumber.text) ?? "" }
                rows.append(row)
            }
        }
        return rows
    }

    /// Column names as written, a repeated one numbered ("Notes (2)") so that
    /// a reader can tell the columns apart.
    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.map { name in
            var candidate = name
            var n = 2
            while !seen.insert(candidate).inserted {
                candidate = "\(name) (\(n))"
                n += 1
            }
            return candidate
        }
    }
}
