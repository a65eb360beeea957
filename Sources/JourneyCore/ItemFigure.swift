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
