/// `journey export --format md`: a map as GitHub-flavoured Markdown, for a
/// wiki page or a pull request. Objectives, personas, the emotion curve as a
/// Mermaid `journey` block (GitHub draws it), one section per stage with its
/// touchpoints as a table (lanes as rows, as in the editor), then the ranked
/// insights. Every text from the map is escaped: it never becomes markup.
public enum MarkdownExport {
    /// Touchpoints per table: wider tables scroll sideways on GitHub.
    static let columnsPerTable = 5

    public static func export(_ map: JourneyMap) -> String {
        var out: [String] = []
        out.append("# " + MarkdownText.inline(map.title.isEmpty ? "Untitled journey" : map.title))
        if let current = map.futureOf {
            out += ["", "**Future state of:** " + linked(MarkdownText.inline(current), to: current)]
        }
        objectives(map.objectives, into: &out)
        personas(map, into: &out)
        if map.touchpointCount > 0 {
            out += ["", "## Emotion curve", "", "```mermaid"]
            out += MermaidJourney.export(map).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            while out.last == "" { out.removeLast() }
            out.append("```")
        }
        for (number, stage) in map.stages.enumerated() {
            self.stage(stage, number: number + 1, in: map, into: &out)
        }
        insights(map, into: &out)
        return MarkdownText.withoutInvisibleControls(out.joined(separator: "\n") + "\n")
    }

    /// A link to another map file beside the export; the text alone when the path is not one a reader could follow.
    static func linked(_ text: String, to link: String) -> String {
        MapLink.relativeURL(link).map { "[\(text)](\($0))" } ?? text + " (" + MarkdownText.inline(link) + ")"
    }

    static func objectives(_ o: Objectives, into out: inout [String]) {
        var lines: [String] = []
        if !o.purpose.isEmpty { lines += ["", "**Purpose:** " + MarkdownText.paragraph(o.purpose)] }
        if !o.scope.isEmpty { lines += ["", "**Scope:** " + MarkdownText.paragraph(o.scope)] }
        if !o.goals.isEmpty { lines += ["", "**Goals:**", ""] + o.goals.map { "- " + MarkdownText.paragraph($0) } }
        var review: [String] = []
        if let cadence = o.reviewCadence { review.append("reviewed \(cadence.words)") }
        if let last = o.lastReviewed { review.append("last reviewed \(last)") }
        if !review.isEmpty { lines += ["", "**Review:** " + review.joined(separator: ", ")] }
        guard !lines.isEmpty else { return }
        out += ["", "## Objectives"] + lines
    }

    static func personas(_ map: JourneyMap, into out: inout [String]) {
        guard !map.personas.isEmpty else { return }
        out += ["", "## Personas"]
        for persona in map.personas {
            out += ["", "### " + MarkdownText.inline(persona.name)]
            if !persona.quote.isEmpty { out += ["", "> " + MarkdownText.paragraph(Quotation.marked(persona.quote))] }
            let facts = persona.profileFacts
            if !facts.isEmpty {
                out += ["", "| | |", "|---|---|"]
                out += facts.map { "| \($0.label) | \(MarkdownText.inline($0.value)) |" }
            }
            let channels = persona.preferredChannels.map { map.channel(id: $0)?.name ?? $0 }
            for (label, list) in [("Goals", persona.goals), ("Challenges", persona.challenges),
                                  ("Preferred channels", channels)] where !list.isEmpty {
                out += ["", "**\(label):**", ""] + list.map { "- " + MarkdownText.paragraph($0) }
            }
            if !persona.story.isEmpty { out += ["", MarkdownText.paragraph(persona.story)] }
        }
    }

