/// The numbers a pain point, opportunity or quote carries. The raw value is
/// the key in the map file.
public enum ItemFigure: String, CaseIterable, Sendable {
    case impact, effort, votes
}

extension Item {
    /// A figure by name. No votes reads as nil, so that every figure is
    /// cleared, and left out of the file, alike.
    public subscript(figure: ItemFigure) -> Int? {
        get {
            switch figure {
            case .impact: impact
            case .effort: effort
            case .votes: votes == 0 ? nil : votes
            }
        }
        set {
            switch figure {
            case .impact: impact = newValue
            case .effort: effort = newValue
            case .votes: votes = newValue ?? 0
            }
        }
    }
}

extension Item {
    /// The figures in words, for display: "impact 4", "effort 2", "3 votes".
    public var figureFacts: [String] {
        var facts: [String] = []
        if let impact { facts.append("impact \(impact)") }
        if let effort { facts.append("effort \(effort)") }
        if votes > 0 { facts.append(votes == 1 ? "1 vote" : "\(votes) votes") }
        return facts
    }
}

extension Item {
    /// What is done about it, in words: "in progress", "owner Kim", "due 2026-03-31".
    public var planFacts: [String] {
        var facts: [String] = []
        if let status { facts.append(status.words) }
        if !owner.isEmpty { facts.append("owner " + owner) }
        if let due { facts.append("due " + due) }
        return facts
    }
}
