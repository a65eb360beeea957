import FoundationEssentials
import JourneyJSON

/// Runs the rules of `CheckRule` over a map.
public enum MapCheck {
    /// `today`: the date reviews are due against (YYYY-MM-DD), so a test can fix it. `linked` reads a
    /// map this one links to (a touchpoint's `link`, the map's `futureOf`, as typed); without it those
    /// rules are not run, and the check touches no file. `library`: the map's workspace library, looked for
    /// by the caller (`.notLooked` leaves the shared rules out).
    public static func run(_ map: JourneyMap, rules: Set<CheckRule> = Set(CheckRule.allCases), today: Date = Date(),
                           linked: ((String) -> Result<JourneyMap, MapLoadError>)? = nil,
                           library: LibraryContext = .notLooked) -> [CheckFinding] {
        var found: [CheckFinding] = []
        func report(_ rule: CheckRule, _ path: JSONPath, _ message: String) {
            if rules.contains(rule) { found.append(CheckFinding(rule: rule, path: path.description, message: message)) }
        }
        let root = JSONPath.root
        for (i, conflict) in map.conflicts.enumerated() {
            report(.mergeConflict, root.key("conflicts").index(i), "unresolved merge conflict: \(conflict.what)")
        }
        if let overdue = reviewOverdue(map.objectives, today: today) {
            report(.reviewOverdue, root.key("objectives").key("lastReviewed"), overdue)
        }
        SharedCheck.run(map, library: library, report: report)
        for (p, persona) in map.personas.enumerated() where persona.goals.isEmpty {
            report(.personaWithoutGoals, root.key("personas").index(p), "persona \"\(persona.name)\" has no goals")
        }
        let links = ItemLinks(map)
        let targets = TargetCheck(map.objectives, today: today)
        var previousReach: (name: String, value: Double)?
        for (s, stage) in map.stages.enumerated() {
            let path = root.key("stages").index(s)
            if stage.touchpoints.isEmpty { report(.emptyStage, path, "stage \"\(stage.name)\" has no touchpoints") }
            if stage.goal.trimmingSpaces().isEmpty {
                report(.stageWithoutGoal, path, "stage \"\(stage.name)\" has no goal")
            }
            funnel(stage, at: path, after: previousReach, report: report)
            if let reach = stage.metrics[.reach] { previousReach = (stage.name, reach) }
            targets.run(stage.metrics, of: "stage \"\(stage.name)\"", at: path, report: report)
            var seen: Set<String> = []
            for (t, touchpoint) in stage.touchpoints.enumerated() {
                let at = path.key("touchpoints").index(t)
                let name = "touchpoint \"\(touchpoint.name)\""
                if !seen.insert(touchpoint.name.lowercased()).inserted {
                    report(.duplicateTouchpoint, at, "\(name) has the name of another touchpoint in stage \"\(stage.name)\"")
                }
                if touchpoint.channel == nil { report(.touchpointWithoutChannel, at, "\(name) has no channel") }
                for persona in map.personas where touchpoint.emotion[persona.id] == nil {
                    report(.missingScore, at, "\(name) has no emotion score for persona \"\(persona.name)\"")
                }
                for (i, pain) in touchpoint.painPoints.enumerated() where links.addressers[pain.id] == nil {
                    report(.unaddressedPainPoint, at.key("painPoints").index(i),
                           "pain point \"\(pain.text)\" at \(name): no opportunity addresses it")
                }
                let touchpointOwner = map.owner(of: touchpoint)
                for (i, opportunity) in touchpoint.opportunities.enumerated() {
                    // An opportunity with no owner of its own is its touchpoint's (the Owner lane).
                    let owned = !opportunity.owner.isEmpty || !touchpointOwner.isEmpty
                    let missing = [owned ? nil : "owner", opportunity.status == nil ? "status" : nil]
                        .compactMap { $0 }
                    if !missing.isEmpty {
                        report(.opportunityWithoutPlan, at.key("opportunities").index(i),
                               "opportunity \"\(opportunity.text)\" at \(name) has no " + missing.joined(separator: " and no "))
                    }
                }
                let scores = touchpoint.emotion.values
                if touchpoint.momentOfTruth, !scores.isEmpty, touchpoint.opportunities.isEmpty,
                   scores.reduce(0, +) / Double(scores.count) < map.emotionScale.neutral {
                    report(.unhappyMoment, at, "\(name) is a moment of truth below neutral with no opportunity")
                }
                targets.run(touchpoint.metrics, of: name, at: at, report: report)
            }
        }
        if !map.sources.isEmpty && (rules.contains(.unbackedClaim) || rules.contains(.assumedStage)) {
            evidence(EvidenceReport(map), report: report)
        }
        if let linked { linkedMaps(map, linked, report: report) }
        return found
    }

