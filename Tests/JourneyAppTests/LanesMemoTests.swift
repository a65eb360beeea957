@testable import JourneyApp
import JourneyCore
import JourneyTestSupport
import JourneyView
import Testing

/// The grid's memo never shows a stale cell: after every key of random
/// sessions (edits, undo and redo, hiding lanes, personas, resizes), the
/// frame drawn with the memo equals the frame drawn from nothing.
@Suite struct LanesMemoTests {
    static let keys: [Key] = [
        .left, .right, .up, .down, .character("h"), .character("l"), .character("j"), .character("k"), .tab, .pageDown,
        .character("u"), .control("r"), .enter, .character("x"), .character("X"), .character("Z"), .character("z"),
        .character("d"), .character("p"), .character("+"), .character("-"), .character("2"), .character("a"),
        .character("o"), .character("m"), .character(">"), .character("<"), .escape, .backspace, .character("e"),
    ]

    @Test(arguments: 1...12)
    func aFrameWithTheMemoIsTheFrameFromNothing(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        var editor = Editor(document: Document(map: SampleMap.make(), path: nil, isSaved: true), displayName: "sample",
                            width: 120, height: 40)
        let theme = ThemeCatalog.builtinDefault
        for step in 0..<150 {
            if step % 50 == 49 {
                let sizes = [(80, 24), (120, 40), (100, 30)]
                let size = sizes[Int(random.next() % 3)]
                _ = editor.update(.resize(width: size.0, height: size.1))
            } else if random.next() % 6 == 0 {
                _ = editor.update(.paste("typed \(step)"))
            } else {
                _ = editor.update(.key(Self.keys[Int(random.next() % UInt64(Self.keys.count))]))
            }
            let drawn = editor.frame(theme: theme)
            var fresh = editor.view
            fresh.lanesMemo = LanesMemo()
            let expected = EditorScreen.render(map: editor.map, index: editor.index, state: fresh, theme: theme,
                                               width: editor.width, height: editor.height, help: HelpContent.rows)
            guard drawn == expected else {
                Issue.record("seed \(seed), step \(step): the memo's frame differs:\n\(drawn.text)\nfrom nothing:\n\(expected.text)")
                return
            }
        }
    }
}
