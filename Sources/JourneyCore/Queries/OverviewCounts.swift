/// What the overview counts of a map, in one pass over its touchpoints:
/// how big it is, how many pain points are still open, and where its
/// opportunities stand.
public struct OverviewCounts: Equatable, Sendable {
    public var touchpoints = 0
    public var personas = 0
    public var painPoints = 0
    /// Pain points that no opportunity marked done addresses.
    public var openPainPoints = 0
    public var opportunities = 0
    /// Opportunities by status; nil counts those with no status.
    public var byStatus: [ItemStatus?: Int] = [:]

    /// What "open" means, as the overview says it.
    public static let openRule = "open: no opportunity addressing it is done"

    public init(_ map: JourneyMap) {
        personas = map.personas.count
        // Pain points fixed by a finished opportunity; every other one is open.
        var fixed = Set<String>()
        for stage in map.stages {
            for touchpoint in stage.touchpoints {
                touchpoints += 1
                painPoints += touchpoint.painPoints.count
                for opportunity in touchpoint.opportunities {
                    opportunities += 1
                    byStatus[opportunity.status, default: 0] += 1
                    if opportunity.status == .done { fixed.formUnion(opportunity.addresses) }
                }
            }
        }
        openPainPoints = painPoints
        guard !fixed.isEmpty else { return }
        for stage in map.stages {
            for touchpoint in stage.touchpoints {
                for pain in touchpoint.painPoints where fixed.contains(pain.id) { openPainPoints -= 1 }
            }
        }
    }

    /// "idea 3", "planned 2", "in progress 1", "done 1", "no status 4": every status, zeros too.
    public var statusCounts: [String] {
        let statuses: [ItemStatus?] = ItemStatus.allCases.map { $0 } + [nil]
        return statuses.map { status in "\(status?.words ?? "no status") \(byStatus[status] ?? 0)" }
    }
}
