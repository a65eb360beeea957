import JourneyView

/// What the editor says on the status line. Every message goes through one of
/// these, so each carries its severity (see `StatusMessage`).
extension Editor {
    /// News of what happened, or what to type next.
    mutating func say(_ text: String) {
        message = StatusMessage(text)
    }

    /// Something needs attention, though what was asked was done.
    mutating func warn(_ text: String) {
        message = StatusMessage(text, severity: .warning)
    }

    /// What was asked was not done; the text says why and what to do instead.
    mutating func refuse(_ text: String) {
        message = StatusMessage(text, severity: .refusal)
    }

    /// Arguments a command cannot take: what is wrong with them, then its usage.
    mutating func refuse(_ problem: String, usageOf command: String) {
        refuse(problem + (Commands.named(command).map { "; " + $0.usageLine } ?? ""))
    }

    /// A message for the status line, from outside the editor (the command line).
    public mutating func note(_ message: String) {
        say(message)
    }

    /// A message from outside, after what the editor already says (a notice at opening stays).
    public mutating func noteAlso(_ text: String) {
        message = message.map { $0.adding(text) } ?? StatusMessage(text)
    }
}
