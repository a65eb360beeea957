import JourneyCore

/// Maps for the exporters' own tests (JourneyCoreTests) and for the checks
/// of their exports by the real readers, Mermaid's parser and Python's csv
/// module (JourneyEndToEndTests), which need the same maps.
public enum ExportMaps {
    /// Names Mermaid's lexer stops at or treats as keywords, and text that must come back as it was.
    public static let mermaidNames = [
        "Check: out", "Price #1", "a; b", "one, two", "say \"hi\"", "two\nlines", "literal <br> tag", "🏃‍♀️ run",
        "100%% sure", "%% not a comment", "section nine", "title page", "journey planner", "Title Case", "  padded  ",
        "#58; literal", "accDescr { x", "tab\there",
    ]

    /// A stage and two touchpoints for each of `mermaidNames`, and personas who disagree.
    public static func hostileToMermaid() -> JourneyMap {
        var map = JourneyMap(title: "Hostile: #1; title\nsecond line")
        map.personas = [Persona(id: "a", name: "Ann: #1"), Persona(id: "b", name: "Bo, Jr; 🐝"), Persona(id: "c", name: "section")]
        map.stages = mermaidNames.enumerated().map { index, name in
            var touchpoint = Touchpoint(id: "t\(index)", name: name)
            touchpoint.emotion = ["a": Double(index % 5) - 2, "b": index.isMultiple(of: 3) ? 1 : -1]
            if index.isMultiple(of: 4) { touchpoint.emotion = [:] }
            return Stage(id: "s\(index)", name: name, touchpoints: [touchpoint, Touchpoint(id: "u\(index)", name: "second " + name)])
        }
        return map
    }

    /// `hostileToMermaid()` with what a spreadsheet acts on: a formula for a channel's name,
    /// leading signs and quotes, CRLF and control characters in texts, a tiny rate.
    public static func hostileToCSV() -> JourneyMap {
        var map = hostileToMermaid()
        map.channels = [Channel(id: "c", name: "=HYPERLINK(\"x\")", kind: .online), Channel(id: "s", name: "Store", kind: .offline)]
        map.lanes.append(Lane(id: "n", kind: .text, name: "-notes, \"quoted\""))
        for (index, stage) in map.stages.enumerated() {
            for t in stage.touchpoints.indices {
                map.stages[index].touchpoints[t].channel = t == 0 ? "c" : "s"
                map.stages[index].touchpoints[t].momentOfTruth = t == 0
                map.stages[index].touchpoints[t].text = ["actions": "+1 @x\r\nnext", "n": "'quoted", "owner": "-",
                                                         "thoughts": "a bell\u{7} and an escape\u{1B}[31m, kept as data"]
                map.stages[index].touchpoints[t].metrics[.conversionRate] = 0.00001
            }
        }
        return map
    }

    /// Two personas scored on 1…5: Maya by `scores`, Tom by `scores` reversed, a touchpoint each.
    public static func onOneToFive(scores: [Double]) -> JourneyMap {
        var map = JourneyMap(title: "T", personas: [Persona(id: "maya", name: "Maya"), Persona(id: "tom", name: "Tom")],
                             emotionScale: EmotionScale(min: 1, max: 5))
        var touchpoints: [Touchpoint] = []
        for (index, score) in scores.enumerated() {
            var touchpoint = Touchpoint(id: "t\(index)", name: "Touchpoint \(index)")
            touchpoint.emotion = ["maya": score, "tom": scores[scores.count - 1 - index]]
            touchpoints.append(touchpoint)
        }
        map.stages = [Stage(id: "s", name: "Buy", touchpoints: touchpoints)]
        return map
    }

    /// The sample with what a workshop leaves behind, for the HTML report: an
    /// NPS followed over time against a target it misses, a revealed
    /// dot-voting round (one dot on an item deleted since) and parked ideas;
    /// a persona whose name runs to two lines beside its swatch, and a first
    /// touchpoint whose slanted name reaches left of the curve's usual margin.
    public static func report() -> JourneyMap {
        var map = SampleMap.make()
        map.stages[0].touchpoints[0].name = "Search ad for road shoes"
        map.personas[0].name = "Maya, the experienced marathon runner who replaces her worn shoes every spring"
        for (day, nps) in [("2025-09-30", 18.0), ("2025-12-31", 24), ("2026-03-31", 31)] { map.stages[4].metrics.record(.nps, nps, on: day) }
        map.stages[4].metrics.targets[.nps] = 40
        map.votingRounds = [VotingRecord(id: "round-1", opened: "2026-11-24T10:30:00Z", revealed: "2026-11-24T10:42:07Z",
                                         budget: 5, perItem: 3, kinds: [.painPoints],
                                         ballots: ["Ann": ["pp-jargon": 3, "pp-size-generic": 2],
                                                   "Bo": ["pp-size-generic": 3, "pp-gone": 1], "Cy": ["pp-jargon": 1]])]
        map.parkingLot = [Item(id: "park-1", text: "Loyalty programme for club runners", impact: 3),
                          Item(id: "park-2", text: "Ask the shops how they\nmeasure feet")]
        return map
    }

    /// What the touchpoints CSV holds of a map, by names rather than ids: a row per touchpoint.
    public static func csvFields(_ map: JourneyMap) -> [[String]] {
        map.stages.flatMap { stage in
            stage.touchpoints.map { touchpoint in
                [stage.name, touchpoint.name, map.channel(id: touchpoint.channel)?.name ?? "", "\(touchpoint.momentOfTruth)"]
                    + map.lanes.filter(\.kind.holdsText).map { "\($0.name)=\(touchpoint.text[$0.id] ?? "")" }
                    + map.personas.map { "\($0.name)=\(touchpoint.emotion[$0.id].map { "\($0)" } ?? "")" }
                    + touchpoint.metrics.figures.map { "\($0.metric)=\($0.value)" }
            }
        }
    }
}
