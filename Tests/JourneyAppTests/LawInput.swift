import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView

/// One random session for the editor law: a start map, a terminal size and
/// what arrives at the terminal. The input is blind (it does not look at the
/// editor's mode), so every key lands in every mode sooner or later.
///
/// `W` and `:save-as` are never sent: the save-as prompt comes prefilled
/// with the map's path, and Ctrl-U then a word and Enter would save to a
/// relative path, into the package. Saving goes to the session's folder
/// through Ctrl-S and `:w PATH`.
struct LawSession {
    var seed: UInt64
    /// Where its map file lives; saves go here too.
    var folder: String
    var start: (map: JourneyMap, file: [UInt8])
    var width: Int
    var height: Int
    var input: [HeadlessTerminal.Input]

    /// The maps a session starts from, and their files (made once: the encoder is slow in a debug build).
    static let starts: [(map: JourneyMap, file: [UInt8])] = {
        var zeroToTen = BlankMap.make()
        zeroToTen.emotionScale = EmotionScale(min: 0, max: 10)
        return [SampleMap.make(), BlankMap.make(), zeroToTen].map { ($0, try! MapStore.encode($0)) }
    }()
    static let quitting: Set<String> = ["quit", "quit!", "wq", "interrupt", "save-as"]
    static let keyed = Commands.all.filter { !$0.keys.isEmpty && !quitting.contains($0.name) }
    static let typable = Commands.all.filter { $0.typable && !quitting.contains($0.name) }
    /// Keys that open a line or a cell to type in.
    static let opening = keyed.filter { !$0.usage.isEmpty || $0.section == .edit }
    static let takesPath: Set<String> = ["write", "write!", "wq"]

    static let hostile = [
        "inf", "-inf", "nan", "NaN", "infinity", "1e400", "-1e400", "1e-400", "-0", "-0.0", "", " ", "  ", "_",
        "99999999999999999999", "-9223372036854775808", "9223372036854775807", "1e13", "-1", "-101", "101", "2.5",
        "12.5%", "+1", "+", "-", ".5", "0x10", "1,5", "text", "\u{1B}[31mred\u{1B}[0m", "tab\there", "bell\u{7}",
        "\u{202E}reversed", "nul\u{0}", "日本語のテキスト", "🎉🎉 party", "e\u{301}te\u{301}", "line one\nline two",
        String(repeating: "very long text ", count: 20),
    ]
    /// Names the map and the commands know (no capital W, no "sa": see above).
    static let known = [
        "Awareness", "Decision", "Checkout", "Search ad", "Fit check-in", "Email", "store", "offline", "@social",
        "@Pop", "@nowhere", "Maya", "Tom", "Customer", "persona-1", "Slow delivery", "heel",
    ]

    static func make(seed: UInt64, folder: String) -> LawSession {
        var r = SeededRandom(seed: seed)
        let start = starts[[0, 0, 0, 1, 2].randomElement(using: &r)!]
        // Small screens mostly: a frame is drawn per input, and its cost follows the size.
        let size = [(40, 12), (50, 14), (60, 16), (80, 24)].randomElement(using: &r)!
        var maker = Maker(r: r, folder: folder)
        for _ in 0..<Int.random(in: 4...16, using: &maker.r) { maker.segment() }
        if Int.random(in: 0..<8, using: &maker.r) == 0 { maker.ending() }
        return LawSession(seed: seed, folder: folder, start: start, width: size.0, height: size.1, input: maker.input)
    }

    /// Makes the input, a segment at a time.
    struct Maker {
        var r: SeededRandom
        let folder: String
        var input: [HeadlessTerminal.Input] = []

        init(r: SeededRandom, folder: String) {
            self.r = r
            self.folder = folder
        }

        mutating func pick<T>(_ options: [T]) -> T { options.randomElement(using: &r)! }
        mutating func chance(_ n: Int) -> Bool { Int.random(in: 0..<n, using: &r) == 0 }

        mutating func value() -> String {
            switch Int.random(in: 0..<6, using: &r) {
            case 0: String(Int.random(in: -3...12, using: &r))
            case 1: String(Double.random(in: -200...200, using: &r))
            case 2: String(Int.random(in: Int.min...Int.max, using: &r))
            case 3: pick(LawSession.known)
            default: pick(LawSession.hostile)
            }
        }

        /// Text as keys; never W, whatever the words come to hold (see above).
        func keys(_ text: String) -> [Key] { text.map { $0 == "\n" ? .enter : .character($0 == "W" ? "w" : $0) } }

        /// Keys go one by one, or (as typing ahead over a slow link does) in one burst.
        mutating func send(_ keys: [Key]) {
            if keys.count > 12 || keys.count > 2 && !chance(3) {
                input.append(.burst(keys))
            } else {
                input += keys.map(HeadlessTerminal.Input.key)
            }
        }

        mutating func press(_ keys: Key...) { input += keys.map(HeadlessTerminal.Input.key) }

