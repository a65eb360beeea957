import JourneyApp
import JourneyCore
import JourneyView

/// A view of a map as the editor draws it, without an editor: the view is
/// shown and named on the status line, then the caller sets what it tests.
enum ScreenFrame {
    static func render(_ screen: MapScreen, _ map: JourneyMap, width: Int, height: Int,
                       theme: Theme = ThemeCatalog.builtinDefault, _ change: (inout ViewState) -> Void = { _ in }) -> CellGrid {
        var state = ViewState(file: FileStatus(name: "sample.json"))
        state.screen = screen
        state.modeName = screen.title.uppercased()
        change(&state)
        return EditorScreen.render(map: map, index: ColumnIndex(map), state: state, theme: theme, width: width, height: height,
                                   help: HelpContent.rows)
    }
}
