/// `journey export --format html`: one self-contained page (inline CSS and
/// SVG, no script, nothing from the network) for people who never open a
/// terminal: objectives, personas, the emotion curves, a grid per stage,
/// stage metrics with their targets and trends, the ranked insights, the
/// revealed votes and the parking lot. Printing it gives the whole map on
/// A3 landscape. Every text from the map is escaped.
public enum HTMLExport {
    public static func export(_ map: JourneyMap) -> String {
        let title = map.title.isEmpty ? "Untitled journey" : map.title
        var out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                   "<meta name=\"generator\" content=\"journey\">",
                   "<title>\(HTMLText.escape(title))</title>", "<style>", HTMLStyle.css, "</style>", "</head>", "<body>",
                   "<header>", "<h1>\(HTMLText.escape(title))</h1>"]
        if let current = map.futureOf { out.append("<p class=\"future-of\">Future state of " + linked(current) + "</p>") }
        objectives(map.objectives, into: &out)
        out.append("</header>")
        personas(map, into: &out)
        curve(map, into: &out)
        out.append("<section id=\"stages\">")
        out.append("<h2>Stages</h2>")
        for (number, stage) in map.stages.enumerated() { self.stage(stage, number: number + 1, in: map, into: &out) }
        out.append("</section>")
        metrics(map, into: &out)
        trends(map, into: &out)
        insights(map, into: &out)
        votes(map, into: &out)
        parkingLot(map, into: &out)
        out += ["<footer>Exported by journey from a \(MapFormat.name) version \(MapFormat.version) file.</footer>",
                "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// A link to another map file beside the export (`MapLink.relativeURL`); the path as text when it is not one.
    static func linked(_ link: String, text: String? = nil) -> String {
        guard let url = MapLink.relativeURL(link) else { return HTMLText.escape((text.map { $0 + " " } ?? "") + link) }
        return "<a class=\"map-link\" href=\"\(HTMLText.escape(url))\" title=\"\(HTMLText.escape(link))\">"
            + HTMLText.escape(text ?? link) + "</a>"
    }

    static func objectives(_ o: Objectives, into out: inout [String]) {
        var facts: [(String, String)] = []
        if !o.purpose.isEmpty { facts.append(("Purpose", HTMLText.lines(o.purpose))) }
        if !o.scope.isEmpty { facts.append(("Scope", HTMLText.lines(o.scope))) }
        if !o.goals.isEmpty { facts.append(("Goals", list(o.goals))) }
        var review: [String] = []
        if let cadence = o.reviewCadence { review.append("reviewed \(cadence.words)") }
        if let last = o.lastReviewed { review.append("last reviewed \(HTMLText.escape(last))") }
        if !review.isEmpty { facts.append(("Review", review.joined(separator: ", "))) }
        if !facts.isEmpty { out.append(definitions(facts)) }
    }

    static func personas(_ map: JourneyMap, into out: inout [String]) {
        guard !map.personas.isEmpty else { return }
        out += ["<section id=\"personas\">", "<h2>Personas</h2>", "<div class=\"cards\">"]
        for (p, persona) in map.personas.enumerated() {
            out.append("<article class=\"card\">")
            out.append("<h3>\(EmotionCurveSVG.swatch(p)) \(HTMLText.escape(persona.name))</h3>")
            if !persona.quote.isEmpty { out.append("<blockquote>\(HTMLText.lines(Quotation.marked(persona.quote)))</blockquote>") }
            var facts = persona.profileFacts.map { ($0.label, HTMLText.lines($0.value)) }
            if !persona.goals.isEmpty { facts.append(("Goals", list(persona.goals))) }
            if !persona.challenges.isEmpty { facts.append(("Challenges", list(persona.challenges))) }
            let channels = persona.preferredChannels.map { map.channel(id: $0)?.name ?? $0 }
            if !channels.isEmpty { facts.append(("Preferred channels", HTMLText.escape(channels.joined(separator: ", ")))) }
            if !facts.isEmpty { out.append(definitions(facts)) }
            if !persona.story.isEmpty { out.append("<p>\(HTMLText.lines(persona.story))</p>") }
            out.append("</article>")
        }
        out += ["</div>", "</section>"]
    }

    static func curve(_ map: JourneyMap, into out: inout [String]) {
        guard map.touchpointCount > 0 else { return }
        out += ["<section id=\"emotion\" class=\"curve\">", "<h2>Emotion curve</h2>"]
        if !map.personas.isEmpty {
            let entries = map.personas.enumerated().map { "<span>\(EmotionCurveSVG.swatch($0.offset)) \(HTMLText.escape($0.element.name))</span>" }
            out.append("<div class=\"legend\">" + entries.joined() + "<span class=\"muted\">- - - neutral · ★ moment of truth</span></div>")
        }
        out.append(EmotionCurveSVG(map: map).render())
        out.append("</section>")
    }

    static func stage(_ stage: Stage, number: Int, in map: JourneyMap, into out: inout [String]) {
        out += ["<section class=\"stage\" id=\"stage-\(HTMLText.escape(stage.id))\">",
                "<h3>\(number). \(HTMLText.lines(stage.name))</h3>"]
        if !stage.goal.isEmpty { out.append("<p class=\"goal\">Goal: \(HTMLText.lines(stage.goal))</p>") }
        let figures = MetricsText.full(stage.metrics)
        if !figures.isEmpty { out.append("<p class=\"figures\">\(HTMLText.escape(figures.joined(separator: " · ")))</p>") }
        guard !stage.touchpoints.isEmpty else {
            out += ["<p class=\"muted\">No touchpoints yet.</p>", "</section>"]
            return
        }
        out.append("<table class=\"grid\">")
        let heads = stage.touchpoints.map { t in
            "<th scope=\"col\">" + (t.momentOfTruth ? "<span class=\"moment\" title=\"moment of truth\">★</span> " : "")
                + HTMLText.lines(t.name) + (t.link.map { " " + linked($0, text: "↗") } ?? "") + "</th>"
        }
        out.append("<thead><tr><td></td>" + heads.joined() + "</tr></thead>")
        out.append("<tbody>")
        let channels = stage.touchpoints.map { HTMLText.escape(map.channel(id: $0.channel)?.name ?? "") }
        if channels.contains(where: { !$0.isEmpty }) { out.append(row("Channel", channels)) }
        for lane in map.lanes where !lane.hidden {
            let cells = stage.touchpoints.map { cell($0, lane: lane, in: map) }
            if cells.contains(where: { !$0.isEmpty }) { out.append(row(HTMLText.escape(lane.name), cells, lane: lane)) }
        }
        out += ["</tbody>", "</table>", "</section>"]
    }

    static func row(_ label: String, _ cells: [String], lane: Lane? = nil) -> String {
        let kind = lane.map { " class=\"lane-\($0.kind.rawValue)\"" } ?? ""
        return "<tr\(kind)><th scope=\"row\">\(label)</th>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>"
    }

    static func cell(_ touchpoint: Touchpoint, lane: Lane, in map: JourneyMap) -> String {
        switch LaneContent(touchpoint, lane: lane, personas: map.personas) {
        case .text(let text):
            return HTMLText.lines(text)
        case .scores(let scores):
            return scores.enumerated().compactMap { p, entry in
                entry.score.map {
                    "<span style=\"color: \(EmotionCurveSVG.colour(p))\">\(HTMLText.escape(entry.persona.name)) \(MetricsText.signed($0))</span>"
                }
            }.joined(separator: "<br>")
        case .items(let items):
            guard !items.isEmpty else { return "" }
            return "<ul class=\"items\">" + items.map(item).joined() + "</ul>"
        case .metrics(let metrics):
            return MetricsText.full(metrics).map(HTMLText.escape).joined(separator: "<br>")
        }
    }

    /// A pain point, opportunity, quote or parked idea, with its figures.
    static func item(_ item: Item) -> String {
        let facts = item.figureFacts
        return "<li>" + HTMLText.lines(item.text)
            + (facts.isEmpty ? "" : " <span class=\"figures\">(\(facts.joined(separator: ", ")))</span>") + "</li>"
    }

    /// Stage metrics side by side: the funnel in numbers.
    static func metrics(_ map: JourneyMap, into out: inout [String]) {
        let used = Metric.allCases.filter { metric in map.stages.contains { $0.metrics[metric] != nil } }
        guard !used.isEmpty else { return }
        out += ["<section id=\"metrics\">", "<h2>Metrics by stage</h2>", "<table>"]
        out.append("<thead><tr><th scope=\"col\">Stage</th>"
                   + used.map { "<th scope=\"col\" class=\"num\">\(HTMLText.escape($0.label))</th>" }.joined() + "</tr></thead>")
        out.append("<tbody>")
        for stage in map.stages {
            let cells = used.map { metric in
                "<td class=\"num\">" + (stage.metrics[metric].map { MetricsText.number($0) + metric.unit } ?? "") + "</td>"
            }
            out.append("<tr><th scope=\"row\">\(HTMLText.escape(stage.name))</th>" + cells.joined() + "</tr>")
        }
        out += ["</tbody>", "</table>", "</section>"]
    }

    static func insights(_ map: JourneyMap, into out: inout [String]) {
        let ranked = map.rankedInsights()
        guard !ranked.isEmpty else { return }
        let planned = Insight.anyPlanned(ranked)
        let links = Insight.linkWords(ranked)
        out += ["<section id=\"insights\">", "<h2>Insights</h2>",
                "<p class=\"muted intro\">Pain points and opportunities, highest priority first. \(HTMLText.escape(Insight.rankingRule))</p>",
                "<table>",
                "<thead><tr><th class=\"num\">#</th><th>Insight</th><th>Kind</th><th>Where</th><th class=\"num\">Impact</th>"
                + "<th class=\"num\">Effort</th><th class=\"num\">Votes</th><th class=\"num\">Priority</th>"
                + (planned ? "<th>Status</th><th>Owner</th><th>Due</th><th>Links</th>" : "") + "</tr></thead>",
                "<tbody>"]
        for (rank, insight) in ranked.enumerated() {
            let item = insight.item
            var cells = ["<td class=\"num\">\(rank + 1)</td>", "<td>\(HTMLText.lines(item.text))</td>",
                         "<td>\(insight.kind.rawValue)</td>",
                         "<td>\(HTMLText.lines(insight.stageName)) › \(HTMLText.lines(insight.touchpointName))</td>"]
            for figure in [item.impact, item.effort, item.votes > 0 ? item.votes : nil, insight.priority] {
                cells.append("<td class=\"num\">\(figure.map(String.init) ?? "")</td>")
            }
            if planned {
                cells += [item.status?.words ?? "", insight.owner, item.due ?? "", links[rank]].map { "<td>\(HTMLText.lines($0))</td>" }
            }
            out.append("<tr>" + cells.joined() + "</tr>")
        }
        out += ["</tbody>", "</table>", "</section>"]
    }

    static func definitions(_ facts: [(String, String)]) -> String {
        "<dl class=\"facts\">" + facts.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined() + "</dl>"
    }

    static func list(_ entries: [String]) -> String {
        "<ul>" + entries.map { "<li>\(HTMLText.lines($0))</li>" }.joined() + "</ul>"
    }
}
