/// What a view keeps while other views are shown (its selection, scroll,
/// caches): made blank the first time the view is asked for it.
public protocol ScreenState: Equatable, Sendable {
    init()
}

/// Each view's own state, by its type, so that a new view brings its state
/// in its own file (as `extension ScreenStates { var NAME: NAMEState }`) and
/// `ViewState` names no view.
public struct ScreenStates: Equatable, Sendable {
    private var states: [ObjectIdentifier: any ScreenState] = [:]

    public init() {}

    public subscript<State: ScreenState>(_ type: State.Type) -> State {
        get { states[ObjectIdentifier(type)] as? State ?? State() }
        set { states[ObjectIdentifier(type)] = newValue }
    }

    public static func == (a: ScreenStates, b: ScreenStates) -> Bool {
        // A state never asked for equals a blank one.
        a.states.allSatisfy { key, state in b.states[key].map(state.isEqual) ?? state.isBlank }
            && b.states.allSatisfy { key, state in a.states[key] != nil || state.isBlank }
    }
}

extension ScreenState {
    fileprivate func isEqual(_ other: any ScreenState) -> Bool { (other as? Self) == self }
    fileprivate var isBlank: Bool { self == Self() }
}
