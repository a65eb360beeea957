import JourneyCore

/// One thing Tab can make of a command's arguments.
struct ArgumentOffer {
    /// The whole argument line with the offer in place of what was partly typed.
    let line: String
    /// The offer alone, for the status line.
    let name: String
    /// Whether parameters follow the one it completes (then a space follows it).
    let more: Bool
}

extension Signature {
    /// What Tab offers for the last, partly typed argument of `line` (the words
    /// after the command's name), read as `parse` reads the words before it.
    func offers(for line: Substring, in editor: Editor) -> [ArgumentOffer] {
        let words = line.split(separator: " ")
        let partial = line.isEmpty || line.last == " " ? words.count : words.count - 1
        // The options typed so far stand aside; the partial word is an option's value when one goes before it.
        var inOrder: [Substring] = []
        var given: Set<String> = []
        var w = 0
        while w < partial {
            if let keyword = option(words[w])?.keyword {
                guard w + 1 < partial else { return [] }
                given.insert(keyword)
                w += 2
            } else {
                inOrder.append(words[w])
                w += 1
            }
        }
        let from = partial < words.count ? words[partial].startIndex : line.endIndex
        let typed = line[from...].lowercased()
        let reading = Reading(parameters: parameters, words: inOrder, editor: editor)
        var offers: [ArgumentOffer] = []
        for (p, start) in reading.places(0, 0) {
            // A name of several words began at `start`: replace from there.
            let begin = start < inOrder.count ? inOrder[start].startIndex : from
            let written = line[begin...].lowercased()
            for name in parameters[p].completer?.names(editor) ?? [] where name.lowercased().hasPrefix(written) {
                let offer = ArgumentOffer(line: String(line[..<begin]) + name, name: name,
                                          more: p + 1 < parameters.count || !options.isEmpty)
                if !offers.contains(where: { $0.line == offer.line }) { offers.append(offer) }
            }
        }
        for option in options {
            guard let keyword = option.keyword, !given.contains(keyword), keyword.hasPrefix(typed) else { continue }
            offers.append(ArgumentOffer(line: String(line[..<from]) + keyword, name: keyword, more: true))
        }
        return offers
    }
}

extension Reading {
    /// The parameters the next word (after all of `words`) may be for, with
    /// the word it starts at: a text or a name of several words may have begun earlier.
    func places(_ p: Int, _ w: Int) -> [(parameter: Int, start: Int)] {
        guard p < parameters.count else { return [] }
        let parameter = parameters[p]
        var places: [(parameter: Int, start: Int)] = []
        if w == words.count {
            places.append((p, w))
        } else {
            if parameter.kind == .text || parameter.kind == .choice { places.append((p, w)) }
            if case .success(let readings) = readings(of: p, at: w) {
                for (_, count) in readings { places += self.places(p + 1, w + count) }
            }
        }
        if passable(p) { places += self.places(p + 1, w) }
        return places
    }
}
