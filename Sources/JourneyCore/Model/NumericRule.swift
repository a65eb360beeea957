import JourneyJSON

/// What one field may hold: finite numbers only, within a range, whole or
/// with decimals. It words its own refusals, so every message about a field
/// reads the same wherever the value came from.
public struct NumericRule: Equatable, Sendable {
    /// The field's name in messages: "conversion rate".
    public var label: String
    public var range: ClosedRange<Double>
    public var isWhole = false
    /// "%" for percentages; a user may type it after the value.
    public var unit = ""
    /// Said after the range, e.g. why the range is what it is.
    var note = ""

    /// What the field takes: "a whole number from 0 to 1000000000000".
    public var expectation: String {
        let kind = isWhole ? "a whole number" : unit == "%" ? "a percentage" : "a number"
        return "\(kind) from \(Self.text(range.lowerBound)) to \(Self.text(range.upperBound))\(note)"
    }

    static func text(_ value: Double) -> String { JSONValue.double(value).numberText }

    /// The value if the rule allows it (-0 becomes 0); else what is wrong,
    /// quoting `got`, the value as the user or the file wrote it.
    func check(_ value: Double, got: String) -> Result<Double, RuleViolation> {
        guard value.isFinite, range.contains(value), !isWhole || value.rounded() == value else {
            return .failure(RuleViolation(rule: self, got: got))
        }
        return .success(value == 0 ? 0 : value)
    }

    /// As `check`, for a field kept as a whole number.
    func whole(_ value: Double, got: String) -> Result<Int, RuleViolation> {
        check(value, got: got).flatMap { value in
            guard let whole = Int(exactly: value) else { return .failure(RuleViolation(rule: self, got: got)) }
            return .success(whole)
        }
    }
}
