/// Reads a query's tokens:
///
///     query      = [subject] [condition] end      (at least one of them)
///     condition  = part {"or" part}
///     part       = unary {"and" unary}           ("and" binds tighter than "or")
///     unary      = "not" unary | "(" condition ")" | comparison
///     comparison = FIELD OP VALUE | FLAG-FIELD
///
/// Every mistake is a `QueryError` at the token where it shows.
struct QueryParser {
    let tokens: [QueryToken]
    let today: String
    private var at = 0
    private var depth = 0
    private var named: [String: QueryField] = [:]
    private var fields: [QueryField] = []

    /// Parentheses and `not`s deeper than this are refused, so no expression can exhaust the stack.
    static let maxDepth = 64

    init(tokens: [QueryToken], today: String) {
        self.tokens = tokens
        self.today = today
    }

    private var token: QueryToken { tokens[at] }
    private var next: QueryToken { tokens[min(at + 1, tokens.count - 1)] }

    private func failure(_ message: String, at token: QueryToken? = nil) -> QueryError {
        let token = token ?? self.token
        return QueryError(offset: token.offset, length: token.length, message: message)
    }

    mutating func query() throws(QueryError) -> Query {
        var subject = Query.Subject.everything
        if let word = token.word, let named = Query.Subject.named(word), !isComparison(next) {
            subject = named
            at += 1
        } else if token.kind == .end {
            throw failure("expected a subject (touchpoint, pain, opportunity, quote or item) or a condition such as impact>=4")
        }
        var condition: QueryCondition?
        if token.kind != .end {
            condition = try disjunction()
            guard token.kind == .end else {
                if token.kind == .close { throw failure("this ) closes no (") }
                throw failure("expected and, or or the end of the query, not \(token.shown)")
            }
        }
        return Query(subject: subject, condition: condition, fields: fields)
    }

    private func isComparison(_ token: QueryToken) -> Bool {
        if case .comparison = token.kind { return true }
        return false
    }

    private mutating func disjunction() throws(QueryError) -> QueryCondition {
        var parts = [try conjunction()]
        while token.isKeyword("or") {
            at += 1
            parts.append(try conjunction())
        }
        return parts.count == 1 ? parts[0] : .any(parts)
    }

