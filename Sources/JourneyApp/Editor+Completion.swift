import JourneyView

/// Tab at the command line: a command's name, then its arguments, from what
/// its signature says it takes.
extension Editor {
    /// Tab: one candidate is filled in; of several, what they share is, and
    /// they are listed on the status line.
    mutating func complete(_ input: inout PromptInput) {
        let text = input.editor.text
        guard let space = text.firstIndex(of: " ") else { return completeName(&input, text) }
        guard let command = Commands.named(String(text[..<space])) else {
            message = nil
            return
        }
        let name = String(text[...space])
        let offers = command.signature.offers(for: text[text.index(after: space)...], in: self)
        guard let first = offers.first else { return say(command.usageLine) }
        if offers.count == 1 {
            fill(&input, name + first.line + (first.more ? " " : ""))
            return say(command.usageLine)
        }
        fill(&input, name + Self.shared(offers.map(\.line), atLeast: String(text[text.index(after: space)...])))
        say(offers.map(\.name).joined(separator: "  "))
    }

    private mutating func completeName(_ input: inout PromptInput, _ text: String) {
        let candidates = Commands.typedNames.filter { $0.hasPrefix(text) }
        guard let first = candidates.first else {
            refuse("no command starts with \(text); :help lists them")
            return
        }
        var common = first
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(common) { common.removeLast() }
        }
        if candidates.count == 1 { common += " " }
        fill(&input, common)
        message = (candidates.count > 1 ? candidates.joined(separator: "  ")
            : Commands.named(first).map { $0.typed + " — " + $0.summary }).map { StatusMessage($0) }
    }

    private mutating func fill(_ input: inout PromptInput, _ line: String) {
        input.editor = LineEditor(line)
        replaceTop(.prompt(input))
    }

    /// What the lines share at their start, in any case (as the first has it), or `typed` if that is longer.
    static func shared(_ lines: [String], atLeast typed: String) -> String {
        var common = Array(lines[0])
        for line in lines.dropFirst() {
            let same = zip(common, line).prefix { $0.lowercased() == $1.lowercased() }.count
            common.removeLast(common.count - same)
        }
        return common.count >= typed.count ? String(common) : typed
    }
}
