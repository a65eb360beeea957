import JourneyCore

/// A one-line text editor with the keys a terminal user expects: arrows,
/// Home/End, Ctrl-A/E, Ctrl-K/U/W, Backspace/Delete, Ctrl-arrows for words. Works on grapheme clusters, so wide characters and combining
/// marks move and delete as one.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    /// The whole text is selected (a rename starts so): what is typed or pasted
    /// first replaces it, a deleting key clears it, and a move keeps it.
    public private(set) var isSelected = false

    public enum Outcome: Equatable, Sendable {
        case editing, commit, cancel, ignored
    }

    public init(_ text: String, cursorAtEnd: Bool = true, selected: Bool = false) {
        characters = Array(text)
        cursor = cursorAtEnd ? characters.count : 0
        isSelected = selected && !characters.isEmpty
    }

    public var text: String { String(characters) }

    public mutating func handle(_ key: Key) -> Outcome {
        if case .character(let c) = key {
            replaceSelection()
            insert(c)
            return .editing
        }
        guard let action = Self.actions[key] else { return .ignored }
        if isSelected {
            isSelected = false
            switch action {
            case .commit, .cancel: isSelected = true
            case .left, .start, .wordLeft:
                cursor = 0
                return .editing
            case .right, .end, .wordRight: return .editing
            case .deleteBefore, .deleteUnder, .deleteToEnd, .deleteToStart, .deleteWord:
                isSelected = true
                replaceSelection()
                return .editing
            }
        }
        switch action {
        case .commit: return .commit
        case .cancel: return .cancel
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .start: cursor = 0
        case .end: cursor = characters.count
        case .wordLeft: cursor = wordStart(before: cursor)
        case .wordRight: cursor = wordEnd(after: cursor)
        case .deleteBefore:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .deleteUnder:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .deleteToEnd: characters.removeSubrange(cursor...)
        case .deleteToStart:
            characters.removeSubrange(..<cursor)
            cursor = 0
        case .deleteWord:
            let start = wordStart(before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        }
        return .editing
    }

    /// Inserts a whole text at the cursor at once (a paste): linear in its length.
    public mutating func insert(_ text: String) {
        var incoming = Array(text)
        guard let first = incoming.first else { return }
        replaceSelection()
        // A combining mark at the start joins the character before the cursor.
        if cursor > 0 {
            let joined = String(characters[cursor - 1]) + String(first)
            if joined.count == 1 {
                characters[cursor - 1] = Character(joined)
                incoming.removeFirst()
            }
        }
        characters.insert(contentsOf: incoming, at: cursor)
        cursor += incoming.count
    }

    private mutating func replaceSelection() {
        guard isSelected else { return }
        characters = []
        cursor = 0
        isSelected = false
    }

    private mutating func insert(_ character: Character) {
        // A combining mark typed after a letter joins it into one grapheme.
        let joined = cursor > 0 ? String(characters[cursor - 1]) + String(character) : ""
        if cursor > 0, joined.count == 1 {
            characters[cursor - 1] = Character(joined)
        } else {
            characters.insert(character, at: cursor)
            cursor += 1
        }
    }

    private func isWord(_ c: Character) -> Bool { !c.isWhitespace && !c.isPunctuation }

    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0 && !isWord(characters[i - 1]) { i -= 1 }
        while i > 0 && isWord(characters[i - 1]) { i -= 1 }
        return i
    }

    private func wordEnd(after index: Int) -> Int {
        var i = index
        while i < characters.count && !isWord(characters[i]) { i += 1 }
        while i < characters.count && isWord(characters[i]) { i += 1 }
        return i
    }

    /// The text wrapped at spaces to `width` columns (a word longer than a
    /// line is broken), with the row and column of the cursor. One column is
    /// kept free so the cursor can sit after the last character. A line
    /// break in the text (from a paste, or Ctrl-J) starts a new line.
    public func layout(width: Int) -> (lines: [String], row: Int, column: Int) {
        let room = max(1, width - 1)
        let shown = characters.map { $0 == "\n" ? "" : DisplayText.escaped(String($0)) }
        let widths = shown.map(TextWidth.of)
        // Where each character goes: (row, column).
        var places: [(row: Int, column: Int)] = []
        var row = 0
        var column = 0
        var lineStart = 0
        var lastSpace: Int?
        for index in characters.indices {
            if characters[index] == "\n" {
                places.append((row, column))
                row += 1
                column = 0
                lineStart = index + 1
                lastSpace = nil
                continue
            }
            if column + widths[index] > room && index > lineStart {
                if let space = lastSpace, space >= lineStart, space + 1 < index {
                    // Carry the word after the last space down to the next line.
                    row += 1
                    column = 0
                    for moved in (space + 1)..<index {
                        places[moved] = (row, column)
                        column += widths[moved]
                    }
                    lineStart = space + 1
                } else {
                    row += 1
                    column = 0
                    lineStart = index
                }
            }
            places.append((row, column))
            column += widths[index]
            if characters[index] == " " { lastSpace = index }
        }
        var lines = Array(repeating: "", count: row + 1)
        for index in characters.indices { lines[places[index].row] += shown[index] }
        if cursor < places.count { return (lines, places[cursor].row, places[cursor].column) }
        return (lines, row, column)
    }
}

extension LineEditor {
    enum Action {
        case commit, cancel, left, right, start, end, wordLeft, wordRight
        case deleteBefore, deleteUnder, deleteToEnd, deleteToStart, deleteWord
    }

    /// Keys that do one thing, said once for the help (Enter and Esc, which
    /// the fields that hold a line give meanings of their own, are not here).
    public struct Binding: Sendable {
        public let keys: [Key]
        public let summary: String
        let actions: [Action]
    }

    /// The line editor's keys, as `handle` does them and the help lists them.
    public static let bindings: [Binding] = [
        Binding(keys: [.left, .right, .control("b"), .control("f")], summary: "a character left / right",
                actions: [.left, .right, .left, .right]),
        Binding(keys: [.home, .end, .control("a"), .control("e")], summary: "to the start / end",
                actions: [.start, .end, .start, .end]),
        Binding(keys: [.wordLeft, .wordRight], summary: "a word left / right", actions: [.wordLeft, .wordRight]),
        Binding(keys: [.backspace, .delete, .control("h"), .control("d")],
                summary: "delete the character before / under the cursor",
                actions: [.deleteBefore, .deleteUnder, .deleteBefore, .deleteUnder]),
        Binding(keys: [.control("k"), .control("u"), .control("w")], summary: "delete to the end / to the start / the word before",
                actions: [.deleteToEnd, .deleteToStart, .deleteWord]),
    ]

    static let actions: [Key: Action] = {
        var actions: [Key: Action] = [.enter: .commit, .escape: .cancel, .control("c"): .cancel, .control("g"): .cancel]
        for binding in bindings {
            for (key, action) in zip(binding.keys, binding.actions) { actions[key] = action }
        }
        return actions
    }()
}
