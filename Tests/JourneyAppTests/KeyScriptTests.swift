import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyView
import Testing

/// Key scripts as data (after Kakoune's tests): Scripts/ holds a folder per
/// topic, and each folder in a topic (a script, named `topic/name`) holds
/// `keys` (what a user types), optionally `map.json` (the start; else a blank
/// map), and what to expect: `expected.json` (the map afterwards),
/// `expected-screen.txt` (lines that must be on the last screen) and/or
/// `expect` (lines of `mode: NAME`, `cursor: ID`, `lane: ID`, `message: TEXT`
/// (contained), `flags: modified read-only`, and `size: WxH` for the terminal,
/// 100x30 by default). Adding a case means adding a folder. New ids are
/// random, so ids that were not in the start map are renamed new-1, new-2…
/// in order of appearance (in `expect` too).
/// JOURNEY_UPDATE_GOLDENS=1 writes expected.json from the run (then read it!).
@Suite struct KeyScriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts")

    /// The scripts, one level down: `topic/name`.
    static var names: [String] {
        folders(in: folder).flatMap { topic in folders(in: folder.appendingPathComponent(topic)).map { topic + "/" + $0 } }
    }

    static func folders(in url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { name in
            guard !name.hasPrefix(".") else { return false }
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isFolder)
                && isFolder.boolValue
        }.sorted()
    }

    /// Scripts/ holds topics and each topic holds scripts: a script put one
    /// level too high, or a stray file, would otherwise never run.
    @Test func everyScriptIsInATopic() throws {
        let manager = FileManager.default
        func visible(_ url: URL) throws -> [String] { try manager.contentsOfDirectory(atPath: url.path).filter { !$0.hasPrefix(".") } }
        let topics = try visible(Self.folder).sorted()
        #expect(topics == Self.folders(in: Self.folder), "Scripts/ holds only topic folders")
        for topic in topics {
            let dir = Self.folder.appendingPathComponent(topic)
            #expect(!manager.fileExists(atPath: dir.appendingPathComponent("keys").path),
                    "Scripts/\(topic) is a script: put it in a topic folder")
            for name in try visible(dir) {
                #expect(manager.fileExists(atPath: dir.appendingPathComponent(name).appendingPathComponent("keys").path),
                        "Scripts/\(topic)/\(name) is not a script: it has no keys")
            }
        }
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
        let expectations = Self.expectations(read("expect") ?? "")
        let size = expectations["size"].map { $0.split(separator: "x").compactMap { Int($0) } } ?? [100, 30]
        let input = try KeyNotation.parse(read("keys") ?? "") { read($0) }
        let session = Session(input, width: size[0], height: size[1], map: start)

        // Whatever the editor accepted saves to a file that loads back equal.
        let saved = try MapStore.encode(session.map)
        #expect(try MapStore.decode(saved, file: name) == session.map, "\(name): the saved map loads back equal")

        let (actual, renamed) = try Self.normalized(session.map, start: start)
        let expectedURL = dir.appendingPathComponent("expected.json")
        if ProcessInfo.processInfo.environment["JOURNEY_UPDATE_GOLDENS"] == "1", read("expected-screen.txt") == nil || read("expected.json") != nil {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
        } else if let expected = read("expected.json") {
            #expect(actual == expected, "\(name): the map differs from expected.json")
        }
        let screen = session.screen
        if let lines = read("expected-screen.txt") {
            for line in lines.split(separator: "\n") where !line.isEmpty {
                #expect(screen.contains(line), "\(name): the last screen shows \(line)\n\(screen)")
            }
        }
        let editor = session.editor
        func id(_ raw: String?) -> String { raw.map { renamed[$0] ?? $0 } ?? "none" }
        for (key, value) in expectations {
            switch key {
            case "mode": #expect(editor.modeName == value, "\(name): mode")
            case "cursor": #expect(id(editor.cursor.touchpoint) == value, "\(name): cursor on \(id(editor.cursor.touchpoint))")
            case "lane": #expect(id(editor.cursor.lane) == value, "\(name): cursor lane")
            case "message": #expect(editor.view.message?.contains(value) == true, "\(name): message was \(editor.view.message ?? "none")")
            case "flags":
                let flags = Set(value.split(separator: " ").map(String.init))
                #expect(flags.contains("modified") == editor.view.isModified, "\(name): modified")
                #expect(flags.contains("read-only") == editor.view.isReadOnly, "\(name): read-only")
            case "size": break
            default: Issue.record("\(name): unknown expectation \(key)")
            }
        }
    }

    static func expectations(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            result[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return result
    }

    /// The map as saved, with new ids renamed in order; and the renaming.
    static func normalized(_ map: JourneyMap, start: JourneyMap) throws -> (String, [String: String]) {
        var text = String(decoding: try MapStore.encode(map), as: UTF8.self)
        let known = start.allIDs
        var renamed: [String: String] = [:]
        let pattern = try! NSRegularExpression(pattern: "\"id\": \"([^\"]+)\"")
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let id = String(text[Range(match.range(at: 1), in: text)!])
            if !known.contains(id) && renamed[id] == nil { renamed[id] = "new-\(renamed.count + 1)" }
        }
        for (id, name) in renamed { text = text.replacingOccurrences(of: "\"\(id)\"", with: "\"\(name)\"") }
        return (text, renamed)
    }
}

/// Keys written as text: characters stand for themselves; <enter>, <esc>,
/// <tab>, <s-tab>, <bs>, <del>, <up>, <down>, <left>, <right>, <home>, <end>,
/// <pgup>, <pgdn>, <space>, <lt>, <c-left>, <c-right> and <c-x> (Ctrl-x) for
/// the rest; <paste:FILE> pastes the text of FILE in the script's folder
/// (bracketed); <burst>…</burst> sends the keys between as one burst, as a
/// paste arrives over a link without bracketed paste. Line breaks in the
/// file are ignored, so long scripts can be laid out.
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

    static func parse(_ text: String, file: (String) -> String? = { _ in nil }) throws -> [HeadlessTerminal.Input] {
        var input: [HeadlessTerminal.Input] = []
        var burst: [Key]?
        var rest = Substring(text)
        func add(_ key: Key) {
            if burst != nil { burst!.append(key) } else { input.append(.key(key)) }
        }
        while let first = rest.first {
            rest = rest.dropFirst()
            if first == "\n" { continue }
            guard first == "<", let close = rest.firstIndex(of: ">"), rest[..<close].count > 0 else {
                add(.character(first))
                continue
            }
            let name = String(rest[..<close])
            rest = rest[rest.index(after: close)...]
            if let key = named[name] {
                add(key)
            } else if name == "burst" {
                burst = []
            } else if name == "/burst" {
                input.append(.burst(burst ?? []))
                burst = nil
            } else if name.hasPrefix("paste:"), let text = file(String(name.dropFirst(6))) {
                input.append(.paste(text))
            } else if name.hasPrefix("c-"), name.count == 3, let c = name.last {
                add(.control(c))
            } else {
                throw Unknown(name: name)
            }
        }
        return input
    }
}
