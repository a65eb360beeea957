import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyView
import Testing

/// Key scripts as data (after Kakoune's tests): Scripts/ holds a folder per
/// topic, and each folder in a topic (a script, named `topic/name`) holds
/// `keys` (what a user types), optionally `map.json` (the start; else a blank
/// map), and what to expect:
/// - `expected.diff`: what `journey diff START END` prints for the start map
///   and the map afterwards (empty when the keys changed nothing);
/// - `expected-added.diff`, when the keys added things that hold more than a
///   name: `journey diff` names an added touchpoint, item, persona or stage
///   but not where it went among the old ones nor what it holds, so this
///   is its text from the map afterwards with those things bare (id and
///   name) and last in their lists to that map (see `addedInFull`);
/// - `expected-screen.txt` (lines that must be on the last screen) and/or
///   `expect` (lines of `mode: NAME`, `cursor: ID`, `lane: ID`, `message: TEXT`
///   (contained), `flags: modified read-only`, and `size: WxH` for the
///   terminal, 100x30 by default).
/// Adding a case means adding a folder. New ids are random, so ids that were
/// not in the start map are renamed new-1, new-2… in order of appearance in
/// the saved map (in `expect` too) before the maps are compared.
/// JOURNEY_UPDATE_GOLDENS=1 writes the two diffs from the run (then read
/// them: is that what the keys should do?).
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

        let (normalized, renamed) = try Self.normalized(session.map, start: start)
        let end = try MapStore.decode(Array(normalized.utf8), file: name)
        let change = Self.diff(start, end)
        // Leaving the added things bare and last hides nothing that journey diff of the start shows.
        #expect(Self.diff(start, Self.bareThings(end, known: start.allIDs)).split(separator: "\n").sorted()
                == change.split(separator: "\n").sorted(), "\(name): journey diff reads the same with the added things bare")
        let added = Self.addedInFull(end, start: start)
        if change.isEmpty && added.isEmpty {
            #expect(end == start, "\(name): journey diff sees no change, but the map changed")
        }
        let changeURL = dir.appendingPathComponent("expected.diff")
        let addedURL = dir.appendingPathComponent("expected-added.diff")
        if ProcessInfo.processInfo.environment["JOURNEY_UPDATE_GOLDENS"] == "1", read("expected-screen.txt") == nil || read("expected.diff") != nil {
            try change.write(to: changeURL, atomically: true, encoding: .utf8)
            if added.isEmpty {
                try? FileManager.default.removeItem(at: addedURL)
            } else {
                try added.write(to: addedURL, atomically: true, encoding: .utf8)
            }
        } else if let expected = read("expected.diff") {
            Self.compare(change, expected, name: name, file: "expected.diff", what: "journey diff of the start and the end")
            Self.compare(added, read("expected-added.diff") ?? "", name: name, file: "expected-added.diff",
                         what: "what the added things hold")
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
            case "message": #expect(editor.view.message?.text.contains(value) == true, "\(name): message was \(editor.view.message?.text ?? "none")")
            case "flags":
                let flags = Set(value.split(separator: " ").map(String.init))
                #expect(flags.contains("modified") == editor.view.file.isModified, "\(name): modified")
                #expect(flags.contains("read-only") == editor.view.file.isReadOnly, "\(name): read-only")
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

    /// What `journey diff OLD NEW` prints (without colour, as into a file or a pipe).
    static func diff(_ old: JourneyMap, _ new: JourneyMap) -> String {
        DiffText.plain(MapDiff.compare(old, new), color: false)
    }

    /// What the added things hold, in `journey diff`'s words, which name an
    /// added thing but neither say where among the old ones it went nor
    /// what it holds. So: from the end with the added things bare and last
    /// in their lists to the end with only the added items so (where each
    /// added thing is among the old ones, as a move; an added touchpoint's
    /// texts, scores and items), then to the end (the items' figures and
    /// places).
    static func addedInFull(_ end: JourneyMap, start: JourneyMap) -> String {
        let known = start.allIDs
        let bareItems = Self.bareItems(end, known: known)
        return diff(bareThings(end, known: known), bareItems) + diff(bareItems, end)
    }

    /// The map with every item that is not in the start left bare, its id
    /// and its text, after the items that are.
    static func bareItems(_ map: JourneyMap, known: Set<String>) -> JourneyMap {
        func bare(_ items: [Item]) -> [Item] {
            addedLast(items, known: known).map { known.contains($0.id) ? $0 : Item(id: $0.id, text: $0.text) }
        }
        var map = map
        for stage in map.stages.indices {
            for index in map.stages[stage].touchpoints.indices {
                map.stages[stage].touchpoints[index].painPoints = bare(map.stages[stage].touchpoints[index].painPoints)
                map.stages[stage].touchpoints[index].opportunities = bare(map.stages[stage].touchpoints[index].opportunities)
                map.stages[stage].touchpoints[index].quotes = bare(map.stages[stage].touchpoints[index].quotes)
            }
        }
        return map
    }

    /// The map with everything that is not in the start left bare and last
    /// in its list: each added persona, channel, lane, stage and touchpoint
    /// keeps its id and its name and nothing else (an added touchpoint no
    /// items), an added item its text. An added channel keeps its kind: a
    /// channel has one.
    static func bareThings(_ map: JourneyMap, known: Set<String>) -> JourneyMap {
        var map = bareItems(map, known: known)
        map.personas = addedLast(map.personas, known: known).map { known.contains($0.id) ? $0 : Persona(id: $0.id, name: $0.name) }
        map.channels = addedLast(map.channels, known: known)
        map.lanes = addedLast(map.lanes, known: known)
        for lane in map.lanes.indices where !known.contains(map.lanes[lane].id) {
            map.lanes[lane].hidden = false
        }
        map.stages = addedLast(map.stages, known: known)
        for stage in map.stages.indices {
            if !known.contains(map.stages[stage].id) {
                map.stages[stage].goal = ""
                map.stages[stage].metrics = Metrics()
            }
            map.stages[stage].touchpoints = addedLast(map.stages[stage].touchpoints, known: known).map {
                known.contains($0.id) ? $0 : Touchpoint(id: $0.id, name: $0.name)
            }
        }
        return map
    }

    /// The things the start held, then the added ones, each in their order.
    static func addedLast<Thing: Identifiable>(_ things: [Thing], known: Set<String>) -> [Thing] where Thing.ID == String {
        things.filter { known.contains($0.id) } + things.filter { !known.contains($0.id) }
    }

    /// A failure that says which script and file, with both texts as they read.
    static func compare(_ actual: String, _ expected: String, name: String, file: String, what: String,
                        sourceLocation: SourceLocation = #_sourceLocation) {
        guard actual != expected else { return }
        func shown(_ text: String) -> String { text.isEmpty ? "(nothing)\n" : text.hasSuffix("\n") ? text : text + "\n" }
        Issue.record("""
            \(name): \(what) differs from \(file)
            --- expected (\(file)):
            \(shown(expected))--- actual (JOURNEY_UPDATE_GOLDENS=1 writes it):
            \(shown(actual))
            """, sourceLocation: sourceLocation)
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
