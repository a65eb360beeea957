import JourneyApp
import JourneyCore
import JourneyView

/// Frame time of the insights view on a big map: the table, the quadrant,
/// and a key that changes an item (the frame after it).
enum InsightsBench {
    static func run(touchpoints: Int) {
        let map = MapGenerator.make(touchpoints: touchpoints)
        let index = ColumnIndex(map)
        let theme = ThemeCatalog.builtinDefault
        var state = ViewState(fileName: "bench")
        state.screen = .insights
        let table = Bench.best(10) { _ = EditorScreen.render(map: map, index: index, state: state, theme: theme, width: 120, height: 40) }
        state.insights.showQuadrant = true
        let quadrant = Bench.best(10) { _ = EditorScreen.render(map: map, index: index, state: state, theme: theme, width: 120, height: 40) }
        state.insights.showQuadrant = false
        state.insights.query.sort = .text
        let byText = Bench.best(10) { _ = EditorScreen.render(map: map, index: index, state: state, theme: theme, width: 120, height: 40) }
        var editor = Editor(document: Document(map: map, path: nil, isSaved: true), displayName: "bench", width: 120, height: 40)
        _ = editor.update(.key(.character("v")))
        _ = editor.update(.key(.character("i")))
        let key = Bench.best(10) {
            _ = editor.update(.key(.character("+")))
            _ = editor.frame(theme: theme)
        }
        print("insights view, \(touchpoints) touchpoints, \(map.insights().count) items, 120x40: table frame "
              + "\(Int(table)) ms, quadrant frame \(Int(quadrant)) ms, sorted by text \(Int(byText)) ms, vote key + frame \(Int(key)) ms")
    }
}