    static func stage(_ stage: Stage, number: Int, in map: JourneyMap, into out: inout [String]) {
        out += ["", "## \(number). " + MarkdownText.inline(stage.name)]
        if !stage.goal.isEmpty { out += ["", "**Goal:** " + MarkdownText.paragraph(stage.goal)] }
        let figures = MetricsText.full(stage.metrics)
        if !figures.isEmpty { out += ["", "**Metrics:** " + figures.joined(separator: " · ")] }
        guard !stage.touchpoints.isEmpty else {
            out += ["", "*No touchpoints yet.*"]
            return
        }
        let lanes = map.lanes.filter { !$0.hidden }
        for first in stride(from: 0, to: stage.touchpoints.count, by: columnsPerTable) {
            let touchpoints = stage.touchpoints[first..<min(stage.touchpoints.count, first + columnsPerTable)]
            let names = touchpoints.map { touchpoint in
                (touchpoint.momentOfTruth ? "★ " : "") + MarkdownText.inline(touchpoint.name)
                    + (touchpoint.link.map { " " + linked("↗", to: $0) } ?? "")
            }
            out += ["", "| | " + names.joined(separator: " | ") + " |",
                    "|---" + String(repeating: "|---", count: touchpoints.count) + "|"]
            var rows: [(String, [String])] = [("Channel", touchpoints.map { MarkdownText.inline(map.channel(id: $0.channel)?.name ?? "") })]
            rows += lanes.map { lane in (MarkdownText.inline(lane.name), touchpoints.map { cell($0, lane: lane, in: map) }) }
            for (label, cells) in rows where cells.contains(where: { !$0.isEmpty }) {
                out.append("| **\(label)** | " + cells.joined(separator: " | ") + " |")
            }
        }
        let hidden = map.lanes.filter(\.hidden).map { MarkdownText.inline($0.name) }
        if !hidden.isEmpty { out += ["", "*Hidden lanes, not shown: " + hidden.joined(separator: ", ") + ".*"] }
    }

    static func cell(_ touchpoint: Touchpoint, lane: Lane, in map: JourneyMap) -> String {
        switch LaneContent(touchpoint, lane: lane, personas: map.personas) {
        case .text(let text):
            return MarkdownText.inline(text)
        case .scores(let scores):
            return scores.compactMap { persona, score in
                score.map { MarkdownText.inline(persona.name) + " " + MetricsText.signed($0) }
            }.joined(separator: MarkdownText.separator)
        case .items(let items):
            return items.map { item in
                let facts = item.figureFacts
                return "• " + MarkdownText.inline(item.text) + (facts.isEmpty ? "" : " (" + facts.joined(separator: ", ") + ")")
            }.joined(separator: " ")
        case .metrics(let metrics):
            return MetricsText.full(metrics).joined(separator: MarkdownText.separator)
        }
    }

    static func insights(_ map: JourneyMap, into out: inout [String]) {
        let ranked = map.rankedInsights()
        guard !ranked.isEmpty else { return }
        let planned = Insight.anyPlanned(ranked)
        let links = Insight.linkWords(ranked)
        out += ["", "## Insights", "",
                "Pain points and opportunities, highest priority first. " + Insight.rankingRule, "",
                "| # | Insight | Kind | Where | Impact | Effort | Votes | Priority |" + (planned ? " Status | Owner | Due | Links |" : ""),
                "|---:|---|---|---|---:|---:|---:|---:|" + (planned ? "---|---|---|---|" : "")]
        for (rank, insight) in ranked.enumerated() {
            let item = insight.item
            let place = MarkdownText.inline(insight.stageName) + " › " + MarkdownText.inline(insight.touchpointName)
            var cells: [String] = ["\(rank + 1)", MarkdownText.inline(item.text), insight.kind.rawValue, place]
            cells.append(item.impact.map(String.init) ?? "")
            cells.append(item.effort.map(String.init) ?? "")
            cells.append(item.votes > 0 ? "\(item.votes)" : "")
            cells.append(insight.priority.map(String.init) ?? "")
            if planned {
                cells += [item.status?.words ?? "", MarkdownText.inline(insight.owner), MarkdownText.inline(item.due ?? ""), links[rank]]
            }
            out.append("| " + cells.joined(separator: " | ") + " |")
        }
    }
}