    /// Links to files that do not load, and a future state's claims about a current state that does not hold them.
    static func linkedMaps(_ map: JourneyMap, _ linked: (String) -> Result<JourneyMap, MapLoadError>,
                      report: (CheckRule, JSONPath, String) -> Void) {
        let stages = JSONPath.root.key("stages")
        for (s, stage) in map.stages.enumerated() {
            for (t, touchpoint) in stage.touchpoints.enumerated() {
                guard let link = touchpoint.link, case .failure(let error) = linked(link) else { continue }
                report(.brokenLink, stages.index(s).key("touchpoints").index(t).key("link"),
                       "touchpoint \"\(touchpoint.name)\" links to \(link), which does not load: \(error.description)")
            }
        }
        guard let link = map.futureOf else { return }
        let current: JourneyMap
        switch linked(link) {
        case .success(let found): current = found
        case .failure(let error):
            return report(.brokenFutureOf, JSONPath.root.key("futureOf"),
                          "the map is the future state of \(link), which does not load: \(error.description)")
        }
        let pains = Set(current.stages.flatMap { $0.touchpoints.flatMap { $0.painPoints.map(\.id) } })
        for (s, stage) in map.stages.enumerated() {
            for (t, touchpoint) in stage.touchpoints.enumerated() {
                for (o, opportunity) in touchpoint.opportunities.enumerated() {
                    for (r, id) in opportunity.removes.enumerated() where !pains.contains(id) {
                        report(.brokenFutureOf, stages.index(s).key("touchpoints").index(t).key("opportunities").index(o)
                                   .key("removes").index(r),
                               "opportunity \"\(opportunity.text)\" removes pain point \"\(id)\", which \(link) does not hold")
                    }
                }
            }
        }
    }

    /// The evidence rules, for a map that records research: weighty claims that cite none, stages built on assumptions.
    static func evidence(_ report: EvidenceReport, report found: (CheckRule, JSONPath, String) -> Void) {
        for entry in report.claims where entry.citesNothing {
            if entry.momentOfTruth {
                found(.unbackedClaim, path(of: entry.claim), "touchpoint \"\(entry.text)\" is a moment of truth and cites no "
                      + "research; cite a source (:cite in the editor) or record one (:source)")
            } else if entry.noun == "pain point", let priority = entry.priority, Insight.isHighPriority(priority) {
                found(.unbackedClaim, path(of: entry.claim), "pain point \"\(entry.text)\" at \"\(entry.touchpoint ?? "")\" has "
                      + "priority \(priority) and cites no research")
            }
        }
        var seen: Set<String> = []
        // A stage's first claim is its first touchpoint, which says where the stage is.
        for entry in report.claims where seen.insert(entry.stageID).inserted {
            guard case .touchpoint(let stage, _) = entry.claim else { continue }
            let (assumed, total) = report.assumptions(inStage: entry.stageID)
            guard assumed * 2 > total else { continue }
            found(.assumedStage, JSONPath.root.key("stages").index(stage),
                  "stage \"\(entry.stage)\": \(assumed) of its \(total) touchpoints and items are assumed, backed by no research")
        }
    }

    static func path(of claim: Claim) -> JSONPath {
        let stages = JSONPath.root.key("stages")
        switch claim {
        case .touchpoint(let s, let i): return stages.index(s).key("touchpoints").index(i)
        case .laneText(let s, let i, let lane): return stages.index(s).key("touchpoints").index(i).key("text").key(lane)
        case .item(let s, let i, let kind, let n): return stages.index(s).key("touchpoints").index(i).key(kind.rawValue).index(n)
        case .parked(let n): return JSONPath.root.key("parkingLot").index(n)
        }
    }

    static func funnel(_ stage: Stage, at path: JSONPath, after previous: (name: String, value: Double)?,
                       report: (CheckRule, JSONPath, String) -> Void) {
        let metrics = path.key("metrics")
        if let conversion = stage.metrics[.conversionRate], let dropOff = stage.metrics[.dropOffRate], conversion + dropOff > 100 {
            report(.funnel, metrics, "stage \"\(stage.name)\": conversion \(MetricsText.number(conversion))% and drop-off "
                   + "\(MetricsText.number(dropOff))% add up to over 100%")
        }
        if let reach = stage.metrics[.reach], let previous, reach > previous.value {
            report(.funnel, metrics.key("reach"), "stage \"\(stage.name)\": reach \(MetricsText.number(reach)) is more than "
                   + "\(MetricsText.number(previous.value)) in \"\(previous.name)\" before it; a funnel narrows")
        }
    }

    /// The review's due date passed: "last reviewed 2025-05-14, reviewed quarterly: due 2025-08-14, 101 days ago".
    static func reviewOverdue(_ objectives: Objectives, today: Date) -> String? {
        guard let review = objectives.review(today: today), review.daysLate > 0,
              let cadence = objectives.reviewCadence, let last = objectives.lastReviewed else { return nil }
        let late = review.daysLate
        return "last reviewed \(last), reviewed \(cadence.words): due \(review.due), \(late) day\(late == 1 ? "" : "s") ago"
    }
}
