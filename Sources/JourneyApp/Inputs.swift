import JourneyCore
import JourneyView

/// Why a typed value was refused, fit for the status line.
struct InputProblem: Error, CustomStringConvertible {
    var description: String
}

// TEMPORARY until the rule book lands in Core: the same checks, in one place here.
enum FieldRanges {
    static let age: ClosedRange<Double> = 0...150
    static let scaleLimit = -100...100
}

enum NumberInput {
    /// A number typed by a person: finite, in range, whole where it must be; empty means clear.
    static func parse(_ text: String, range: ClosedRange<Double>, whole: Bool, field: String) -> Result<Double?, InputProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .success(nil) }
        let kind = whole ? "whole number" : "number"
        let rangeText = "from \(MetricsText.number(range.lowerBound)) to \(MetricsText.number(range.upperBound))"
        guard trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }), let value = Double(trimmed),
              value.isFinite else {
            return .failure(InputProblem(description: "\(field) is a \(kind) \(rangeText); got \(trimmed)"))
        }
        guard range.contains(value), !whole || value.rounded() == value else {
            return .failure(InputProblem(description: "\(field) is a \(kind) \(rangeText); got \(trimmed)"))
        }
        return .success(value == 0 ? 0 : value)
    }
}

enum ScoreInput {
    static func parse(_ text: String, scale: EmotionScale) -> Result<Double?, InputProblem> {
        NumberInput.parse(text, range: Double(scale.min)...Double(scale.max), whole: false, field: "a score")
    }
}

enum ScaleInput {
    static func parse(_ low: String, _ high: String) -> Result<(Int, Int), InputProblem> {
        let range = Double(FieldRanges.scaleLimit.lowerBound)...Double(FieldRanges.scaleLimit.upperBound)
        guard case .success(let a?) = NumberInput.parse(low, range: range, whole: true, field: "the scale's MIN"),
              case .success(let b?) = NumberInput.parse(high, range: range, whole: true, field: "the scale's MAX") else {
            return .failure(InputProblem(description: "the scale's MIN and MAX are whole numbers from -100 to 100"))
        }
        return .success((Int(a), Int(b)))
    }
}

enum MetricNames {
    static let list = "reach conversion dropoff csat nps churn spend ltv"
}

enum MetricInput {
    enum Figure: Sendable { case reach, rate(any WritableKeyPath<Metrics, Double?> & Sendable), nps, amount(any WritableKeyPath<Metrics, Double?> & Sendable) }

    static func named(_ name: String) -> Figure? {
        switch name.lowercased() {
        case "reach": .reach
        case "conversion", "conv", "conversionrate": .rate(\.conversionRate)
        case "dropoff", "drop", "dropoffrate": .rate(\.dropOffRate)
        case "csat": .rate(\.csat)
        case "nps": .nps
        case "churn", "churnrate": .rate(\.churnRate)
        case "spend", "averagespend": .amount(\.averageSpend)
        case "ltv", "lifetimevalue": .amount(\.lifetimeValue)
        default: nil
        }
    }

    static func parse(_ text: String, for figure: Figure) -> Result<Double?, InputProblem> {
        switch figure {
        case .reach: NumberInput.parse(text, range: 0...1e12, whole: true, field: "reach")
        case .rate: NumberInput.parse(text.replacing("%", with: ""), range: 0...100, whole: false, field: "a rate")
        case .nps: NumberInput.parse(text, range: -100...100, whole: false, field: "NPS")
        case .amount: NumberInput.parse(text, range: 0...1e12, whole: false, field: "an amount")
        }
    }

    static func set(_ metrics: inout Metrics, _ figure: Figure, _ value: Double?) {
        switch figure {
        case .reach: metrics.reach = value.map { Int($0) }
        case .rate(let field), .amount(let field): metrics[keyPath: field] = value
        case .nps: metrics.nps = value
        }
    }

    static func label(_ figure: Figure) -> String {
        switch figure {
        case .reach: "reach"
        case .nps: "NPS"
        case .rate, .amount: "figure"
        }
    }

    static func text(_ figure: Figure, _ value: Double) -> String { MetricsText.number(value) }
}
