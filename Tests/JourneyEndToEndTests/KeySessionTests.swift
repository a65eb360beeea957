import Foundation
import Testing

/// Every key from every terminal does what it says: the real binary in tmux
/// under each TERM journey is tested with, fed each key as that terminal's
/// terminfo says it sends it and as other terminals send it, in every place
/// a key can land. The map must not change: none of these keys edits it there.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux (apt-get install tmux)"))
struct KeySessionTests {
    static let terms = ["xterm-256color", "tmux-256color", "screen-256color", "linux", "rxvt-unicode-256color", "vt220"]
    static let capabilities = ["kdch1", "kich1", "khome", "kend", "kpp", "knp", "kcuu1", "kcud1", "kcub1", "kcuf1"]
        + (1...11).map { "kf\($0)" }
    /// What other terminals send for the same keys, with Ctrl, Shift and Alt (xterm, rxvt, the Linux console, tmux).
    static let otherForms = [
        "\u{1b}[1~", "\u{1b}[4~", "\u{1b}[7~", "\u{1b}[8~", "\u{1b}[H", "\u{1b}[F", "\u{1b}OH", "\u{1b}OF",
        "\u{1b}[A", "\u{1b}OB", "\u{1b}[D", "\u{1b}OC", "\u{1b}[2~", "\u{1b}[5~", "\u{1b}[6~", "\u{1b}[[A", "\u{1b}[[E",
        "\u{1b}[1;5C", "\u{1b}[1;5D", "\u{1b}[1;2A", "\u{1b}[1;2B", "\u{1b}[1;3C", "\u{1b}[1;3D", "\u{1b}[1;6D",
        "\u{1b}[1;5H", "\u{1b}[1;2F", "\u{1b}[5;5~", "\u{1b}[3;5~", "\u{1b}Oc", "\u{1b}Od", "\u{1b}[a", "\u{1b}[b",
        "\u{1b}\u{1b}[C", "\u{1b}[15;2~", "\u{1b}[1;5P", "\u{1b}[99;9z", "\u{1b}]0;title\u{07}",
    ].map { Array($0.utf8) }
    /// The last key of a round: every mode says it has no use for it, so its name shows when all came through.
    static let f12 = Array("\u{1b}[24~".utf8)

    static func keys(for term: String) throws -> [[UInt8]] {
        let own = try capabilities.compactMap { name -> [UInt8]? in
            let result = try Spawn.run("/usr/bin/tput", ["-T", term, name], environment: [:])
            let bytes = Array(result.stdout.utf8)
            return result.status == 0 && !bytes.isEmpty ? bytes : nil
        }
        return own + otherForms
    }

    /// Where keys land, how to get there, and how to leave without changing the map.
    struct Place {
        var name: String
        var enter: [String]
        /// Typed text that shows every key came through (in a field); else F12's name.
        var field: Bool
        var leave: [String]
        var skipsDelete = false
    }

    static let places = [
        Place(name: "grid", enter: ["g", "0"], field: false, leave: []),
        Place(name: "cell", enter: ["g", "0", "i"], field: true, leave: ["C-c"]),
        Place(name: "command line", enter: [":"], field: true, leave: ["Escape"]),
        Place(name: "picker", enter: ["'"], field: true, leave: ["Escape"]),
        Place(name: "overview", enter: ["v", "o"], field: false, leave: ["Escape"]),
        Place(name: "personas", enter: ["v", "p"], field: false, leave: ["Escape"]),
        Place(name: "insights", enter: ["v", "i"], field: false, leave: ["Escape"]),
        // Delete there deletes the selected measurement, as documented.
        Place(name: "metrics", enter: ["v", "m"], field: false, leave: ["Escape"], skipsDelete: true),
        Place(name: "channels", enter: ["v", "c"], field: false, leave: ["Escape"]),
        Place(name: "present", enter: [":present", "Enter"], field: false, leave: ["q"]),
    ]

