import JourneyView

/// What a view asks for or offers, in the view's own type: an enum whose
/// cases name things by id, so an answer that comes after a change (an
/// undo, another editor's edit) never lands on something else.
protocol ScreenFieldTarget: Equatable, Sendable {
    /// The view that asks, and answers.
    static var screen: MapScreen { get }
}

/// A view's field or picker option as the editor carries it: typed by the
/// view, routed by `screen` without being read (`ScreenController`).
struct ScreenField: Equatable, Sendable {
    private let target: any ScreenFieldTarget

    init(_ target: some ScreenFieldTarget) {
        self.target = target
    }

    var screen: MapScreen { type(of: target).screen }

    /// The field as its view's own type; nil for another view's.
    func `as`<Target: ScreenFieldTarget>(_: Target.Type) -> Target? { target as? Target }

    static func == (a: ScreenField, b: ScreenField) -> Bool { a.target.isEqual(to: b.target) }
}

private extension ScreenFieldTarget {
    func isEqual(to other: any ScreenFieldTarget) -> Bool { (other as? Self) == self }
}
