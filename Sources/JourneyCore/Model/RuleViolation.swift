/// A value a field's rule refuses, worded for a status line:
/// "reach is a whole number from 0 to 1000000000000; got 1e400".
public struct RuleViolation: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
    /// The same without the field's name, for a message that already says
    /// where the value is (the decoder gives its path): "1e400 is not a whole number…".
    public var reason: String

    init(rule: NumericRule, got: String) {
        description = "\(rule.label) is \(rule.expectation); got \(got)"
        reason = "\(got) is not \(rule.expectation)"
    }

    init(description: String, reason: String) {
        self.description = description
        self.reason = reason
    }
}
