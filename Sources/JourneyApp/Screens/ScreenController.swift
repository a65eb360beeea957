import JourneyCore
import JourneyView

/// A view's part in the editor: its keys, the hints and the place it puts
/// on the status line, and the answers to the fields and options it asks
/// for. Each view's file declares one beside its keys; `all` registers them.
public struct ScreenController: Sendable {
    public let screen: MapScreen
    let commands: [Command]
    let status: @Sendable (Editor) -> String
    let answer: @Sendable (inout Editor, ScreenField, String) -> Bool
    let pick: @Sendable (inout Editor, ScreenField) -> Void

    /// Every view, in the order `v` lists them and the help explains them. The one place a view is registered.
    public static let all: [ScreenController] = [.grid, .overview, .personas, .insights, .metrics, .channels, .evidence,
                                                  .compare]

    static let byScreen = Dictionary(uniqueKeysWithValues: all.map { ($0.screen, $0) })

    /// The grid is the editor's own mode; as a view it is only a place to come back to.
    static let grid = ScreenController(screen: .grid, commands: [], status: { _ in "" },
                                       answer: { _, _, _ in true }, pick: { _, _ in })
}

extension ScreenController {
    /// A view whose fields and options are `Field`: its answers come in its own type.
    init<Field: ScreenFieldTarget>(_: Field.Type, commands: [Command],
                                   status: @escaping @Sendable (Editor) -> String,
                                   answer: @escaping @Sendable (inout Editor, Field, String) -> Bool,
                                   pick: @escaping @Sendable (inout Editor, Field) -> Void) {
        self.init(screen: Field.screen, commands: commands, status: status,
                  answer: { e, field, text in field.as(Field.self).map { answer(&e, $0, text) } ?? true },
                  pick: { e, field in if let field = field.as(Field.self) { pick(&e, field) } })
    }
}

extension MapScreen {
    /// Every view, as registered (`ScreenController.all`).
    public static var allCases: [MapScreen] { ScreenController.all.map(\.screen) }

    /// A view by its name (`:view NAME`, `journey show --view NAME`, a lead file).
    public init?(rawValue: String) {
        guard let screen = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = screen
    }

    var controller: ScreenController { ScreenController.byScreen[self] ?? .grid }
}

extension ScreenStates {
    /// Every view's state, blank and stored from the start, so that what a
    /// view works out and memoizes lasts from its first frame to the next.
    static var everyView: ScreenStates {
        var states = ScreenStates()
        for screen in MapScreen.allCases { screen.keepState(in: &states) }
        return states
    }
}