    @Test(arguments: terms)
    func everyKeyEverywhereLeavesTheMapAsItWas(term: String) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let map = scratch.file("map.json")
        _ = try Binary.run(["new", map])
        let keys = try Self.keys(for: term)
        let tmux = try Tmux(width: 100, height: 30,
                            command: "env TERM=\(term) LANG=C.UTF-8 '\(Binary.journey)' edit '\(map)'; echo EXITED-$?; sleep 60")
        try tmux.waitFor("1/18")
        // A change in the history, saved: a stray undo or step back in time would show as a change.
        try tmux.type(":title Keys test\r")
        try tmux.waitFor("Keys test")
        try tmux.send("C-s")
        try tmux.waitFor("saved")
        let original = try Data(contentsOf: URL(fileURLWithPath: map))
        let delete = Array((try Spawn.run("/usr/bin/tput", ["-T", term, "kdch1"], environment: [:])).stdout.utf8)
        for place in Self.places {
            for key in place.enter {
                if key.count > 1 && !key.hasPrefix("C-") && key != "Enter" && key != "Escape" { try tmux.type(key) } else { try tmux.send(key) }
            }
            for key in keys where !(place.skipsDelete && (key == delete || key == Array("\u{1b}[3~".utf8))) {
                try tmux.sendBytes(key)
            }
            if place.field {
                try tmux.type("ZZ9")
                try tmux.waitFor("\(term), \(place.name): every key read") { $0.contains("ZZ9") }
            } else {
                try tmux.sendBytes(Self.f12)
                try tmux.waitFor("\(term), \(place.name): every key read") { $0.split(separator: "\n").suffix(2).joined().contains("F12") }
            }
            for key in place.leave { try tmux.send(key) }
            try tmux.waitFor("\(term), \(place.name): back in the grid") { $0.split(separator: "\n").last?.contains("GRID") == true }
        }
        // Unchanged: q quits without asking to save, and the file is as it was.
        try tmux.send("q")
        try tmux.waitFor("EXITED-0")
        #expect(try Data(contentsOf: URL(fileURLWithPath: map)) == original, "\(term): the map changed")
    }

    // MARK: the reproductions

    func editor(_ scratch: Scratch, term: String = "xterm-256color") throws -> Tmux {
        let map = scratch.file("map.json")
        _ = try Binary.run(["new", map])
        let tmux = try Tmux(width: 100, height: 30,
                            command: "env TERM=\(term) LANG=C.UTF-8 '\(Binary.journey)' edit '\(map)'; echo EXITED-$?; sleep 60")
        try tmux.waitFor("1/18")
        return tmux
    }

    /// Opens the first cell afresh (c), so keys land in a field.
    func typeInACell(_ tmux: Tmux) throws {
        try tmux.send("c")
        try tmux.waitFor("TYPING")
    }

    /// Each byte on its own, `gap` seconds apart, as a slow link delivers them.
    func sendSplit(_ sequence: String, _ tmux: Tmux, gap: Double) throws {
        for byte in sequence.utf8 {
            try tmux.sendBytes([byte])
            usleep(useconds_t(gap * 1_000_000))
        }
    }

    /// tmux sends ESC [ 1 ~ for Home and ESC [ 4 ~ for End: once read as Esc, [ (a step back in time), 1 and ~.
    @Test func homeAndEndUnderTmuxChangeNothing() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try editor(scratch)
        try tmux.type(":title EDITED\r")
        try tmux.waitFor("EDITED")
        for key in ["End", "Home", "End"] { try tmux.send(key) }
        try tmux.waitFor("End moved to the last touchpoint") { $0.contains("18/18") }
        try tmux.type(":present\r")
        try tmux.waitFor("PRESENT")
        for key in ["Home", "End", "Home"] { try tmux.send(key) }
        try tmux.send("q")
        try tmux.waitFor("back in the grid") { $0.split(separator: "\n").last?.contains("GRID") == true }
        let screen = try tmux.screen()
        #expect(screen.contains("EDITED"), "the title was taken back:\n\(screen)" as Comment)
        #expect(!screen.contains("no key ~"), Comment(rawValue: screen))
    }

    /// ESC [ D, Left as a terminal that ignores application-cursor mode sends it, inside a cell.
    @Test func leftInNormalCursorFormMovesInACell() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try editor(scratch)
        try typeInACell(tmux)
        try tmux.type("abc")
        try tmux.sendBytes(Array("\u{1b}[D".utf8))
        try tmux.type("Q")
        try tmux.waitFor("abQc")
        try tmux.send("Enter")
        try tmux.waitFor("kept") { $0.contains("abQc") && $0.split(separator: "\n").last?.contains("GRID") == true }
    }

    /// Each sequence cut byte by byte, as a slow link delivers it: the key, never its bytes as keys.
    @Test(arguments: [0.05, 0.15, 0.4])
    func sequencesSplitByteByByte(gap: Double) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try editor(scratch)
        let cases: [(String, String)] = [
            ("\u{1b}[4~", "18/18"), ("\u{1b}[1~", "1/18"), ("\u{1b}OC", "2/18"), ("\u{1b}[D", "1/18"),
            ("\u{1b}OF", "18/18"), ("\u{1b}[H", "1/18"), ("\u{1b}[1;2C", "2/18"), ("\u{1b}[15~", "no key F5"),
            ("\u{1b}OD", "1/18"), ("\u{1b}[6~", "/18"), ("\u{1b}[7~", "1/18"),
        ]
        for (sequence, shows) in cases {
            try sendSplit(sequence, tmux, gap: gap)
            let status = try tmux.waitFor("\(Decoded(sequence)) at \(gap) s: \(shows)") {
                $0.split(separator: "\n").last?.contains(shows) == true
            }
            #expect(!status.contains("no key ["), Comment(rawValue: status))
            #expect(!status.contains("New touchpoint"), Comment(rawValue: status))
        }
        // In a cell, where Esc would end the edit: within Esc's wait the cut Left moves the cursor.
        guard gap < 0.2 else { return }
        try typeInACell(tmux)
        try tmux.type("abc")
        try sendSplit("\u{1b}OD", tmux, gap: gap)
        try tmux.type("Q")
        try tmux.waitFor("abQc")
    }

    /// A paste holding its own end marker, then Esc :q! Enter: all of it text, nothing quits.
    @Test func aPasteHoldingItsEndMarkerQuitsNothing() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try editor(scratch)
        try typeInACell(tmux)
        try tmux.sendBytes(Array("\u{1b}[200~innocent text\u{1b}[201~\u{1b}:q!\r\u{1b}[201~".utf8))
        try tmux.waitFor("text:q!")
        let screen = try tmux.screen()
        #expect(!screen.contains("EXITED"), Comment(rawValue: screen))
        #expect(screen.split(separator: "\n").last?.contains("TYPING") == true, Comment(rawValue: screen))
        // Kept, the cell holds the paste whole (the detail pane shows it on one line).
        try tmux.send("Enter")
        try tmux.waitFor("innocent text:q!")
    }

    /// A paste that stalls mid-way on a lane that takes no paste: the rest is still the paste, not keys (X deletes a stage).
    @Test func aStalledPasteStaysText() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try editor(scratch)
        try tmux.send("j", "j")
        try tmux.waitFor("Emotion") { $0.split(separator: "\n").last?.contains("› Emotion") == true }
        try tmux.sendBytes(Array("\u{1b}[200~first half ".utf8))
        usleep(2_600_000)
        try tmux.sendBytes(Array("X\u{1b}[201~".utf8))
        try tmux.waitFor("a paste goes into a text or list lane")
        // Whatever the paste became has been done once a key after it is read.
        try tmux.type("Q")
        try tmux.waitFor("no key Q")
        let stages = try tmux.screen().split(separator: "\n").first { $0.hasPrefix("Stage") } ?? ""
        #expect(stages.contains("Awareness"), Comment(rawValue: String(stages)))
    }
}

/// A sequence as a person reads it, for messages.
private func Decoded(_ sequence: String) -> String {
    sequence.unicodeScalars.map { $0 == "\u{1b}" ? "ESC" : String($0) }.joined(separator: " ")
}
