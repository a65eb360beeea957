/// A one-line text editor with the keys a terminal user expects: arrows,
/// Home/End, Ctrl-A/E, Ctrl-K/U/W, Backspace/Delete, Ctrl-arrows for words. Works on grapheme clusters, so wide characters and combining
/// marks move and delete as one.
public struct LineEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int

    public enum Outcome: Equatable, Sendable {
        case editing, commit, cancel, ignored
    }

    public init(_ text: String, cursorAtEnd: Bool = true) {
        characters = Array(text)
        cursor = cursorAtEnd ? characters.count : 0
    }

    public var text: String { String(characters) }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter: return .commit
        case .escape, .control("c"), .control("g"): return .cancel
        case .character(let c): insert(c)
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .backspace, .control("h"):
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete, .control("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .control("k"): characters.removeSubrange(cursor...)
        case .control("u"):
            characters.removeSubrange(..<cursor)
            cursor = 0
        case .control("w"):
            let start = wordStart(before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .wordLeft: cursor = wordStart(before: cursor)
        case .wordRight: cursor = wordEnd(after: cursor)
        default: return .ignored
        }
        return .editing
    }

    public mutating func insert(_ text: String) {
        for character in text { insert(character) }
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

    /// The text wrapped to `width` columns, with the row and column of the cursor.
    public func layout(width: Int) -> (lines: [String], row: Int, column: Int) {
        guard width > 1 else { return ([text], 0, 0) }
        var lines: [String] = [""]
        var lineWidth = 0
        var position = (row: 0, column: 0)
        for (index, character) in characters.enumerated() {
            let shown = DisplayText.escaped(String(character))
            let w = TextWidth.of(shown)
            if lineWidth + w > width - 1 {
                lines.append("")
                lineWidth = 0
            }
            if index == cursor { position = (lines.count - 1, lineWidth) }
            lines[lines.count - 1] += shown
            lineWidth += w
        }
        if cursor == characters.count { position = (lines.count - 1, lineWidth) }
        return (lines, position.row, position.column)
    }
}
