import FoundationEssentials
import JourneyJSON

/// The rules every number in a map obeys, for the command line, the edits
/// and the decoder alike (each field's rule is `NumericField.rule`), so that
/// whatever one of them accepts, the others accept too.
public enum RuleBook {
    /// What a user typed for a field. Empty text means "clear" (nil). A
    /// percentage may end in "%"; a leading "+" and a missing leading zero
    /// (".5") are fine; "-0" is 0. Anything else that is not a decimal
    /// number (nan, inf, 1e400, hex, words), or that the field's rule
    /// refuses, is refused with a message naming the field and its range.
    public static func parse(_ text: String, for field: NumericField) -> Result<Double?, RuleViolation> {
        let rule = field.rule
        let got = text.trimmingSpaces()
        guard !got.isEmpty else { return .success(nil) }
        var number = got
        if !rule.unit.isEmpty, number.hasSuffix(rule.unit) {
            number = String(number.dropLast(rule.unit.count)).trimmingSpaces()
        }
        var sign = ""
        if let first = number.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            number.removeFirst()
        }
        if number.hasPrefix(".") { number = "0" + number }
        // The JSON grammar, so that hex, "nan", "inf" and "1_000" never reach Double().
        guard JSONParser.isNumber(sign + number), let value = Double(sign + number) else {
            return .failure(RuleViolation(rule: rule, got: got))
        }
        return rule.check(value, got: got).map { $0 }
    }

    /// As `parse`, for a field kept as a whole number (impact, effort, votes,
    /// age, the scale's limits).
    public static func parseWhole(_ text: String, for field: NumericField) -> Result<Int?, RuleViolation> {
        parse(text, for: field).flatMap { value in
            guard let value else { return .success(nil) }
            return field.rule.whole(value, got: text.trimmingSpaces()).map { $0 }
        }
    }

    /// A value for a field from code rather than typing: the value (-0 as 0;
    /// nil stays nil, as clearing is always allowed) or why the rule refuses it.
    public static func check(_ value: Double?, for field: NumericField) -> Result<Double?, RuleViolation> {
        guard let value else { return .success(nil) }
        return field.rule.check(value, got: NumericRule.text(value)).map { $0 }
    }

    public static func check(_ value: Int?, for field: NumericField) -> Result<Int?, RuleViolation> {
        guard let value else { return .success(nil) }
        return field.rule.whole(Double(value), got: String(value)).map { $0 }
    }

    /// The emotion scale's limits: each within its own range, the minimum below the maximum.
    public static func checkScale(min: Int, max: Int) -> RuleViolation? {
        for (value, field) in [(min, NumericField.scaleMinimum), (max, .scaleMaximum)] {
            if case .failure(let violation) = check(value, for: field) { return violation }
        }
        guard min < max else {
            return RuleViolation(description: "the emotion scale's minimum (\(min)) must be below its maximum (\(max))",
                                 reason: "min (\(min)) must be less than max (\(max))")
        }
        return nil
    }
}
