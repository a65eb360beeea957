/// A line the editor says on the status line, and how much it matters: news
/// of what happened, a warning that something needs attention (drawn with ⚠),
/// or a refusal (the command changed nothing, and the text says why).
public struct StatusMessage: Equatable, Sendable {
    public enum Severity: Sendable {
        case info, warning, refusal
    }

    public var text: String
    public var severity: Severity

    public init(_ text: String, severity: Severity = .info) {
        self.text = text
        self.severity = severity
    }

    /// The words as drawn.
    public var shown: String { severity == .warning ? "⚠ " + text : text }

    /// This message with more said after it, keeping its severity.
    public func adding(_ more: String, separator: String = " · ") -> StatusMessage {
        StatusMessage(text + separator + more, severity: severity)
    }
}
