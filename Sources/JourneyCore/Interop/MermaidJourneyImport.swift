import FoundationEssentials
import JourneyJSON

extension MermaidJourney {
    /// The stage that holds tasks written before any `section`.
    static let noSection = "(no section)"

    /// A Mermaid `journey` diagram as a map with the default lanes and scale:
    /// sections become stages, tasks touchpoints, actors personas. The title
    /// comes from `title`, else `accTitle`, else front matter's `title:`, else
    /// the file's name; `accDescr` becomes the objectives' purpose.
    public static func parse(_ bytes: [UInt8], file: String) throws(ImportFailure) -> JourneyMap {
        var reader = MermaidJourneyReader(file: file)
        for (index, line) in ImportText.lines(try ImportText.decode(bytes, file: file)).enumerated() {
            try reader.read(line, number: index + 1)
        }
        return try reader.finish()
    }
}

/// Reads a journey diagram line by line, as Mermaid's lexer would see it.
struct MermaidJourneyReader {
    private enum State {
        case start
        case frontMatter(openedAt: Int)
        case body
        case description(openedAt: Int)
    }

    private let file: String
    private var state = State.start
    /// The lines of an open `accDescr {`, kept out of `state` so that each appends in place.
    private var description = ""
    private var sawContent = false
    private var map: JourneyMap
    private var ids = NameIDs(taken: Set(Lane.defaults.map(\.id)))
    private var title: String?
    private var accTitle: String?
    private var frontTitle: String?
    /// Per actor's name, its persona's place in `map.personas` until `finish` puts them in `actorOrder`.
    private var personas: [String: Int] = [:]
    private var actorOrder = MermaidActorOrder()
    /// The last task line's name and score, whether it had no actors, and the
    /// actors of its touchpoint so far, while a next line may extend the touchpoint.
    private var open: (name: String, score: Double, unattributed: Bool, actors: Set<String>)?

    init(file: String) {
        self.file = file
        map = JourneyMap(title: "")
    }

    private func failure(_ line: Int, _ message: String) -> ImportFailure { ImportFailure(file: file, line: line, message) }

    mutating func read(_ line: String, number: Int) throws(ImportFailure) {
        var part: Substring? = line[...]
        var whole = true
        while let current = part {
            part = try read(part: current, whole: whole, number: number)
            whole = false
        }
    }

    /// A line (`whole`), or what follows an `accDescr {` on it: what is left
    /// of the line to read in the new state. A loop rather than a recursion,
    /// on views of the line rather than copies, so a line of a hundred
    /// thousand `accDescr{}` neither overflows the stack nor copies its rest each time.
    private mutating func read(part line: Substring, whole: Bool, number: Int) throws(ImportFailure) -> Substring? {
        let trimmed = Self.trim(line)
        switch state {
        case .start:
            if trimmed.isEmpty || trimmed.hasPrefix("%%") { return nil }
            if trimmed == "---" && !sawContent {
                state = .frontMatter(openedAt: number)
                return nil
            }
            sawContent = true
            guard Self.starts(trimmed, with: "journey"), trimmed.dropFirst(7).first.map(\.isWhitespace) ?? true else {
                throw failure(number, "expected `journey` here: a Mermaid user journey starts with it "
                              + "(after blank lines, %% comments or a --- front matter block). Is this a journey diagram?")
            }
            state = .body
            let rest = Self.trim(trimmed.dropFirst(7))
            return rest.isEmpty ? nil : try statement(rest, number: number)
        case .frontMatter:
            if trimmed == "---" {
                state = .start
            } else if Self.starts(trimmed, with: "title:") {
                let value = trimmed.dropFirst(6).trimmingSpaces()
                frontTitle = value.count >= 2 && (value.first == "\"" || value.first == "'") && value.last == value.first
                    ? String(value.dropFirst().dropLast()) : value
            }
            return nil
        case .body:
            if trimmed.isEmpty || trimmed.hasPrefix("%") { return nil }
            return try statement(trimmed, number: number)
        case .description:
            if whole && MermaidText.isComment(line) { return nil }
            guard let close = line.firstIndex(of: "}") else {
                description += line
                description += "\n"
                return nil
            }
            description += line[..<close]
            map.objectives.purpose = MermaidText.accessibleDescription(description)
            description = ""
            state = .body
            let rest = Self.trim(line[line.index(after: close)...])
            return rest.isEmpty ? nil : try statement(rest, number: number)
        }
    }

