import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal

/// What reading keys costs: the decoder on a large paste and on a stream of
/// keys, and an undo's words (a diff of the map) on a large map.
enum InputBench {
    static func run(touchpoints: Int) {
        let paste = Array(("\u{1b}[200~" + String(repeating: "Pasted words, a line of them\r", count: 600_000) + "\u{1b}[201~").utf8)
        let keys = Array(String(repeating: "\u{1b}[1~\u{1b}OD\u{1b}[1;5Cj\u{1b}[15~é", count: 200_000).utf8)
        for (name, bytes) in [("paste", paste), ("keys", keys)] {
            var decoded = 0
            let time = Bench.best(3) {
                var decoder = InputDecoder()
                decoded = 0
                // As reads of 64 KB arrive.
                var offset = 0
                while offset < bytes.count {
                    decoder.feed(bytes[offset..<min(bytes.count, offset + 65_536)], at: 0)
                    offset += 65_536
                    while decoder.next(at: 0) != nil { decoded += 1 }
                }
            }
            print(String(format: "input %@: %.1f MB decoded into %d inputs in %.1f ms (%.0f MB/s)", name,
                         Double(bytes.count) / 1_048_576, decoded, time, Double(bytes.count) / 1_048_576 / time * 1000))
        }
        let map = MapGenerator.make(touchpoints: touchpoints)
        guard let edit = Edits.setText(map, stage: 0, index: 0, lane: "actions", text: "Edited") else { return }
        var edited = map
        edit.apply(to: &edited)
        var said = ""
        let time = Bench.best { said = TookBack.summary(from: edited, to: map, note: nil) }
        print(String(format: "undo's words on a %d-touchpoint map: %.1f ms (%@)", touchpoints, time, said))
    }
}
