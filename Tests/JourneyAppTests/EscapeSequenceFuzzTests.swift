@testable import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// Random CSI, SS3 and OSC sequences with random parameters, cut at random
/// gaps, interleaved with typed text, through the decoder into the editor in
/// every mode. The law: the map changes only by printable text inserted into
/// an open field, never by a command.
struct EscapeSequenceFuzzTests {
    static let modes: [(String, [Key])] = [
        ("grid", []), ("cell", [.enter]), ("command line", [.character(":")]), ("picker", [.character("'")]),
        ("overview", [.character("v"), .character("o")]), ("personas", [.character("v"), .character("p")]),
        ("insights", [.character("v"), .character("i")]), ("metrics", [.character("v"), .character("m")]),
        ("channels", [.character("v"), .character("c")]), ("help", [.character("?")]),
        ("present", Array(":present").map { Key.character($0) } + [.enter]),
    ]
    static let typed = Array("efgistvw ")

    @Test(arguments: modes.indices)
    func sequencesNeverRunCommands(mode: Int) throws {
        let (name, opening) = Self.modes[mode]
        var random = SeededRandom(seed: 2400 + UInt64(mode))
        for round in 0..<25 {
            var editor = Editor(document: Document(map: SampleMap.make(), path: nil, isSaved: true), displayName: "fuzz",
                                width: 100, height: 30)
            for key in opening { _ = editor.update(.key(key)) }
            let before = editor.map
            var decoder = InputDecoder()
            var now = 0.0
            var sent: [String] = []
            func deliver(_ bytes: [UInt8], gap: Double) {
                for byte in bytes {
                    decoder.feed([byte], at: now)
                    drain()
                    now += gap
                }
            }
            func drain() {
                while let decoded = decoder.next(at: now) {
                    switch decoded.input {
                    case .key(let key): _ = editor.update(.key(key.editorKey))
                    case .unknown where !decoded.bytes.isEmpty: _ = editor.update(.key(.unknown(decoded.bytesText)))
                    case .paste(let text): _ = editor.update(.paste(text))
                    case .unknown, .mouse, .focus: break
                    }
                }
            }
            for _ in 0..<12 {
                if editor.acceptsText, Bool.random(using: &random) {
                    let text = String((0..<Int.random(in: 1...4, using: &random)).map { _ in Self.typed.randomElement(using: &random)! })
                    sent.append(text)
                    deliver(Array(text.utf8), gap: 0.3)
                }
                let sequence = Self.sequence(&random)
                sent.append(Decoded.readable(sequence))
                deliver(sequence, gap: [0, 0.001, 0.05, 0.15, 0.4].randomElement(using: &random)!)
                now += 1.5
                drain()
            }
            for difference in MapDiff.compare(before, editor.map) {
                let inserted = difference.kind == .changed && difference.old.map { old in
                    Self.isInsertion(of: Self.typed, into: old, giving: difference.new ?? "")
                } == true
                #expect(inserted, "\(name), round \(round): \(DiffText.line(difference, color: false)) after \(sent)")
            }
        }
    }

    /// Whether `new` is `old` with characters of `alphabet` put in.
    static func isInsertion(of alphabet: [Character], into old: String, giving new: String) -> Bool {
        var rest = old[...]
        for character in new {
            if rest.first == character {
                rest = rest.dropFirst()
            } else if !alphabet.contains(character) {
                return false
            }
        }
        return rest.isEmpty
    }

    /// A sequence no key that edits or deletes comes from (those do what they say):
    /// random CSI (any marker, parameters and final), SS3 and OSC.
    static func sequence(_ random: inout SeededRandom) -> [UInt8] {
        while true {
            let parameters = (0..<Int.random(in: 0...3, using: &random)).map { _ in String(Int.random(in: 0...199, using: &random)) }
                .joined(separator: [";", ":"].randomElement(using: &random)!)
            let text: String = switch Int.random(in: 0..<4, using: &random) {
            // Not u (kitty's CSI 113 u is a typed q) nor the keypad's SS3 j…y (SS3 k is a typed +).
            case 0: "\u{1b}[" + ["", "?", ">", "<"].randomElement(using: &random)! + parameters
                + String("ABCDEFHPQRSZ~$^@abcdzqIOmM".randomElement(using: &random)!)
            case 1: "\u{1b}O" + String("ABCDHFPQRSabcd".randomElement(using: &random)!)
            case 2: "\u{1b}]" + parameters + ";payload" + (Bool.random(using: &random) ? "\u{07}" : "\u{1b}\\")
            default: "\u{1b}[" + parameters + "~"
            }
            var decoder = InputDecoder()
            decoder.feed(Array(text.utf8), at: 0)
            var keys: [Key] = []
            while let decoded = decoder.next(at: 10) {
                if case .key(let key) = decoded.input { keys.append(key.editorKey) }
            }
            if !keys.contains(where: { [.delete, .backspace, .enter].contains($0) }) { return Array(text.utf8) }
        }
    }
}