    /// One statement of the body, trimmed and not empty; after `accDescr {`,
    /// the rest of the line, to read as the description.
    private mutating func statement(_ text: Substring, number: Int) throws(ImportFailure) -> Substring? {
        if let value = Self.value(of: "acctitle", separator: ":", in: text) {
            accTitle = String(value)
        } else if let value = Self.value(of: "accdescr", separator: ":", in: text) {
            map.objectives.purpose = String(value)
        } else if let value = Self.value(of: "accdescr", separator: "{", in: text) {
            state = .description(openedAt: number)
            return value
        } else {
            let code = try Self.code(String(text), number: number, file: file)
            if code.isEmpty { return nil }
            if Self.starts(text, with: "title"), code.count > 5, code.unicodeScalars.dropFirst(5).first?.properties.isWhitespace == true {
                title = MermaidText.unescape(code.dropFirst(6).trimmingSpaces())
            } else if Self.starts(text, with: "section"), code.count > 7,
                      code.unicodeScalars.dropFirst(7).first?.properties.isWhitespace == true {
                let name = code.dropFirst(8).trimmingSpaces()
                if name.contains(":") {
                    throw failure(number, "a section name cannot hold ':' in Mermaid; write it as #58;")
                }
                map.stages.append(Stage(id: ids.make(from: MermaidText.unescape(name), fallback: "stage"), name: MermaidText.unescape(name)))
                open = nil
            } else {
                try task(code, number: number)
            }
        }
        return nil
    }

    /// Whether `text` starts with `keyword` (lower case), in any case, looking at no more of it than that.
    private static func starts(_ text: Substring, with keyword: String) -> Bool {
        text.prefix(keyword.count).lowercased() == keyword
    }

