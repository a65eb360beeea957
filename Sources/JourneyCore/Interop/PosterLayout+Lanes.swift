/// The lanes' rows: what `LaneContent` says a lane holds at a touchpoint,
/// drawn as text, item cards or figures; the emotion lane is the plot.
extension PosterLayout {
    mutating func layLanes() {
        let insights = Dictionary(grouping: map.insights(), by: \.touchpoint)
        var plotted = false
        for lane in map.lanes where !lane.hidden {
            if lane.kind == .emotion {
                if !plotted { layEmotion(label: lane.name) }
                plotted = true
                continue
            }
            let (columns, personas) = (columns, map.personas)
            _ = row(label: lane.name, role: .cell, spans: columnSpans) { c, stack in
                guard let touchpoint = columns[c].touchpoint else { return }
                Self.cell(LaneContent(touchpoint, lane: lane, personas: personas), lane: lane,
                     insights: insights[touchpoint.id] ?? [], into: &stack)
            }
        }
        if !plotted && map.stages.contains(where: { $0.touchpoints.contains { !$0.emotion.isEmpty } }) {
            layEmotion(label: LaneKind.emotion.defaultName)
        }
    }

    static func cell(_ content: LaneContent, lane: Lane, insights: [Insight], into stack: inout PosterStack) {
        switch content {
        case .text(let text):
            stack.text(text, Self.body)
        case .scores:
            break
        case .metrics(let metrics):
            for line in MetricsText.full(metrics) { stack.text(line, Self.small) }
        case .items(let items):
            guard let kind = Insight.Kind.allCases.first(where: { $0.laneKind == lane.kind }) else {
                for (index, quote) in items.enumerated() {
                    if index > 0 { stack.space(Self.gap) }
                    stack.text(quote.text, PosterStyle(size: Self.body.size, italic: true))
                }
                return
            }
            for (index, insight) in insights.filter({ $0.kind == kind }).enumerated() {
                if index > 0 { stack.space(Self.gap) }
                card(insight, into: &stack)
            }
        }
    }

    /// A pain point or an opportunity: its kind in words (the colour is not
    /// all that tells them apart), its text, its figures and its plan.
    static func card(_ insight: Insight, into stack: inout PosterStack) {
        stack.box(insight.kind == .painPoint ? .painPoint : .opportunity, id: insight.item.id, padding: 7) { card in
            card.text(insight.kind.rawValue.uppercased(), Self.smallBold)
            card.space(2)
            card.text(insight.item.text, Self.body)
            let figures = insight.item.figureFacts + (insight.priority.map { ["priority \($0)"] } ?? [])
            if !figures.isEmpty {
                card.space(3)
                card.facts(figures, Self.smallBold)
            }
            if !insight.item.planFacts.isEmpty {
                card.facts(insight.item.planFacts, Self.note)
            }
        }
    }

    /// Each stage's figures with their trend and target, how many went on
    /// from the stage before, and its reach as a bar against the widest.
    mutating func layStageMetrics() {
        let (funnel, stages) = (MetricsFunnel(map), map.stages)
        guard stages.contains(where: { !$0.metrics.tracked.isEmpty }) else { return }
        let spans = stages.indices.compactMap { s in span(of: s).map { (stages[s].id, $0.x, $0.width) } }
        _ = row(label: "Stage metrics", role: .kpi, spans: spans) { s, stack in
            let stage = stages[s]
            for trend in stage.metrics.trends {
                let parts = [trend.metric.label, trend.latest.map(trend.text), trend.firstToLast.map { "(\($0))" }, trend.targetWords]
                stack.text(parts.compactMap { $0 }.joined(separator: " "), Self.body)
            }
            if let step = funnel.step(into: s) {
                stack.space(3)
                stack.text("From \(stages[step.from].name): \(step.words)", Self.note)
            }
            if let reach = stage.metrics[.reach], funnel.widest > 0 {
                stack.space(5)
                let bar = PosterRect(x: stack.x, y: stack.bottom, width: max(2, stack.width * reach / funnel.widest), height: 8)
                stack.add(PosterBox(role: .funnelBar, rect: bar, id: stage.id))
            }
        }
    }
}