        mutating func segment() {
            // Often back to the grid first (Esc keeps a cell's text, closes the rest).
            let escape: [Key] = chance(2) ? [.escape] : []
            switch Int.random(in: 0..<100, using: &r) {
            case 0..<22:
                let command = pick(LawSession.keyed)
                send(escape + [pick(command.keys)])
            case 22..<42: send(escape + commandLine())
            case 42..<52:
                let end: [Key] = chance(4) ? [] : [pick([.enter, .enter, .escape, .control("c")])]
                send(keys(value()) + end)
            case 52..<62:
                // A cell somewhere: its lane, a key that opens it, a value, and Enter.
                send([.escape] + toLane() + [pick([.enter, .character("i"), .character("a"), .character("c")])]
                     + keys(value()) + [pick([.enter, .escape])])
            case 62..<70:
                if chance(4) { press(.character("Z")) }
                send(escape + toLane())
            case 70..<76:
                let score = keys(pick(["-2", "0", "+1", "2", "1", "10", "5", "-", "+", "7", "-3"]))
                send(escape + (chance(2) ? [.character("g"), .character("j"), .character("j")] : []) + score
                     + (chance(2) ? [.enter] : []))
            case 76..<82:
                press(pick([.left, .right, .up, .down, .home, .end, .wordLeft, .wordRight, .backspace, .delete, .tab,
                            .backTab, .pageUp, .pageDown, .escape, .enter, .control("a"), .control("e"),
                            .control("k"), .control("u"), .control("w"), .control("o"), .control("g"),
                            .control("c"), .control("l")]))
            case 82..<87:
                var lines = (0..<Int.random(in: 1...3, using: &r)).map { _ in value() }
                if chance(8) { lines.append(String(repeating: "a pasted essay 日本 ", count: 300)) }
                input.append(.paste(lines.joined(separator: pick(["\n", "\r\n", "\r"]))))
            case 87..<94:
                // A key that opens a field, and its line.
                send(escape + [pick(LawSession.opening).keys[0]] + keys(value()) + [.enter])
            case 94..<97: send(escape + save())
            case 97..<99:
                let size = pick([(80, 24), (100, 30), (40, 12), (29, 7), (60, 16)])
                input.append(.resize(width: size.0, height: size.1))
            default:
                input.append(.idle)
            }
        }

        /// To a lane, so the keys of every lane kind get their turn.
        mutating func toLane() -> [Key] {
            [.character("g")] + [Key](repeating: .character("j"), count: Int.random(in: 0...8, using: &r))
        }

        mutating func commandLine() -> [Key] {
            let command = pick(LawSession.typable)
            if chance(6) {
                // Completion and recall.
                return [.character(":")] + keys(String(command.name.prefix(2))) + [.tab] + (chance(2) ? [.up] : []) + [.enter]
            }
            let argument = argument(for: command)
            return keys(":" + pick([command.name] + command.aliases) + (argument.isEmpty ? "" : " " + argument))
                + [chance(8) ? .escape : .enter]
        }

        /// Words for a command: often a name its help line lists (a figure, a
        /// persona field), then values, hostile ones among them.
        mutating func argument(for command: Command) -> String {
            if LawSession.takesPath.contains(command.name) { return pick(["", path("map.json"), path("other.json")]) }
            let listed = command.summary.split { !$0.isLetter && $0 != "-" }.map(String.init)
            var words: [String] = []
            if !listed.isEmpty && chance(2) { words.append(pick(listed)) }
            for _ in 0..<Int.random(in: 0...2, using: &r) { words.append(value()) }
            return words.joined(separator: " ")
        }

        func path(_ name: String) -> String { folder + "/" + name }

        mutating func save() -> [Key] {
            let answer: [Key] = chance(2) ? [pick([.character("y"), .character("n")])] : []
            if chance(2) { return [.control("s")] + answer }
            return keys(":" + pick(["w", "write!"]) + " " + pick([path("map.json"), path("other.json"), path("none/x.json")]))
                + [.enter] + answer
        }

        /// How a session may end: quitting, saving first or not.
        mutating func ending() {
            switch Int.random(in: 0..<4, using: &r) {
            case 0: press(.character("q"))
            case 1: press(.control("c"))
            case 2:
                send(keys(":" + pick(["q", "q!", "wq", "x"])) + [.enter])
            default: press(.escape, .character("q"))
            }
            press(pick([.character("y"), .character("n"), .escape]))
        }
    }
}

extension KeyNotation {
    /// Input written the way key scripts are (pastes, resizes and idles in
    /// their own brackets), for a failure's report.
    static func text(of input: [HeadlessTerminal.Input]) -> String {
        func key(_ key: Key) -> String {
            if let name = named.first(where: { $0.value == key })?.key { return "<\(name)>" }
            switch key {
            case .character(let c): return c.isASCII && !c.isWhitespace || c.isLetter ? String(c) : c.unicodeScalars.debugDescription
            case .control(let c): return "<c-\(c)>"
            default: return "<\(key)>"
            }
        }
        return input.map { input -> String in
            switch input {
            case .key(let k): key(k)
            case .burst(let keys): "<burst>" + keys.map(key).joined() + "</burst>"
            case .paste(let text): "<paste \(text.debugDescription)>"
            case .resize(let width, let height): "<resize \(width)x\(height)>"
            case .mouse(let event): "<mouse \(event.action) \(event.x),\(event.y)\(event.shift ? " shift" : "")>"
            case .idle: "<idle>"
            }
        }.joined()
    }
}
