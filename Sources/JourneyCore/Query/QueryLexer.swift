/// The words of a query: field names and values, "quoted text", the
/// comparison operators and parentheses, each with where it starts.
struct QueryToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case word(String)
        case quoted(String)
        case comparison(QueryOperator)
        case open, close, end
    }

    var kind: Kind
    /// In characters of the expression, from 0.
    var offset: Int
    var length: Int

    var word: String? {
        if case .word(let text) = kind { return text }
        return nil
    }

    /// Whether this is the keyword `word` (and, or, not), in any case.
    func isKeyword(_ keyword: String) -> Bool { word?.lowercased() == keyword }

    /// How a message names it.
    var shown: String {
        switch kind {
        case .word(let text): text
        case .quoted(let text): "\"\(text)\""
        case .comparison(let op): op.rawValue
        case .open: "("
        case .close: ")"
        case .end: "the end"
        }
    }
}

public enum QueryOperator: String, CaseIterable, Sendable {
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", contains = "~"

    /// Whether `value` stands so to `operand` (for the ordering operators and equality).
    func holds(_ order: Int) -> Bool {
        switch self {
        case .equal: order == 0
        case .notEqual: order != 0
        case .less: order < 0
        case .lessOrEqual: order <= 0
        case .greater: order > 0
        case .greaterOrEqual: order >= 0
        case .contains: false
        }
    }

    static let list = "= != < <= > >= ~"
}

enum QueryLexer {
    /// What ends a word. A `'` starts quoted text only at the start of a word, so "Tom's" is one word.
    private static let special: Set<Character> = ["(", ")", "=", "!", "<", ">", "~", "\""]

    static func tokens(_ expression: String) throws(QueryError) -> [QueryToken] {
        let characters = Array(expression)
        var tokens: [QueryToken] = []
        var at = 0
        while at < characters.count {
            let c = characters[at]
            if c.isWhitespace {
                at += 1
                continue
            }
            let start = at
            switch c {
            case "(": tokens.append(QueryToken(kind: .open, offset: at, length: 1)); at += 1
            case ")": tokens.append(QueryToken(kind: .close, offset: at, length: 1)); at += 1
            case "=", "<", ">", "!", "~":
                let next = at + 1 < characters.count ? characters[at + 1] : nil
                let op: QueryOperator
                switch (c, next) {
                case ("=", "="): op = .equal; at += 2
                case ("=", _): op = .equal; at += 1
                case ("!", "="): op = .notEqual; at += 2
                case ("!", _):
                    throw QueryError(offset: at, length: 1, message: "\"!\" alone compares nothing: write != (or not before a condition)")
                case ("<", "="): op = .lessOrEqual; at += 2
                case ("<", _): op = .less; at += 1
                case (">", "="): op = .greaterOrEqual; at += 2
                case (">", _): op = .greater; at += 1
                default: op = .contains; at += 1
                }
                tokens.append(QueryToken(kind: .comparison(op), offset: start, length: at - start))
            case "\"", "'":
                var text = ""
                at += 1
                var closed = false
                while at < characters.count {
                    let d = characters[at]
                    at += 1
                    if d == c {
                        closed = true
                        break
                    }
                    if d == "\\", at < characters.count {
                        text.append(characters[at])
                        at += 1
                    } else {
                        text.append(d)
                    }
                }
                guard closed else {
                    throw QueryError(offset: start, length: 1, message: "this quoted text has no closing \(c)")
                }
                tokens.append(QueryToken(kind: .quoted(text), offset: start, length: at - start))
            default:
                while at < characters.count, !characters[at].isWhitespace, !special.contains(characters[at]) { at += 1 }
                tokens.append(QueryToken(kind: .word(String(characters[start..<at])), offset: start, length: at - start))
            }
        }
        tokens.append(QueryToken(kind: .end, offset: characters.count, length: 1))
        return tokens
    }
}
