import Foundation
import JourneyApp
import JourneyCore
import JourneyView

/// Typing into huge fields: a 100,000-character paste into a cell, then
/// keys typed after it; and keys typed into a title 5 MB long. Each figure
/// is the time from the event to the frame drawn after it, as a person
/// would feel it, so quadratic work anywhere shows at once.
enum TypingBench {
    static func run() {
        let theme = ThemeCatalog.builtinDefault
        var editor = Editor(document: Document(map: SampleMap.make(), path: nil, isSaved: true), displayName: "bench",
                            width: 120, height: 40)
        let paste = String(repeating: "Customers wait for a reply that never comes. ", count: 100_000 / 45 + 1).prefix(100_000)
        _ = editor.update(.key(.character("c")))
        let pasteMs = Bench.best(1) {
            _ = editor.update(.paste(String(paste)))
            _ = editor.frame(theme: theme)
        }
        let typeMs = perKey(&editor, theme: theme, keys: 50)
        _ = editor.update(.key(.enter))

        var titled = SampleMap.make()
        titled.title = String(repeating: "A very long title. ", count: 5_000_000 / 19 + 1)
        var renaming = Editor(document: Document(map: titled, path: nil, isSaved: true), displayName: "bench",
                              width: 120, height: 40)
        _ = renaming.update(.key(.character("t")))
        let titleMs = perKey(&renaming, theme: theme, keys: 50)
        print(String(format: "typing: 100,000-character paste into a cell %.1f ms; then %.2f ms a key; "
                     + "a key into a 5 MB title %.2f ms", pasteMs, typeMs, titleMs))
    }

    /// The average time of a typed character, event to frame.
    static func perKey(_ editor: inout Editor, theme: Theme, keys: Int) -> Double {
        let start = ContinuousClock.now
        for _ in 0..<keys {
            _ = editor.update(.key(.character("x")))
            _ = editor.frame(theme: theme)
        }
        return Bench.milliseconds(ContinuousClock.now - start) / Double(keys)
    }
}
