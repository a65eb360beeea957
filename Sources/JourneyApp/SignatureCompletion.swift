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
        let reading = Reading(parameters: parameters, words: Array(words[..<partial]), editor: editor)
        var offers: [ArgumentOffer] = []
        for (p, w) in reading.places(0, 0) {
            let from = w < words.count ? words[w].startIndex : line.endIndex
            let typed = line[from...].lowercased()
            let before = String(line[..<from])
            for name in parameters[p].completer?.names(editor) ?? [] where name.lowercased().hasPrefix(typed) {
                let offer = ArgumentOffer(line: before + name, name: name, more: p + 1 < parameters.count)
                if !offers.contains(where: { $0.line == offer.line }) { offers.append(offer) }
            }
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