    private mutating func conjunction() throws(QueryError) -> QueryCondition {
        var parts = [try unary()]
        while token.isKeyword("and") {
            at += 1
            parts.append(try unary())
        }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    private mutating func unary() throws(QueryError) -> QueryCondition {
        guard depth < Self.maxDepth else { throw failure("nested too deeply (more than \(Self.maxDepth) parentheses or nots)") }
        if token.isKeyword("not") {
            at += 1
            depth += 1
            defer { depth -= 1 }
            return .not(try unary())
        }
        if token.kind == .open {
            let open = token
            at += 1
            depth += 1
            defer { depth -= 1 }
            let inside = try disjunction()
            guard token.kind == .close else {
                throw failure("expected ) to close the ( at column \(open.offset + 1), not \(token.shown)")
            }
            at += 1
            return inside
        }
        return try comparison()
    }

    private mutating func comparison() throws(QueryError) -> QueryCondition {
        let name = token
        guard let word = name.word else {
            switch name.kind {
            case .comparison(let op): throw failure("expected a field before \(op.rawValue), such as impact\(op.rawValue)4")
            case .quoted: throw failure("expected a field name, not quoted text (quotes are for values: owner=\"Growth team\")")
            case .close: throw failure("expected a condition before )")
            default: throw failure("expected a condition after \(tokens[max(0, at - 1)].shown)")
            }
        }
        for keyword in ["and", "or"] where name.isKeyword(keyword) {
            throw failure(at == 0 ? "expected a condition before \(keyword)" : "expected a condition between \(tokens[at - 1].shown) and \(keyword)")
        }
        let field = try self.field(word, at: name)
        at += 1
        guard case .comparison(let op) = token.kind else {
            if field.kind == .flag { return .compare(QueryComparison(field: field, op: .equal, operand: .flag(true))) }
            throw failure("expected an operator (\(QueryOperator.list)) after \(word)")
        }
        let opToken = token
        at += 1
        let value = token
        let text: String
        switch value.kind {
        case .word(let word) where !["and", "or"].contains(word.lowercased()):
            text = field.kind == .text ? valueWords(word) : word
        case .quoted(let quoted): text = quoted
        default: throw failure("expected a value after \(op.rawValue)")
        }
        at += 1
        if case .quoted("") = value.kind {
            guard op == .equal || op == .notEqual else {
                throw failure("\"\" is no value to compare with \(op.rawValue): \(field.name)=\"\" finds rows without one", at: value)
            }
            return .compare(QueryComparison(field: field, op: op, operand: .nothing))
        }
        let operand = try self.operand(text, of: field, op: op, opToken: opToken, value: value)
        return .compare(QueryComparison(field: field, op: op, operand: operand))
    }

    /// A text value may be several words ("status=in progress", "stage=Post purchase"), up to and, or, ) or the next field.
    private mutating func valueWords(_ first: String) -> String {
        var words = [first]
        while let word = next.word, !["and", "or"].contains(word.lowercased()),
              !isComparison(tokens[min(at + 2, tokens.count - 1)]) {
            words.append(word)
            at += 1
        }
        return words.joined(separator: " ")
    }

    private mutating func field(_ word: String, at token: QueryToken) throws(QueryError) -> QueryField {
        if let field = QueryField.named(word) {
            if named[field.name.lowercased()] == nil {
                named[field.name.lowercased()] = field
                fields.append(field)
            }
            return field
        }
        if word.lowercased().hasPrefix("emotion") {
            throw failure("emotion needs a persona: emotion.PERSONA, by its id or name, such as emotion.maya", at: token)
        }
        let near = QueryField.nearest(to: word).map { ": did you mean \($0)?" } ?? "; `journey query --fields` lists them"
        throw failure("unknown field \"\(word)\"" + near, at: token)
    }

    private func operand(_ text: String, of field: QueryField, op: QueryOperator, opToken: QueryToken,
                         value: QueryToken) throws(QueryError) -> QueryComparison.Operand {
        switch field.kind {
        case .number:
            guard op != .contains else { throw failure("~ finds text; \(field.name) is a number: use \(QueryOperator.list.dropLast(2))", at: opToken) }
            guard Self.isNumeral(text) else {
                throw failure("\(field.name) is a number: \"\(text)\" is not one (write digits, such as 4, -1 or 2.5)", at: value)
            }
            guard let number = Double(text), number.isFinite else { throw failure("\(text) is too large a number", at: value) }
            return .number(number)
        case .day:
            guard op != .contains else { throw failure("~ finds text; \(field.name) is a day: use \(QueryOperator.list.dropLast(2))", at: opToken) }
            if text.lowercased() == "today" { return .day(today) }
            guard CalendarDay.isValid(text) else {
                throw failure("\(field.name) is a day: \"\(text)\" is not one (\(CalendarDay.expected), or today)", at: value)
            }
            return .day(text)
        case .flag:
            guard op == .equal || op == .notEqual else { throw failure("\(field.name) is yes or no: use = or !=", at: opToken) }
            switch text.lowercased() {
            case "yes", "y", "true", "1": return .flag(true)
            case "no", "n", "false", "0": return .flag(false)
            default: throw failure("\(field.name) is yes or no, not \"\(text)\"", at: value)
            }
        case .text:
            if let choice = field.choice {
                guard op == .equal || op == .notEqual else { throw failure("\(field.name) is one of \(field.choices): use = or !=", at: opToken) }
                guard let word = choice(text) else {
                    throw failure("\(field.name) is one of \(field.choices); \"\(text)\" is none of them", at: value)
                }
                return .text(TextFold.folded(word))
            }
            guard op == .equal || op == .notEqual || op == .contains else {
                throw failure("\(op.rawValue) compares numbers and days; \(field.name) is text: use =, != or ~", at: opToken)
            }
            return .text(TextFold.folded(text))
        }
    }

    /// A decimal number as JSON writes one: digits, a point, an exponent; never nan, inf or hexadecimal.
    static func isNumeral(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        func digits() -> Int {
            var count = 0
            while let first = scalars.first, ("0"..."9").contains(first) {
                scalars.removeFirst()
                count += 1
            }
            return count
        }
        if scalars.first == "-" || scalars.first == "+" { scalars.removeFirst() }
        var mantissa = digits()
        if scalars.first == "." {
            scalars.removeFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if scalars.first == "e" || scalars.first == "E" {
            scalars.removeFirst()
            if scalars.first == "-" || scalars.first == "+" { scalars.removeFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }
}