    /// `text` without the whitespace (spaces, tabs) at either end, as a view of it.
    private static func trim(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceOrTab }),
              let last = scalars.lastIndex(where: { !$0.isSpaceOrTab }) else { return text[text.endIndex...] }
        return Substring(scalars[first...last])
    }

    /// `keyword` then `separator` (spaces allowed between) at the start of `text`: what follows, trimmed.
    private static func value(of keyword: String, separator: Character, in text: Substring) -> Substring? {
        guard starts(text, with: keyword) else { return nil }
        let rest = text.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }
        guard rest.first == separator else { return nil }
        return trim(rest.dropFirst())
    }

    /// A statement without its `#` comment (a `#` that does not start an
    /// entity); `;` is refused, as Mermaid's lexer refuses it.
    private static func code(_ text: String, number: Int, file: String) throws(ImportFailure) -> String {
        let scalars = Array(text.unicodeScalars)
        var end = scalars.count
        var index = 0
        while index < scalars.count {
            if scalars[index] == "#" {
                var word = index + 1
                while word < scalars.count, scalars[word].properties.isAlphabetic || ("0"..."9").contains(scalars[word])
                    || scalars[word] == "_" { word += 1 }
                if word > index + 1, word < scalars.count, scalars[word] == ";" {
                    index = word + 1
                    continue
                }
                end = index
                break
            }
            if scalars[index] == ";" {
                throw ImportFailure(file: file, line: number, "';' is not allowed in a Mermaid journey; write it as #59;")
            }
            index += 1
        }
        return String(String.UnicodeScalarView(scalars[..<end])).trimmingSpaces()
    }

    /// `Name: score: actor, actor`.
    private mutating func task(_ code: String, number: Int) throws(ImportFailure) {
        guard let colon = code.firstIndex(of: ":") else {
            throw failure(number, "a task needs a score: write `\(code): 5: Actor` (the score runs from 1, sad, to 5, happy)")
        }
        let name = MermaidText.unescape(code[..<colon].trimmingSpaces())
        let pieces = code[code.index(after: colon)...].split(separator: ":", omittingEmptySubsequences: false)
        let scoreText = pieces[0].trimmingSpaces()
        guard JSONParser.isNumber(scoreText), let score = Double(scoreText), (0...5).contains(score) else {
            throw failure(number, "the score of task \"\(name)\" is \(scoreText.isEmpty ? "missing" : "\"\(scoreText)\""); "
                          + "Mermaid scores run from 0 to 5 (1 sad, 5 happy)")
        }
        // Mermaid would draw 2.5 between two faces, but no Mermaid score is meant to be: say so rather than guess.
        guard score == score.rounded() else {
            throw failure(number, "the score of task \"\(name)\" is \"\(scoreText)\", but Mermaid scores are whole numbers: "
                          + "write \(Int(score.rounded(.down))) or \(Int(score.rounded(.up))) (0 to 5; 1 sad, 5 happy)")
        }
        var actors: [String] = []
        if pieces.count > 1 {
            var named: Set<String> = []
            for piece in pieces[1].split(separator: ",") {
                let actor = MermaidText.unescape(piece.trimmingSpaces())
                if !actor.isEmpty && named.insert(actor).inserted { actors.append(actor) }
            }
        }
        if map.stages.isEmpty { map.stages.append(Stage(id: ids.make(from: MermaidJourney.noSection, fallback: "stage"), name: MermaidJourney.noSection)) }
        let stage = map.stages.count - 1
        // A task's own score is the persona `(no actor)`'s, an actor like any
        // other here; the export writes it ahead of the actors of its score.
        let scorers = actors.isEmpty ? [MermaidJourney.noActor] : actors
        let extends = open.map { open in
            open.name == name && open.actors.isDisjoint(with: scorers)
                && (score < open.score || score == open.score && open.unattributed && !actors.isEmpty)
        } ?? false
        if !extends {
            map.stages[stage].touchpoints.append(Touchpoint(id: ids.make(from: name, fallback: "touchpoint"), name: name))
        }
        let value = MermaidJourney.value(score, on: map.emotionScale)
        let touchpoint = map.stages[stage].touchpoints.count - 1
        // The line's scores join the touchpoint's at once: put one at a time, each would shift the sorted pairs.
        let written = scorers.map { persona(named: $0) }
        actorOrder.written(written)
        let scores = written.map { (key: map.personas[$0].id, value: value) }
        map.stages[stage].touchpoints[touchpoint].emotion = SmallMap(Array(map.stages[stage].touchpoints[touchpoint].emotion) + scores)
        open = (name, score, actors.isEmpty, extends ? open!.actors.union(scorers) : Set(scorers))
    }

    private mutating func persona(named name: String) -> Int {
        if let index = personas[name] { return index }
        personas[name] = map.personas.count
        map.personas.append(Persona(id: ids.make(from: name, fallback: "persona"), name: name))
        actorOrder.addActor()
        return map.personas.count - 1
    }

    mutating func finish() throws(ImportFailure) -> JourneyMap {
        switch state {
        case .start:
            throw failure(1, "no `journey` line: a Mermaid user journey starts with it. Is this a journey diagram?")
        case .frontMatter(let openedAt):
            throw failure(openedAt, "the front matter that starts here has no closing --- line")
        case .description(let openedAt):
            throw failure(openedAt, "the accDescr { that starts here has no closing }")
        case .body:
            break
        }
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        map.title = title ?? accTitle ?? frontTitle ?? name
        map.personas = actorOrder.sorted(map.personas)
        return map
    }
}
