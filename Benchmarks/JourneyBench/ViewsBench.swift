import Foundation
import JourneyApp
import JourneyCore
import JourneyView

/// Each view's frame on a big map at 120x40: the first (nothing cached), a
/// frame again, `j` and its frame, and for the insights view a vote (a change
/// that every cached figure must follow) and its frame.
enum ViewsBench {
    static func run(touchpoints: Int) {
        let map = MapGenerator.make(touchpoints: touchpoints)
        let theme = ThemeCatalog.builtinDefault
        print("views, \(touchpoints) touchpoints, \(map.insights().count) items, 120x40 (ms, best of 10):")
        print("view        first frame  frame  j + frame  change + frame")
        for screen in MapScreen.allCases {
            var editor = Editor(document: Document(map: map, path: nil, isSaved: true), displayName: "bench", width: 120,
                                height: 40)
            if screen != .grid {
                _ = editor.update(.key(.character("v")))
                _ = editor.update(.key(.character(screen.hotkey)))
            }
            let clock = ContinuousClock()
            let first = Bench.milliseconds(clock.measure { _ = editor.frame(theme: theme) })
            let frame = Bench.best(10) { _ = editor.frame(theme: theme) }
            let move = Bench.best(10) {
                _ = editor.update(.key(.character("j")))
                _ = editor.frame(theme: theme)
            }
            var change = "—"
            if screen == .insights {
                change = format(Bench.best(10) {
                    _ = editor.update(.key(.character("+")))
                    _ = editor.frame(theme: theme)
                })
            }
            print(screen.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                  + [format(first), format(frame), format(move), change].map { $0.leftPadded(to: 11) }.joined(separator: "  "))
        }
    }

    static func format(_ ms: Double) -> String { String(format: "%.2f", ms) }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
