/// The items table: one row per pain point, opportunity and quote in map
/// order, with its priority from `Insight` (empty for quotes and unrated
/// items), what is done about it (status, owner, due day), its id and the
/// ids of the pain points it addresses (space-separated), and the
/// touchpoint's owner (its first owner lane's text).
enum CSVItems {
    static let header = ["stage", "touchpoint", "kind", "text", "impact", "effort", "votes", "priority", "status", "owner", "due", "id", "addresses",
                         "touchpoint owner"]

    static func rows(_ map: JourneyMap) -> [[String]] {
        let owner = map.lanes.first { $0.kind == .owner }
        var rows = [header]
        for stage in map.stages {
            for touchpoint in stage.touchpoints {
                let lists: [(String, [Item], Insight.Kind?)] = [
                    (Insight.Kind.painPoint.rawValue, touchpoint.painPoints, .painPoint),
                    (Insight.Kind.opportunity.rawValue, touchpoint.opportunities, .opportunity),
                    ("quote", touchpoint.quotes, nil),
                ]
                for (kind, items, insightKind) in lists {
                    for item in items {
                        let priority = insightKind.flatMap { kind in
                            Insight(kind: kind, item: item, stage: stage.id, stageName: stage.name,
                                    touchpoint: touchpoint.id, touchpointName: touchpoint.name).priority
                        }
                        rows.append([
                            SpreadsheetText.write(stage.name), SpreadsheetText.write(touchpoint.name), kind, SpreadsheetText.write(item.text),
                            item.impact.map(String.init) ?? "", item.effort.map(String.init) ?? "", String(item.votes),
                            priority.map(String.init) ?? "", item.status?.words ?? "", SpreadsheetText.write(item.owner),
                            SpreadsheetText.write(item.due ?? ""), SpreadsheetText.write(item.id),
                            SpreadsheetText.write(item.addresses.joined(separator: " ")), SpreadsheetText.write(owner.flatMap { touchpoint.text[$0.id] } ?? ""),
                        ])
                    }
                }
            }
        }
        return rows
    }
}
