/// A map as one fact per line, in the map's order, for git's `textconv`
/// (`journey show --plain`): `git log -p` and `git show` then print changes
/// as lines a person reads, and a line changes only when its fact does.
/// Line breaks inside a text are written as ⏎ so each fact stays one line.
/// Touchpoint facts name the touchpoint, not its stage: the stage is the
/// `stage` line above them.
public enum MapFacts {
    public static func lines(_ map: JourneyMap) -> String {
        var out: [String] = []
        // Made at the first link or ballot: a look-up by id, not a walk of the map for each.
        var links: ItemLinks?
        func index() -> ItemLinks {
            if let links { return links }
            links = ItemLinks(map)
            return links!
        }
        func fact(_ key: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            out.append(DiffText.oneLine(key) + ": " + DiffText.oneLine(value))
        }
        fact("title", map.title)
        fact("future state of", map.futureOf)
        let o = map.objectives
        fact("purpose", o.purpose)
        for goal in o.goals { fact("goal", goal) }
        fact("scope", o.scope)
        fact("last reviewed", o.lastReviewed)
        fact("review cadence", o.reviewCadence?.words)
        fact("emotion scale", "\(map.emotionScale.min)..\(map.emotionScale.max)")
        for persona in map.personas {
            let key = "persona \(persona.name)"
            out.append(DiffText.oneLine(key))
            for (label, value) in persona.profileFacts { fact(key + " › " + label.lowercased(), value) }
            for goal in persona.goals { fact(key + " › goal", goal) }
            for challenge in persona.challenges { fact(key + " › challenge", challenge) }
            for channel in persona.preferredChannels { fact(key + " › preferred channel", map.channel(id: channel)?.name ?? channel) }
            fact(key + " › quote", persona.quote)
            fact(key + " › story", persona.story)
            if persona.shared { fact(key + " › shared", "from the workspace library") }
        }
        for channel in map.channels {
            out.append("channel " + DiffText.oneLine(channel.name) + " (\(channel.kind.rawValue)\(channel.shared ? ", shared" : ""))")
        }
        for lane in map.lanes {
            out.append("lane " + DiffText.oneLine(lane.name) + " (\(lane.kind.rawValue)\(lane.hidden ? ", hidden" : ""))")
        }
        // A stage's name is on its line alone, and the touchpoints after that line are
        // its own: renaming a stage changes one line, and a move moves only the moved.
        for stage in map.stages {
            out.append("stage \(DiffText.oneLine(stage.name))")
            fact("stage goal", stage.goal)
            metricFacts(stage.metrics, "stage", fact, joinedBy: " ")
            for touchpoint in stage.touchpoints {
                let key = DiffText.oneLine(touchpoint.name)
                out.append("touchpoint " + key)
                fact(key + " › channel", map.channel(id: touchpoint.channel)?.name ?? touchpoint.channel)
                if touchpoint.momentOfTruth { out.append(DiffText.oneLine(key) + " › moment of truth") }
                fact(key + " › linked to", touchpoint.link)
                for lane in map.lanes where lane.kind.holdsText { fact(key + " › " + lane.name, touchpoint.text[lane.id]) }
                for persona in map.personas {
                    fact(key + " › emotion: " + persona.name, touchpoint.emotion[persona.id].map(MetricsText.signed))
                }
                for kind in LaneKind.itemLists {
                    let subject = kind.itemNoun!
                    for item in touchpoint.items(of: kind) ?? [] {
                        let figures = item.figureFacts + item.planFacts
                        fact(key + " › " + subject, item.text + (figures.isEmpty ? "" : " (" + figures.joined(separator: ", ") + ")"))
                        for link in item.addresses {
                            fact(key + " › " + subject + " › addresses", index().painPointText(link) ?? link)
                        }
                        for removed in item.removes { fact(key + " › " + subject + " › removes current pain point", removed) }
                    }
                }
                metricFacts(touchpoint.metrics, key, fact)
            }
        }
        for idea in map.parkingLot { fact("parked idea", idea.text) }
        for round in map.votingRounds {
            fact("voting round", round.summary)
            for (participant, dots) in round.ballots.sorted(by: { $0.key < $1.key }) {
                let placed = dots.sorted { $0.key < $1.key }.map { "\(index().itemText($0.key) ?? $0.key) \($0.value)" }
                fact("voting round › " + participant, placed.joined(separator: ", "))
            }
        }
        for conflict in map.conflicts { fact("undecided merge conflict", conflict.what) }
        return out.joined(separator: "\n") + "\n"
    }

    /// Each metric's value, target and measurements, a line each.
    static func metricFacts(_ metrics: Metrics, _ key: String, _ fact: (String, String?) -> Void, joinedBy separator: String = " › ") {
        for metric in metrics.tracked {
            let text = { (value: Double) in MetricsText.number(value) + metric.unit }
            let key = key + separator + metric.label
            fact(key, metrics[metric].map(text))
            fact(key + " › target", metrics.targets[metric].map(text))
            for point in metrics.history[metric] ?? [] { fact(key + " › " + point.day, text(point.value)) }
        }
    }
}
