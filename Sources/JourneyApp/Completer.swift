import JourneyCore
import JourneyView

/// What Tab offers for a parameter, and what a choice accepts: fixed words,
/// or names the map has at the time.
struct Completer: Sendable {
    /// The fixed words, when they are fixed (usage can show them).
    let words: [String]?
    let names: @Sendable (Editor) -> [String]

    init(_ names: @escaping @Sendable (Editor) -> [String]) {
        self.words = nil
        self.names = names
    }

    static func words(_ words: [String]) -> Completer {
        Completer(fixed: words)
    }

    private init(fixed: [String]) {
        self.words = fixed
        self.names = { _ in fixed }
    }

    static let stages = Completer { $0.map.stages.map(\.name) }
    static let stagesAndTouchpoints = Completer { editor in
        editor.map.stages.flatMap { [$0.name] + $0.touchpoints.map(\.name) }
    }
    static let personas = Completer { $0.map.personas.map(\.name) }
    static let sources = Completer { $0.map.sources.map(\.title) }
    static let metrics = words(Metric.allCases.map { $0.typedNames[0] })
    static let views = Completer { _ in MapScreen.allCases.map(\.rawValue) }
    static let themes = words(ThemeCatalog.builtInNames)
    static let cadences = words(ReviewCadence.allCases.map(\.words) + ["none"])
    /// What `:set` sets: a persona's fields and the editor's settings.
    static let settable = words(PersonaFields.all.map(\.name) + ToggleSetting.words)
}
