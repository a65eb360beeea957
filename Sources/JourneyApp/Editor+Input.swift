import JourneyView

/// Keys that arrive together. A person does not type several keys within
/// the same few milliseconds; a paste does. So a burst that holds a line
/// break while a field is open, or that is long, is text, never commands.
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

    public func events(forKeys keys: [Key]) -> [Event] {
        guard keys.count > 1 else { return keys.map(Event.key) }
        var text = ""
        for key in keys {
            switch key {
            case .character(let c): text.append(c)
            case .enter, .control("j"): text.append("\n")
            case .tab: text.append("\t")
            default: return keys.map(Event.key)
            }
        }
        let breakInside = text.dropLast().contains("\n")
        let breakAnywhere = text.contains("\n")
        if keys.count >= Self.burstIsPasteAt || (acceptsText ? breakInside : breakAnywhere && keys.count >= 3) {
            return [.paste(text)]
        }
        return keys.map(Event.key)
    }
}
