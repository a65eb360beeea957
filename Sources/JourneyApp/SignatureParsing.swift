import JourneyCore

extension Signature {
    /// The words typed after a command's name as its arguments, or what is wrong with them.
    func parse(_ line: String, in editor: Editor) -> Result<Arguments, ArgumentProblem> {
        var words: [Substring] = []
        var given: [String: Arguments.Value] = [:]
        var rest = line.split(separator: " ")[...]
        // An option's keyword and its value may stand anywhere; the other words are read in order.
        while let word = rest.popFirst() {
            guard let option = option(word), let keyword = option.keyword else {
                words.append(word)
                continue
            }
            let at = words.count + given.count * 2
            guard given[keyword] == nil else { return .failure(ArgumentProblem(kind: .twice(String(word)), at: at)) }
            // Read as a parameter named for what the messages call it: "the N after budget".
            let value = Parameter("the \(option.name) after \(keyword)", option.kind, completer: option.completer)
            guard let typed = rest.popFirst() else { return .failure(ArgumentProblem(kind: .missing(value.name), at: at + 1)) }
            switch Reading(parameters: [value], words: [typed], editor: editor).readings(of: 0, at: 0) {
            case .failure(let problem): return .failure(ArgumentProblem(kind: problem.kind, at: at + 1))
            case .success(let values): given[keyword] = values.first?.0
            }
        }
        return Reading(parameters: parameters, words: words, editor: editor).parse(0, 0, given)
    }

    /// The option whose keyword `word` is, in any case.
    func option(_ word: Substring) -> Parameter? {
        options.first { $0.keyword?.lowercased() == word.lowercased() }
    }
}

/// Words fill the parameters in order; a name of several words, and a text
/// followed by more parameters, are read every way they can be until one
/// reading takes all the words.
struct Reading {
    let parameters: [Parameter]
    let words: [Substring]
    let editor: Editor

    func parse(_ p: Int, _ w: Int, _ taken: [String: Arguments.Value]) -> Result<Arguments, ArgumentProblem> {
        guard p < parameters.count else {
            return w == words.count ? .success(Arguments(taken))
                : .failure(ArgumentProblem(kind: .tooMany(text(w, words.count)), at: w))
        }
        let parameter = parameters[p]
        guard w < words.count else {
            return parameter.isOptional ? parse(p + 1, w, taken)
                : .failure(ArgumentProblem(kind: .missing(parameter.name), at: w))
        }
        var failure: ArgumentProblem?
        switch readings(of: p, at: w) {
        case .failure(let problem): failure = problem
        case .success(let readings):
            for (value, count) in readings {
                var next = taken
                next[parameter.name] = value
                switch parse(p + 1, w + count, next) {
                case .success(let arguments): return .success(arguments)
                case .failure(let problem): failure = Self.telling(failure, problem)
                }
            }
        }
        if passable(p) {
            switch parse(p + 1, w, taken) {
            case .success(let arguments): return .success(arguments)
            case .failure(let problem): failure = Self.telling(failure, problem)
            }
        }
        // A parameter with words left to read has at least one reading or a problem.
        return .failure(failure!)
    }

    /// Words go to the parameters in order: an optional one is passed over only for a required one after it.
    func passable(_ p: Int) -> Bool {
        parameters[p].isOptional && parameters[(p + 1)...].contains { !$0.isOptional }
    }

    /// The values the words at `w` can be for parameter `p`, and how many words each takes.
    func readings(of p: Int, at w: Int) -> Result<[(Arguments.Value, Int)], ArgumentProblem> {
        let parameter = parameters[p]
        let word = String(words[w])
        switch parameter.kind {
        case .word: return .success([(.text(word), 1)])
        case .number:
            guard let number = Int(word) else {
                return .failure(ArgumentProblem(kind: .notANumber(parameter.name, typed: word), at: w))
            }
            return .success([(.number(number), 1)])
        case .onOff:
            guard let on = Parameter.onOff(word) else {
                return .failure(ArgumentProblem(kind: .notOnOff(typed: word), at: w))
            }
            return .success([(.on(on), 1)])
        case .text:
            // The shortest first, so the parameters after it get the words at the end (no more than they can take).
            let left = parameters[(p + 1)...].map(mostWords).reduce(0, +)
            return .success((max(w + 1, words.count - left)...words.count).map { (.text(text(w, $0)), $0 - w) })
        case .choice:
            let names = parameter.completer?.names(editor) ?? []
            let found = names.compactMap { name -> (Arguments.Value, Int)? in
                let nameWords = name.split(separator: " ")
                guard !nameWords.isEmpty, w + nameWords.count <= words.count,
                      zip(nameWords, words[w...]).allSatisfy({ $0.lowercased() == $1.lowercased() }) else { return nil }
                return (.text(name), nameWords.count)
            }
            guard !found.isEmpty else {
                // A few words are told in full; a longer list is the usage's and Tab's to tell.
                let choices = parameter.completer?.words.flatMap { parameter.showsChoices || $0.count <= 4 ? $0 : nil }
                return .failure(ArgumentProblem(kind: .noSuch(parameter.name, typed: word, choices: choices), at: w))
            }
            return .success(found.sorted { $0.1 > $1.1 })
        }
    }

    /// How many words a parameter can take at most.
    func mostWords(_ parameter: Parameter) -> Int {
        switch parameter.kind {
        case .word, .number, .onOff: 1
        case .text: words.count
        case .choice: parameter.completer?.names(editor).map { $0.split(separator: " ").count }.max() ?? 1
        }
    }

    /// The words from `start` up to `end`, as typed between them.
    func text(_ start: Int, _ end: Int) -> String {
        String(words[start].base[words[start].startIndex..<words[end - 1].endIndex]).trimmingSpaces()
    }

    /// Of two readings that fail, the one that read further says what is wrong;
    /// at the same word, a wrong word says more than one too many.
    static func telling(_ first: ArgumentProblem?, _ second: ArgumentProblem) -> ArgumentProblem {
        guard let first else { return second }
        if second.at != first.at { return second.at > first.at ? second : first }
        if case .tooMany = second.kind { return first }
        return second
    }
}
