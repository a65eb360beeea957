import FoundationEssentials
import JourneyView

/// A part of the editor beside editing the map (following a lead, the
/// workshop timer, dot voting, leading watchers): it keeps its own state on
/// the editor, its commands in the table, and gets a turn after every event
/// and a word on the status line. `Editor.features` lists them in the order
/// they run; `Editor.update` names none of them.
protocol EditorFeature {
    /// What it keeps on the editor while it is on (nil when off).
    associatedtype State = Void

    /// What the runtime reports back to the feature, as an `Event` case.
    associatedtype Report = Never

    /// The feature's report, when the event is one.
    static func report(in event: Event) -> Report?
    static func receive(_ report: Report, _ editor: inout Editor)
    /// After any step that changed the map (an edit, an undo, a reload).
    static func mapChanged(_ editor: inout Editor)
    /// After every event: bring the feature up to date with what the event
    /// changed (and ask for effects).
    static func settle(_ editor: inout Editor)
    /// Its part of the status line, once the view is made from the modes (see `Editor.view`).
    static func badge(_ editor: Editor, on view: inout ViewState)
    /// When the runtime should wake the editor for it, if ever.
    static func nextTick(_ editor: Editor) -> Date?
}

extension EditorFeature {
    /// Acts on the event if it is the feature's report; false when it is not.
    static func take(_ event: Event, _ editor: inout Editor) -> Bool {
        guard let report = report(in: event) else { return false }
        receive(report, &editor)
        return true
    }
    static func report(in event: Event) -> Report? { nil }
    static func receive(_ report: Report, _ editor: inout Editor) {}
    static func mapChanged(_ editor: inout Editor) {}
    static func settle(_ editor: inout Editor) {}
    static func badge(_ editor: Editor, on view: inout ViewState) {}
    static func nextTick(_ editor: Editor) -> Date? { nil }
}

extension Editor {
    /// The features, in the order they settle and put their badges: following a
    /// lead changes the modes, so it goes first; leading publishes where this
    /// editor ends up, so it goes last.
    static var features: [any EditorFeature.Type] {
        [Following.self, TimerFeature.self, VotingFeature.self, Leading.self, SearchFeature.self, LinkedMaps.self]
    }

    /// Hands an event to the feature it is meant for.
    mutating func deliver(_ event: Event) {
        for feature in Self.features where feature.take(event, &self) { return }
    }

    /// After every event: each feature's turn.
    mutating func settle() {
        for feature in Self.features { feature.settle(&self) }
    }

    /// When the runtime should wake the editor next, for a feature (the timer's face to change).
    public var nextTick: Date? { Self.features.compactMap { $0.nextTick(self) }.min() }
}

/// Each feature's state, by its feature, so that a new feature brings its
/// state in its own file (as `extension Editor { var NAME: State? }`) and
/// `Editor` names no feature.
struct FeatureStates {
    private var states: [ObjectIdentifier: Any] = [:]

    subscript<Feature: EditorFeature>(_ feature: Feature.Type) -> Feature.State? {
        get { states[ObjectIdentifier(feature)] as? Feature.State }
        set { states[ObjectIdentifier(feature)] = newValue }
    }
}
