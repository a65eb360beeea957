import JourneyView

/// Keys that arrive together. A person does not type several keys within
/// the same few milliseconds; a paste does. So where a burst's keys would
/// run as commands and it is long, it is text; in an open field a burst
/// with a line break inside is text too (the break does not close the
/// field). A key that opens a field (`o`, `:`, Enter…) at the head of a
/// burst is typing ahead over a slow link, and is taken as a key.
extension Editor {
    /// Whether the top mode is a field that text goes into.
    var acceptsText: Bool {
        switch mode {
        case .cell, .prompt: true
        case .picker(let choice): !choice.takesLetters
        default: false
        }
    }

    static let burstIsPasteAt = 8

    mutating func burst(_ keys: [Key]) {
        var rest = keys[...]
        // Whatever arrived with a quit, after it, was not meant for the map.
        while !isFinished, !isSavingToQuit, let key = rest.first {
            if let text = Self.text(of: rest) {
                if acceptsText, text.dropLast().contains("\n") { return paste(text) }
                if !acceptsText, rest.count >= Self.burstIsPasteAt {
                    var trial = self
                    trial.handle(key)
                    // Typing ahead: a key that opens a field, then a line for it (no break inside).
                    if trial.acceptsText, Self.text(of: rest.dropFirst())?.dropLast().contains("\n") == false {
                        self = trial
                        rest = rest.dropFirst()
                        continue
                    }
                    return paste(text)
                }
            }
            handle(key)
            rest = rest.dropFirst()
        }
    }

    /// A save that ends the session is under way: keys typed after it are not for this map.
    var isSavingToQuit: Bool {
        effects.contains { effect in
            if case .save(let request) = effect { return request.thenQuit }
            return false
        }
    }

    /// The keys as text, if they are all text.
    static func text(of keys: ArraySlice<Key>) -> String? {
        var text = ""
        for key in keys {
            switch key {
            case .character(let c): text.append(c)
            case .enter: text.append("\n")
            default: return nil
            }
        }
        return text
    }
}
