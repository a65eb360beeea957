import Foundation
import JourneyCore
import JourneyTerminal
import JourneyView
import Testing

/// Key scripts as data (after Kakoune's tests): each folder in Scripts/ holds
/// `keys` (what a user types), optionally `map.json` (the start; else a blank
/// map), and what to expect: `expected.json` (the map afterwards) and/or
/// `expected-screen.txt` (lines that must be on the last screen). Adding a
/// case means adding a folder. New ids are random, so ids that were not in
/// the start map are renamed new-1, new-2… in order of appearance.
/// JOURNEY_UPDATE_GOLDENS=1 writes expected.json from the run (then read it!).
@Suite struct KeyScriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test(arguments: names)
    func script(name: String) throws {
        let dir = Self.folder.appendingPathComponent(name)
        func read(_ file: String) -> String? { try? String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8) }
        let start: JourneyMap
        if let json = read("map.json") {
            start = try MapStore.decode(Array(json.utf8), file: name + "/map.json")
        } else {
            start = BlankMap.make()
        }
        let keys = try KeyNotation.parse(read("keys") ?? "")
        let app = EditorApp(document: Document(map: start, path: nil, isSaved: true), displayName: name, theme: ThemeCatalog.builtinDefault)
        let terminal = HeadlessTerminal(width: 100, height: 30, keys: keys)
        app.run(on: terminal)

        // Whatever the editor accepted saves to a file that loads back equal.
        let saved = try MapStore.encode(app.map)
        #expect(try MapStore.decode(saved, file: name) == app.map, "\(name): the saved map loads back equal")

        let actual = try Self.normalized(app.map, start: start)
        let expectedURL = dir.appendingPathComponent("expected.json")
        if ProcessInfo.processInfo.environment["JOURNEY_UPDATE_GOLDENS"] == "1", read("expected-screen.txt") == nil || read("expected.json") != nil {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
        } else if let expected = read("expected.json") {
            #expect(actual == expected, "\(name): the map differs from expected.json")
        }
        if let screen = read("expected-screen.txt") {
            let text = terminal.lastFrame?.text ?? ""
            for line in screen.split(separator: "\n") where !line.isEmpty {
                #expect(text.contains(line), "\(name): the last screen shows \(line)\n\(text)")
            }
        }
    }

    static func normalized(_ map: JourneyMap, start: JourneyMap) throws -> String {
        var text = String(decoding: try MapStore.encode(map), as: UTF8.self)
        let known = start.allIDs
        var renamed: [String: String] = [:]
        let pattern = try! NSRegularExpression(pattern: "\"id\": \"([^\"]+)\"")
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let id = String(text[Range(match.range(at: 1), in: text)!])
            if !known.contains(id) && renamed[id] == nil { renamed[id] = "new-\(renamed.count + 1)" }
        }
        for (id, name) in renamed { text = text.replacingOccurrences(of: "\"\(id)\"", with: "\"\(name)\"") }
        return text
    }
}

/// Keys written as text: characters stand for themselves; <enter>, <esc>,
/// <tab>, <s-tab>, <bs>, <del>, <up>, <down>, <left>, <right>, <home>, <end>,
/// <pgup>, <pgdn>, <space>, <lt>, <c-left>, <c-right> and <c-x> (Ctrl-x) for the rest.
/// Line breaks in the file are ignored, so long scripts can be laid out.
enum KeyNotation {
    struct Unknown: Error, CustomStringConvertible {
        var name: String
        var description: String { "unknown key <\(name)> in a key script" }
    }

    static let named: [String: Key] = [
        "enter": .enter, "esc": .escape, "tab": .tab, "s-tab": .backTab, "bs": .backspace, "del": .delete,
        "up": .up, "down": .down, "left": .left, "right": .right, "home": .home, "end": .end,
        "pgup": .pageUp, "pgdn": .pageDown, "space": .character(" "), "lt": .character("<"),
        "c-left": .wordLeft, "c-right": .wordRight,
    ]

    static func parse(_ text: String) throws -> [Key] {
        var keys: [Key] = []
        var rest = Substring(text)
        while let first = rest.first {
            rest = rest.dropFirst()
            if first == "\n" { continue }
            guard first == "<", let close = rest.firstIndex(of: ">"), rest[..<close].count > 0 else {
                keys.append(.character(first))
                continue
            }
            let name = String(rest[..<close])
            rest = rest[rest.index(after: close)...]
            if let key = named[name] {
                keys.append(key)
            } else if name.hasPrefix("c-"), name.count == 3, let c = name.last {
                keys.append(.control(c))
            } else {
                throw Unknown(name: name)
            }
        }
        return keys
    }
}
