/// Which words of a short text changed: the longest common run of words
/// kept, the rest marked removed or added, as `git diff --word-diff` shows.
struct WordDiff {
    enum Piece: Equatable {
        case same(String), removed(String), added(String)
    }

    var pieces: [Piece]
    /// The share of words not kept, 0 to 1.
    var changedShare: Double

    /// Nil when either text has no words.
    static func compare(_ old: String, _ new: String) -> WordDiff? {
        let a = words(old), b = words(new)
        guard !a.isEmpty, !b.isEmpty else { return nil }
        // Longest common subsequence of words, by dynamic programming (texts are short).
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var pieces: [Piece] = []
        func append(_ piece: Piece) {
            switch (pieces.last, piece) {
            case (.same(let x)?, .same(let y)): pieces[pieces.count - 1] = .same(x + y)
            case (.removed(let x)?, .removed(let y)): pieces[pieces.count - 1] = .removed(x + y)
            case (.added(let x)?, .added(let y)): pieces[pieces.count - 1] = .added(x + y)
            default: pieces.append(piece)
            }
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                append(.same(a[i]))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
                append(.removed(a[i]))
                i += 1
            } else {
                append(.added(b[j]))
                j += 1
            }
        }
        let kept = Double(table[0][0])
        return WordDiff(pieces: pieces, changedShare: 1 - kept / Double(max(a.count, b.count)))
    }

    /// Runs of spaces and runs of other characters, so that a changed word
    /// is marked without the spaces around it, and the pieces join back into the text.
    static func words(_ text: String) -> [String] {
        var tokens: [String] = []
        for character in text {
            if let last = tokens.last?.last, (last == " ") == (character == " ") {
                tokens[tokens.count - 1].append(character)
            } else {
                tokens.append(String(character))
            }
        }
        return tokens
    }
}

extension String {
    /// This text with the words changed since `old` marked as `git diff
    /// --word-diff` shows them (`[-gone-]{+new+}`); nil when either has no words
    /// or most words changed.
    public func wordChanges(since old: String) -> String? {
        guard let diff = WordDiff.compare(old, self), diff.changedShare <= 0.5 else { return nil }
        return diff.pieces.map { piece in
            switch piece {
            case .same(let text): text
            case .removed(let text): "[-" + text + "-]"
            case .added(let text): "{+" + text + "+}"
            }
        }.joined()
    }
}
